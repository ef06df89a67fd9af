import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNameIndex, insideAny, isSpaceAt, lowerWordsBefore, oneSpanHolding } from './speaker-names.js';

// what the regex lowerWordsBefore replaces finds, for comparison
const byRegex = (text: string, at: number): string[] => {
  const m = /(?:^|\s)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1] ? m[1].toLowerCase().split(/\s+/).filter(Boolean) : [];
};

describe('lowerWordsBefore', () => {
  const cases: [string, string[]][] = [
    ['said the deputy chief Ann Vole', ['the', 'deputy', 'chief']],
    ['club coach Ann Vole', ['club', 'coach']],
    ['Yesterday, coach Ann Vole', ['coach']],
    ['Ann Vole', []],
    ['According to Ann Vole', ['to']],
    [
      'a long preamble that runs well past forty characters, then the vice-chair Ann Vole',
      ['then', 'the', 'vice-chair'],
    ],
    ['Zorvia said:  spokeswoman\nAnn Vole', ['spokeswoman']],
    ['on Monday Ann Vole', []],
    ['(ex) chair Ann Vole', ['chair']],
    // only the 40 characters before the name are read: a word cut there counts from where it is cut
    [`${'x'.repeat(55)}chief Ann Vole`, [`${'x'.repeat(34)}chief`]],
    [`${'x'.repeat(55)} chief Ann Vole`, [`${'x'.repeat(33)}`, 'chief']],
    [`${'x'.repeat(20)} ${'Q'.repeat(30)} chief Ann Vole`, ['chief']],
  ];
  for (const [text, expected] of cases) {
    const at = text.indexOf('Ann Vole');
    it(JSON.stringify(text), () => {
      assert.deepEqual(lowerWordsBefore(text, at), expected);
      assert.deepEqual(lowerWordsBefore(text, at), byRegex(text, at));
    });
  }
});

describe('insideAny', () => {
  const spans = [
    { start: 50, end: 60 },
    { start: 10, end: 40 },
    { start: 20, end: 25 },
  ];
  const cases: [number, boolean][] = [
    [9, false],
    [10, true],
    [30, true],
    [39, true],
    [40, false],
    [55, true],
    [60, false],
  ];
  const inside = insideAny(spans);
  for (const [offset, expected] of cases) it(`${offset}`, () => assert.equal(inside(offset), expected));
  it('no spans', () => assert.equal(insideAny([])(5), false));
});

describe('oneSpanHolding', () => {
  const spans = [
    { start: 50, end: 60 },
    { start: 10, end: 40 },
    { start: 20, end: 25 },
  ];
  const cases: [number, number, boolean][] = [
    [10, 39, true],
    [9, 20, false],
    [20, 24, true],
    [20, 30, true], // the wide span holds both, the narrow one does not
    [30, 40, false], // 40 is past the end
    [35, 55, false], // across two spans: neither holds it all
    [50, 59, true],
    [55, 60, false],
    [45, 45, false],
  ];
  const holds = oneSpanHolding(spans);
  for (const [from, to, expected] of cases)
    it(`${from}..${to}`, () => assert.equal(holds(from, to), expected));
  it('no spans', () => assert.equal(oneSpanHolding([])(5, 6), false));
});

describe('buildNameIndex', () => {
  it('keeps roles before and after a name, and skips names inside quoted words', () => {
    const text = 'Our club coach Ann Vole, the team manager, said "Bo Tarn is fine". Later, Mr Tarn left.';
    const q = text.indexOf('"');
    const index = buildNameIndex(text, [{ start: q, end: text.indexOf('"', q + 1) + 1 }]);
    assert.deepEqual(
      index.persons.map((p) => [p.name, p.roles]),
      [
        ['Ann Vole', ['team', 'manager', 'club', 'coach']],
        ['Tarn', []],
      ],
    );
  });
  // Invented sentences. [construction, text, person names found]
  const RUNS: [string, string, string[]][] = [
    ['one particle', 'The award went to Ana Cruz and Jan van Berg.', ['Ana Cruz', 'Jan van Berg']],
    ['two particles', 'The award went to Ana de la Cruz.', ['Ana de la Cruz']],
    ['two particles, Dutch', 'Jan van der Berg won.', ['Jan van der Berg']],
    [
      'a name closing on an initial, then a title',
      'Tom Reid directed Malcolm X. Mrs Lee starred.',
      ['Tom Reid', 'Malcolm X', 'Lee'],
    ],
    // negatives: a middle initial; a title after a title; three lower-case words are no particles of one name; a
    // plain "and" joins no name
    ['a middle initial', 'Tom Reid met John F. Kennedy.', ['Tom Reid', 'John F Kennedy']],
    ['a title after a title', 'Prof. Dr. Hans Moll spoke.', ['Hans Moll']],
    ['three lower-case words', 'Ana Cruz de la le Berg won.', ['Ana Cruz']],
    ['"and" between names', 'Ana Cruz and Jan Berg won.', ['Ana Cruz', 'Jan Berg']],
  ];
  for (const [name, text, want] of RUNS)
    it(`name runs: ${name}`, () =>
      assert.deepEqual(
        buildNameIndex(text).persons.map((p) => p.name),
        want,
      ));
});

describe('isSpaceAt', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) differ.push(c);
    }
    assert.deepEqual(differ, []);
  });
});
