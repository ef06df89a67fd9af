import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  paragraphsOf,
  parseBbcFile,
  parseReutersSgml,
  parseSampleLine,
  recombineArticle,
  seededRandom,
  unwrapReutersBody,
} from './load-corpus.js';

// Invented SGML in the Reuters-21578 layout (fictional company and people).
const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="17">
<DATE> 3-MAR-1987 09:10:11.12</DATE>
<TEXT>&#2;
<TITLE>KESTREL &lt;KST> SEES HIGHER PROFIT</TITLE>
<BODY>Kestrel Holdings said it expected profit to rise
sharply this year, citing lower fuel costs.
    Chairman Ada Quill told reporters the company would
pay a higher dividend.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="18">
<DATE>3-MAR-1987 09:12:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;<TITLE>SHORT ITEM</TITLE></TEXT>
</REUTERS>`;

test('parseReutersSgml reads stories with a body, their date, title and paragraphs', () => {
  const out = parseReutersSgml(SGML, 'reut2-test.sgm');
  assert.equal(out.length, 1);
  assert.deepEqual(out[0], {
    id: 'reuters-17',
    date: '1987-03-03',
    source: 'Reuters',
    title: 'KESTREL <KST> SEES HIGHER PROFIT',
    text: 'Kestrel Holdings said it expected profit to rise sharply this year, citing lower fuel costs.\n\nChairman Ada Quill told reporters the company would pay a higher dividend.',
  });
});

test('unwrapReutersBody joins wrapped lines and keeps indented paragraphs', () => {
  const cases: Array<[string, string]> = [
    ['One line\nwrapped here.\n Reuter\n&#3;', 'One line wrapped here.'],
    ['First.\n    Second\nparagraph.', 'First.\n\nSecond paragraph.'],
    ['Costs &amp; prices rose.', 'Costs & prices rose.'],
  ];
  for (const [input, expected] of cases) assert.equal(unwrapReutersBody(input), expected);
});

test('parseBbcFile keeps the whole text and takes the first line as title', () => {
  const a = parseBbcFile(
    'Mill town cheers\r\n\r\nThe mayor said the mill would reopen.\r\n',
    'bbc-business-999',
  );
  assert.deepEqual(a, {
    id: 'bbc-business-999',
    date: null,
    source: 'BBC',
    title: 'Mill town cheers',
    text: 'Mill town cheers\n\nThe mayor said the mill would reopen.',
  });
});

test('parseSampleLine keeps a timestamp as published and its day as date', () => {
  const cases: Array<[string, { date: string | null; published?: string }]> = [
    [
      '{"id":"a","date":"2025-02-07T09:12:00Z","text":"x"}',
      { date: '2025-02-07', published: '2025-02-07T09:12:00Z' },
    ],
    ['{"id":"b","date":"2025-02-07","text":"x"}', { date: '2025-02-07' }],
    ['{"id":"c","date":null,"text":"x"}', { date: null }],
  ];
  for (const [line, expected] of cases) {
    const a = parseSampleLine(line);
    assert.equal(a.date, expected.date);
    assert.equal(a.published, expected.published);
  }
});

test('recombineArticle draws 3-8 of the given paragraphs, the same ones for the same seed', () => {
  const paras = paragraphsOf([
    {
      id: 'x',
      date: null,
      text: 'Ada Quill said the harbour would reopen next week.\n\nShort.\n\nThe council told residents that water was safe to drink.',
    },
  ]);
  assert.equal(paras.length, 2);
  const a = recombineArticle(paras, 1, seededRandom(3));
  const b = recombineArticle(paras, 1, seededRandom(3));
  assert.deepEqual(a, b);
  const parts = a.text.split('\n\n');
  assert.ok(parts.length >= 3 && parts.length <= 8);
  for (const p of parts) assert.ok(paras.includes(p));
  assert.match(a.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
});
