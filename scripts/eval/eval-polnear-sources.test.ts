import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteIn } from '../../src/link/when-test-fixtures.js';
import type { Quote, QuoteType } from '../../src/types.js';
import type { PolnearAttribution } from './eval-polnear.js';
import { countSources, newSourceTotals } from './eval-polnear-sources.js';

// Invented text: one direct quote, one indirect report, one reported clause PolNeAR has no attribution for.
const TEXT =
  '"The dam will hold," Mayor Ann Roe said. Engineers said it was safe. Roe added that she slept well.';

const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return [i, i + s.length];
};

function quote(type: QuoteType, content: string, mention: string | null): Quote {
  const m = mention ? at(mention) : null;
  return {
    ...quoteIn(TEXT, type, content, null),
    mention: m ? { start: m[0], end: m[1], text: mention ?? '' } : null,
  };
}

function attribution(content: string, source: string | null): PolnearAttribution {
  return {
    id: content,
    type: 'statement',
    source: source ? { spans: [at(source)], text: source } : null,
    cue: null,
    content: { spans: [at(content)], text: content },
  };
}

const GOLD = [attribution('"The dam will hold,"', 'Mayor Ann Roe'), attribution('it was safe', 'Engineers')];

const CASES: Array<[string, Quote[], { direct: number[]; indirect: number[] }]> = [
  // [name, quotes, [quotes, paired, judged, agree, unmatched] per type]
  [
    'mentions inside the sources agree',
    [quote('direct', 'The dam will hold,', 'Ann Roe'), quote('indirect', 'it was safe', 'Engineers')],
    { direct: [1, 1, 1, 1, 0], indirect: [1, 1, 1, 1, 0] },
  ],
  [
    'a missing or other mention disagrees',
    [quote('direct', 'The dam will hold,', null), quote('indirect', 'it was safe', 'Roe')],
    { direct: [1, 1, 1, 0, 0], indirect: [1, 1, 1, 0, 0] },
  ],
  [
    'a report PolNeAR does not annotate overlaps no attribution',
    [quote('indirect', 'she slept well', 'Roe')],
    { direct: [0, 0, 0, 0, 0], indirect: [1, 0, 0, 0, 1] },
  ],
];

for (const [name, quotes, expected] of CASES) {
  test(`polnear sources: ${name}`, () => {
    const totals = newSourceTotals();
    countSources(TEXT, quotes, GOLD, totals);
    for (const type of ['direct', 'indirect'] as const) {
      const t = totals[type];
      assert.deepEqual([t.quotes, t.paired, t.judged, t.agree, t.unmatched], expected[type], type);
    }
  });
}
