// The web app's pure helpers (plain JS under web/lib), table-driven, without a browser.
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/lib');
// biome-ignore lint/suspicious/noExplicitAny: untyped browser modules
const load = async (name: string): Promise<any> => import(pathToFileURL(resolve(WEB, name)).href);

interface Span {
  start: number;
  end: number;
}

test('cutRuns: runs cover the text in order; the innermost quote wins; cues and spin are kept', async () => {
  const { cutRuns } = await load('highlight.js');
  //            0         1         2         3
  //            0123456789012345678901234567890123456
  const text = 'She said the plan was "a bad joke" today.';
  const outer: Span = { start: 9, end: 34 };
  const inner: Span = { start: 22, end: 34 };
  const cue: Span = { start: 4, end: 8 };
  const cases: Array<[Record<string, Span[]>, Array<[string, Span | null, boolean]>]> = [
    [{}, [[text, null, false]]],
    [
      { quotes: [outer, inner], cues: [cue] },
      [
        ['She ', null, false],
        ['said', null, true],
        [' ', null, false],
        ['the plan was ', outer, false],
        ['"a bad joke"', inner, false],
        [' today.', null, false],
      ],
    ],
    // an empty or inverted span marks nothing
    [
      {
        quotes: [
          { start: 5, end: 5 },
          { start: 9, end: 3 },
        ],
      },
      [[text, null, false]],
    ],
    // out-of-range offsets are clamped to the text
    [
      { quotes: [{ start: 36, end: 400 }] },
      [
        [text.slice(0, 36), null, false],
        [text.slice(36), { start: 36, end: 400 }, false],
      ],
    ],
  ];
  for (const [layers, expected] of cases) {
    const runs = cutRuns(text, layers);
    assert.deepEqual(
      runs.map((r: { start: number; end: number; quote: Span | null; cue: Span | null }) => [
        text.slice(r.start, r.end),
        r.quote,
        r.cue !== null,
      ]),
      expected,
    );
  }
});

test('fillPeriods: months between the first and last, empty ones as 0; years over long spans', async () => {
  const { fillPeriods } = await load('bar-chart.js');
  const cases: Array<[Array<{ period: string; count: number }>, Array<[string, number]>]> = [
    [[], []],
    [[{ period: '2024-03', count: 2 }], [['2024-03', 2]]],
    [
      [
        { period: '2024-11', count: 1 },
        { period: '2025-02', count: 3 },
      ],
      [
        ['2024-11', 1],
        ['2024-12', 0],
        ['2025-01', 0],
        ['2025-02', 3],
      ],
    ],
    [
      [
        { period: '2015-01', count: 1 },
        { period: '2019-06', count: 2 },
        { period: '2019-07', count: 1 },
      ],
      [
        ['2015', 1],
        ['2016', 0],
        ['2017', 0],
        ['2018', 0],
        ['2019', 3],
      ],
    ],
    [[{ period: 'garbage', count: 9 }], []],
  ];
  for (const [timeline, expected] of cases) {
    assert.deepEqual(
      fillPeriods(timeline).map((b: { period: string; count: number }) => [b.period, b.count]),
      expected,
    );
  }
});

test('formatDate', async () => {
  const { formatDate } = await load('format.js');
  const cases: Array<[string | null, string]> = [
    ['2024-03-04', '4 Mar 2024'],
    ['2024-03-04T09:12:00Z', '4 Mar 2024'],
    ['2024-11', 'Nov 2024'],
    ['2024', '2024'],
    [null, 'undated'],
    ['soon', 'soon'],
  ];
  for (const [input, expected] of cases) assert.equal(formatDate(input), expected);
});

test('safeHref keeps internal paths and http(s) links only', async () => {
  const { safeHref } = await load('dom.js');
  const cases: Array<[string, string]> = [
    ['/articles/a1', '/articles/a1'],
    ['#q-1', '#q-1'],
    ['https://news.example/x?y=1', 'https://news.example/x?y=1'],
    ['javascript:alert(1)', '#'],
    [' javascript:alert(1)', '#'],
    ['data:text/html,<script>1</script>', '#'],
    ['//evil.example/x', '#'],
    ['not a url', '#'],
  ];
  for (const [input, expected] of cases) assert.equal(safeHref(input), expected, input);
});
