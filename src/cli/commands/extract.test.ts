// End to end: `node bin/onrecord.js extract …` as a child process, on invented articles.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onrecord-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  {
    id: 'ledger-1',
    date: '2021-03-07',
    source: 'Lindenport Ledger',
    text: '“We will not wait another year for this bridge,” said Ada Quill, the mayor of Lindenport.\n\nThe council approved the budget on Friday, Quill told reporters.',
  },
  {
    id: 'ledger-2',
    date: '2021-03-08T07:30:00+01:00',
    text: 'Tomas Brell, the union secretary, said the ferry crews would strike on Monday.\n\n“We have asked for talks three times and heard nothing,” Brell said.',
  },
];
const jsonl = join(dir, 'day.jsonl');
writeFileSync(
  jsonl,
  [JSON.stringify(ARTICLES[0]), '{"id": "broken", "text": "no end', JSON.stringify(ARTICLES[1])].join('\n'),
);
const clean = join(dir, 'clean.jsonl');
writeFileSync(clean, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
const seed = join(dir, '007_harbor.txt');
writeFileSync(seed, `date 2021-03-09 ${ARTICLES[0]?.text}`);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'photo.jsonl');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repo, 'bin/onrecord.js'), 'extract', '--quiet', ...args], {
    encoding: 'utf8',
    cwd: repo,
  });
  const records = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code: run.status, records, stderr: run.stderr };
}

const FIELDS = [
  'article',
  'type',
  'content',
  'start',
  'end',
  'speaker',
  'mention',
  'mentionStart',
  'mentionEnd',
  'cue',
  'cueStart',
  'cueEnd',
  'when',
  'published',
];

test('a malformed line is reported with file and line, the rest is extracted, exit code 1', () => {
  const { code, records, stderr } = extract(jsonl);
  assert.equal(code, 1);
  assert.match(
    stderr,
    new RegExp(`^onrecord extract: ${jsonl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON`, 'm'),
  );
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.ok(records.length > 0, 'quotes from the good lines');
  assert.deepEqual([...new Set(records.map((r) => r.article))].sort(), ['ledger-1', 'ledger-2']);
  const texts = new Map(ARTICLES.map((a) => [a.id, a.text]));
  for (const r of records) {
    assert.deepEqual(
      Object.keys(r).filter((k) => FIELDS.includes(k)),
      FIELDS,
      JSON.stringify(r),
    );
    assert.ok(r.type === 'direct' || r.type === 'indirect', String(r.type));
    assert.equal(r.published, r.article === 'ledger-1' ? '2021-03-07' : '2021-03-08');
    const text = texts.get(String(r.article)) ?? '';
    assert.ok(
      text.slice(Number(r.start), Number(r.end)).includes(String(r.content).slice(0, 10)),
      JSON.stringify(r),
    );
    if (r.mention !== null) assert.equal(text.slice(Number(r.mentionStart), Number(r.mentionEnd)), r.mention);
    if (r.cue !== null) assert.equal(text.slice(Number(r.cueStart), Number(r.cueEnd)), r.cue);
    assert.ok(r.when === null || /^\d{4}(-\d{2}){0,2}$/.test(String(r.when)), String(r.when));
  }
});

test('clean input: exit code 0, nothing on stderr; the seed form reads with offsets after its header', () => {
  const fromJsonl = extract(clean);
  assert.equal(fromJsonl.code, 0);
  assert.equal(fromJsonl.stderr, '');
  const fromSeed = extract(seed);
  assert.equal(fromSeed.code, 0);
  const first = (rs: Array<Record<string, unknown>>) =>
    rs.filter((r) => r.article !== 'ledger-2').map(({ article: _a, published: _p, ...r }) => r);
  assert.deepEqual(first(fromSeed.records), first(fromJsonl.records));
  assert.ok(fromSeed.records.every((r) => r.article === '007_harbor' && r.published === '2021-03-09'));
});

test('empty and binary files: one line each naming the file, the others still read, exit code 1', () => {
  const { code, records, stderr } = extract(empty, clean, binary);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.deepEqual(lines, [
    `onrecord extract: ${empty}: empty file`,
    `onrecord extract: ${binary}: binary file: not text, JSONL, HTML, WARC or a feed`,
  ]);
  assert.ok(records.length > 0);
});

test('worker threads: the same records in the same order', () => {
  const one = extract(jsonl);
  const two = extract('--workers', '2', jsonl);
  assert.equal(two.code, 1);
  assert.deepEqual(two.records, one.records);
  assert.equal(two.stderr, one.stderr);
});

test('bad flags: exit code 2 with the reason', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--format', 'pdf', clean], /--format "pdf"/],
    [['--kinds', 'some', clean], /--kinds "some"/],
    [['--frmat', 'txt'], /unknown option '--frmat'/],
    [['--workers', 'many', clean], /--workers "many": expected a number of threads/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = extract(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
  }
});
