// `onrecord ingest` and `onrecord quotes` end to end, as processes: invented articles in, records out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatQuoteTable } from '../src/cli/commands/quotes.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { StoredQuote } from '../src/store/store.js';
import { STORED_FIXTURES } from './store-conformance-fixtures.js';

const BIN = fileURLToPath(new URL('../../bin/onrecord.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const onrecord = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

test('ingest: per-line errors named, the rest stored, non-zero exit; a second run changes nothing', () => {
  const input = join(dir, 'feed.jsonl');
  const lines = [
    JSON.stringify({
      id: 'c1',
      date: '2031-06-01',
      source: 'Hill Gazette',
      text: '"The dam is safe," said Ina Vos on Monday.',
    }),
    '{"id": "broken", ',
    JSON.stringify({
      id: 'c2',
      date: '2031-06-02',
      source: 'Valley Courier',
      text: 'Tomas Brandt said the dam was not safe.',
    }),
  ];
  writeFileSync(input, `${lines.join('\n')}\n`);
  const db = join(dir, 'cli.db');
  const first = onrecord('ingest', '--db', db, '--workers', '0', input);
  assert.equal(first.status, 1, first.stderr);
  assert.match(first.stderr, /feed\.jsonl:2/);
  assert.match(first.stderr, /2 stored, 0 unchanged/);
  const again = onrecord('ingest', '--db', db, '--workers', '0', '--quiet', input);
  assert.equal(again.status, 1);
  assert.doesNotMatch(again.stderr, /stored/, '--quiet prints errors only');
  const count = onrecord('ingest', '--db', db, '--workers', '0', input);
  assert.match(count.stderr, /0 stored, 2 unchanged/);
});

test('quotes: JSON records and the plain table', async () => {
  const db = join(dir, 'fixtures.db');
  const store = new SqliteStore(db);
  await store.init();
  await store.putArticles(STORED_FIXTURES);
  await store.close();
  const json = onrecord('quotes', '--db', db, '--speaker', 'Tomas Brandt', '--json');
  assert.equal(json.status, 0, json.stderr);
  const records = json.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    records.map((r) => r.id),
    ['harbour-2:117-136:indirect', 'rail-1:1-21:direct', 'rail-1:44-71:direct'],
  );
  assert.match(json.stderr, /3 of 3 quotes/);
  const table = onrecord('quotes', '--db', db, '--outlet', 'Valley Courier', '--limit', '1');
  assert.equal(table.status, 0);
  const [header, row, footer] = table.stdout.trim().split('\n');
  assert.match(header ?? '', /^DATE\s+SPEAKER\s+TYPE\s+OUTLET\s+QUOTE$/);
  assert.match(row ?? '', /^2031-03-15\*\s+Tomas Brandt\s+indirect\s+Valley Courier\s+the plan was rushed$/);
  assert.match(footer ?? '', /^1 of 2 quotes \(\* publication date\); next page: --cursor \S+$/);
  const cursor = /--cursor (\S+)/.exec(footer ?? '')?.[1] ?? '';
  const next = onrecord('quotes', '--db', db, '--outlet', 'Valley Courier', '--cursor', cursor, '--json');
  assert.equal(JSON.parse(next.stdout.trim()).id, 'harbour-2:45-78:direct');
  const bad = [
    ['--from', '2031-13-01'],
    ['--type', 'rumour'],
    ['--cursor', 'garbage'],
  ];
  for (const args of bad) {
    const r = onrecord('quotes', '--db', db, ...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^onrecord quotes: /, args.join(' '));
  }
  assert.equal(onrecord('quotes', '--db', join(dir, 'missing.db')).status, 2);
});

test('formatQuoteTable cuts long cells to the width', () => {
  const quote: StoredQuote = {
    id: 'x',
    article: 'a',
    type: 'direct',
    content: 'word '.repeat(60),
    start: 0,
    end: 1,
    speaker: 'Somebody With A Very Long Name Indeed',
    mention: null,
    mentionStart: null,
    mentionEnd: null,
    cue: null,
    cueStart: null,
    cueEnd: null,
    when: '2031-01',
    published: null,
    speakerId: null,
    clusterId: null,
    articleTitle: null,
    url: null,
    outlet: null,
  };
  const lines = formatQuoteTable([quote], 80).trimEnd().split('\n');
  for (const line of lines) assert.ok(line.length <= 80, line);
  assert.match(lines[1] ?? '', /^2031-01\s+Somebody With A Very Long…\s+direct\s+-\s+word word .*…$/);
  assert.equal(formatQuoteTable([]), '');
});
