import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Analysis, Quote } from '../../types.js';
import { renderAnalysis } from './show.js';

const TEXT = '“We will not wait,” said Ada Quill.\n\nThe Lindenport Federation agreed.';

function quote(fields: Partial<Quote>): Quote {
  return {
    id: 'q1',
    type: 'direct',
    content: 'We will not wait',
    start: 1,
    end: 17,
    cue: { start: 20, end: 24, text: 'said' },
    mention: { start: 25, end: 34, text: 'Ada Quill' },
    speaker: 'Ada Quill',
    speakerEntity: 'e1',
    when: '2021-03-05',
    whenTimex: 't1',
    partial: false,
    rule: 'quotes/said-after-quote',
    speakerRule: 'link/mention-in-cue',
    whenRule: 'dates/day-name',
    confidence: 0.9,
    ...fields,
  };
}

const ANALYSIS: Analysis = {
  version: 1,
  article: { id: 'ledger-1', date: '2021-03-07', title: 'Quill on the bridge', source: 'Lindenport Ledger' },
  text: TEXT,
  paragraphs: [],
  sentences: [],
  mentions: [],
  entities: [],
  timexes: [
    {
      id: 't1',
      start: 0,
      end: 0,
      text: 'on Friday',
      type: 'DATE',
      value: '2021-03-05',
      rule: 'dates/weekday',
    },
  ],
  quotes: [quote({})],
  spin: [
    { start: 41, end: 62, text: 'Lindenport Federation', usual: 'Lindenport', canonical: 'place:lindenport' },
  ],
  diagnostics: [{ code: 'speaker-ambiguous', message: 'two candidates', start: 25 }],
};

test('plain rendering: header, marked text, quotes, spin, provenance, diagnostics', () => {
  const out = renderAnalysis(
    ANALYSIS,
    {
      copyOf: 'herald-9',
      reusedShare: 0.8,
      sources: [{ article: 'herald-9', outlet: 'Harbor Herald', share: 0.8 }],
    },
    false,
  );
  const lines = out.split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    'ledger-1  ·  2021-03-07  ·  Lindenport Ledger',
    'Quill on the bridge',
    '',
    '“[[We will not wait]]#1,” <said> {Ada Quill}.',
    '',
  ]);
  assert.ok(out.includes('The ~Lindenport Federation~ agreed.'));
  const expected = [
    'quotes (1):',
    '  #1 direct 1-17: "We will not wait"',
    '     speaker: Ada Quill   cue: "said"   when: 2021-03-05 ("on Friday")',
    '     rules: quotes/said-after-quote; speaker: link/mention-in-cue; when: dates/day-name   confidence: 0.9',
    '',
    'spin (1):',
    '  "Lindenport Federation" for "Lindenport" (place:lindenport)  41-62',
    '',
    'provenance: copy of herald-9, 80% reused',
    '  source herald-9 (Harbor Herald) 80%',
    '',
    'diagnostics (1):',
    '  speaker-ambiguous @25: two candidates',
  ];
  const at = lines.indexOf('quotes (1):');
  assert.deepEqual(lines.slice(at, at + expected.length), expected);
});

test('colour rendering has no plain markers or legend', () => {
  const out = renderAnalysis(ANALYSIS, null, true);
  assert.ok(!out.includes('[[') && !out.includes('legend:'));
  assert.ok(out.includes('\x1b[32mWe will not wait\x1b[0m'));
});

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onrecord-show-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('show --file prints the text; a missing store or article is exit code 1 with the reason', () => {
  const file = join(dir, '003_ferry.txt');
  writeFileSync(file, 'date 2021-04-02 Tomas Brell said the crews would strike.');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(repo, 'bin/onrecord.js'), 'show', ...args], {
      encoding: 'utf8',
      cwd: dir,
    });
  const cases: Array<[string[], number, RegExp, 'stdout' | 'stderr']> = [
    [
      ['--file', file, '--color', 'never'],
      0,
      /^003_ferry {2}· {2}2021-04-02\n\n.*Tomas Brell.*strike/,
      'stdout',
    ],
    [['--file', file, 'other-id'], 1, /no article 'other-id' in/, 'stderr'],
    [['ledger-1', '--db', join(dir, 'none.db')], 1, /no store at .*none\.db/, 'stderr'],
    [[], 2, /give an ARTICLE_ID/, 'stderr'],
  ];
  for (const [args, code, pattern, stream] of cases) {
    const result = run(...args);
    assert.equal(result.status, code, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result[stream], pattern, args.join(' '));
  }
});
