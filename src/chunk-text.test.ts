import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkText, LONG_ARTICLE_CHARS } from './chunk-text.js';

// [boundary, text, max, pieces expected as their text]
const CASES: [string, string, number, string[]][] = [
  [
    'a text within the limit is one piece',
    'Otto Brenvik said the talks had stalled.',
    100,
    ['Otto Brenvik said the talks had stalled.'],
  ],
  ['the empty text is one empty piece', '', 10, ['']],
  [
    'a blank line between paragraphs, the last one in the window',
    'Rain closed the road.\n\nThe council met.\n\nLenka Dunmere spoke.',
    45,
    ['Rain closed the road.\n\nThe council met.\n\n', 'Lenka Dunmere spoke.'],
  ],
  [
    'a blank line holding spaces',
    'Rain closed the road.\n  \nThe council met.',
    30,
    ['Rain closed the road.\n  \n', 'The council met.'],
  ],
  [
    'no blank line: a sentence end before a capital or an opening mark',
    'The mill reopened. "We are ready," said Bram Kestrel. The vote was postponed.',
    60,
    ['The mill reopened. "We are ready," said Bram Kestrel. ', 'The vote was postponed.'],
  ],
  [
    'no sentence end: the last whitespace',
    'lantern mills employs about three hundred people in fennick',
    30,
    ['lantern mills employs about ', 'three hundred people in ', 'fennick'],
  ],
  ['no whitespace: a hard cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ['a hard cut never splits a surrogate pair', 'abc\u{1F600}def', 4, ['abc', '\u{1F600}de', 'f']],
];

describe('chunkText', () => {
  for (const [name, text, max, expected] of CASES) {
    it(name, () => {
      const pieces = chunkText(text, max);
      assert.deepEqual(
        pieces.map((p) => text.slice(p.start, p.end)),
        expected,
      );
    });
  }

  it('covers a long text with consecutive pieces, none over the limit', () => {
    const paragraph = 'Marta Quillane said on Monday that the bridge would be finished by March. ';
    // paragraphs, then one long paragraph, then a run without whitespace
    const paragraphs = Array.from({ length: 400 }, (_, i) => paragraph.repeat(1 + (i % 5)).trimEnd());
    const text = `${paragraphs.join('\n\n')}\n\n${paragraph.repeat(100)}${'x'.repeat(2000)}`;
    for (const max of [300, 1000, 5000]) {
      const pieces = chunkText(text, max);
      assert.equal(pieces[0]?.start, 0);
      assert.equal(pieces.at(-1)?.end, text.length);
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i]!;
        assert.ok(p.end > p.start && p.end - p.start <= max, `piece ${i} is ${p.end - p.start} long`);
        if (i > 0) assert.equal(p.start, pieces[i - 1]?.end);
      }
    }
  });

  it('reads 256 KiB in one piece by default', () => {
    assert.equal(LONG_ARTICLE_CHARS, 262144);
    assert.equal(chunkText('x'.repeat(LONG_ARTICLE_CHARS)).length, 1);
    assert.equal(chunkText('x'.repeat(LONG_ARTICLE_CHARS + 1)).length, 2);
  });
});
