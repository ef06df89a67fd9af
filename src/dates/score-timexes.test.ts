import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBioTimexes } from './read-bio-timexes.js';
import { readTimeml } from './read-timeml.js';
import { countDocument, emptyCounts, type ScoredTimex, scoreCounts } from './score-timexes.js';

const t = (start: number, end: number, value: string, type = 'DATE'): ScoredTimex => ({
  start,
  end,
  type,
  value,
});

const CASES: Array<
  [
    string,
    ScoredTimex[],
    ScoredTimex[],
    { strictF1: number; relaxedF1: number; valueF1: number; typeAccuracy: number },
  ]
> = [
  [
    'identical',
    [t(0, 6, '2017-06-02')],
    [t(0, 6, '2017-06-02')],
    { strictF1: 1, relaxedF1: 1, valueF1: 1, typeAccuracy: 1 },
  ],
  [
    'overlap only',
    [t(0, 12, '2017-W21')],
    [t(4, 12, '2017-W21')],
    { strictF1: 0, relaxedF1: 1, valueF1: 1, typeAccuracy: 1 },
  ],
  [
    'wrong value',
    [t(0, 6, '2017-06-02')],
    [t(0, 6, '2017-06-09')],
    { strictF1: 1, relaxedF1: 1, valueF1: 0, typeAccuracy: 1 },
  ],
  [
    'wrong type',
    [t(0, 6, 'P1Y', 'DURATION')],
    [t(0, 6, 'P1Y', 'DATE')],
    { strictF1: 1, relaxedF1: 1, valueF1: 1, typeAccuracy: 0 },
  ],
  [
    'one missed of two',
    [t(0, 6, '2017'), t(10, 14, '2016')],
    [t(0, 6, '2017')],
    { strictF1: 2 / 3, relaxedF1: 2 / 3, valueF1: 2 / 3, typeAccuracy: 1 },
  ],
  [
    'one spurious',
    [t(0, 6, '2017')],
    [t(0, 6, '2017'), t(20, 24, '2001')],
    { strictF1: 2 / 3, relaxedF1: 2 / 3, valueF1: 2 / 3, typeAccuracy: 1 },
  ],
  ['nothing found', [t(0, 6, '2017')], [], { strictF1: 0, relaxedF1: 0, valueF1: 0, typeAccuracy: 0 }],
];

for (const [name, gold, system, want] of CASES) {
  test(`TempEval-3 scores: ${name}`, () => {
    const counts = emptyCounts();
    countDocument(counts, gold, system);
    const s = scoreCounts(counts);
    assert.equal(s.strict.F1.toFixed(4), want.strictF1.toFixed(4));
    assert.equal(s.relaxed.F1.toFixed(4), want.relaxedF1.toFixed(4));
    assert.equal(s.value.F1.toFixed(4), want.valueF1.toFixed(4));
    assert.equal(s.typeAccuracy.toFixed(4), want.typeAccuracy.toFixed(4));
  });
}

test('reads a TimeML document: creation date, plain text, spans', () => {
  const xml =
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>' +
    '<TEXT>Mr Vale <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that A &amp; B left <TIMEX3 tid="t2" type="DATE" value="2012">last year</TIMEX3>.</TEXT></TimeML>';
  const doc = readTimeml(xml);
  assert.equal(doc.dct, '2013-03-22');
  assert.equal(doc.text, 'Mr Vale said Friday that A & B left last year.');
  assert.deepEqual(
    doc.timexes.map((x) => [doc.text.slice(x.start, x.end), x.type, x.value]),
    [
      ['Friday', 'DATE', '2013-03-22'],
      ['last year', 'DATE', '2012'],
    ],
  );
});

test('reads the BIO timex format into documents with rebuilt text', () => {
  const tsv = [
    '*!-DCTVALUE="2005-10-04"-!*\tO\t-',
    '',
    'Talks\tO\t-',
    'end\tO\t-',
    'next\tB-DATE\t2005-W41',
    'week\tI-DATE\t2005-W41',
    '.\tO\t-',
    '',
  ].join('\n');
  const [doc] = readBioTimexes(tsv);
  assert.ok(doc);
  assert.equal(doc.dct, '2005-10-04');
  assert.equal(doc.text.trim(), 'Talks end next week.');
  assert.deepEqual(
    doc.timexes.map((x) => [x.text, x.value]),
    [['next week', '2005-W41']],
  );
});
