import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { Corpus } from '../src/corpus/corpus.js';
import { toProvenanceJson } from '../src/corpus/index.js';
import { SqliteCorpusBackend } from '../src/store/sqlite/corpus-tables.js';
import { buildFixtureCorpus } from './corpus-fixtures.js';

test('the SQLite corpus tables give the same provenance as the in-memory index', async () => {
  const { articles } = buildFixtureCorpus();
  const memory = new Corpus();
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  const sqlite = new Corpus(backend.prints, backend.reports);
  for (const a of articles) await memory.addArticle(a, []);
  for (const a of [...articles].reverse()) await sqlite.addArticle(a, []);
  for (const a of articles) {
    assert.deepEqual(
      toProvenanceJson((await sqlite.provenance(a.id))!),
      toProvenanceJson((await memory.provenance(a.id))!),
      a.id,
    );
  }
  db.close();
});

test('re-indexing a changed article replaces its prints and reports', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  const corpus = new Corpus(backend.prints, backend.reports);
  const { articles } = buildFixtureCorpus();
  const src = articles[0]!;
  await corpus.addArticle(src, []);
  const report = {
    quoteId: 'copy:0-30:direct',
    article: 'copy',
    outlet: 'Repost',
    time: '2031-03-09',
    speaker: 'Mara Quill',
    speakerId: null,
    content: 'The harbour will stay open',
    type: 'direct' as const,
  };
  await corpus.addArticle({ id: 'copy', date: '2031-03-09', text: src.text }, [report]);
  assert.equal((await corpus.provenance('copy'))?.copyOf, src.id);
  assert.equal((await corpus.clusters()).length, 1);
  await corpus.addArticle(
    { id: 'copy', date: '2031-03-09', text: 'An unrelated note about the weather in the hills this week.' },
    [],
  );
  assert.equal((await corpus.provenance('copy'))?.copyOf, null);
  assert.equal((await corpus.clusters()).length, 0);
  db.close();
});

test('a fingerprint in more than MAX_POSTINGS articles gives the earliest ones, as the in-memory index does', async () => {
  const { MemoryPrintIndex, MAX_POSTINGS } = await import('../src/corpus/print-index.js');
  const { fingerprintArticle } = await import('../src/corpus/fingerprint-article.js');
  // a wire's boilerplate line in every article; times repeat (ties broken by id) and some are unknown
  const boiler =
    'Copies of the Lantern Gazette bulletin are sent to all members of the harbour guild every week.';
  const n = MAX_POSTINGS + 30;
  const prints = Array.from({ length: n }, (_, i) =>
    fingerprintArticle({
      id: `bulletin-${String((i * 37) % n).padStart(3, '0')}`,
      ...(i % 9 === 0 ? {} : { date: `2031-04-${String(1 + (i % 20)).padStart(2, '0')}` }),
      text: `${boiler} Item ${i}: the ferry number ${i} left the quay at dawn with ${i + 3} crates of pears aboard. ${boiler}`,
    }),
  );
  const memory = new MemoryPrintIndex();
  const db = new Database(':memory:');
  const sqlite = new SqliteCorpusBackend(db);
  for (const p of prints) await memory.putPrint(p);
  for (const p of [...prints].reverse()) await sqlite.putPrint(p);
  const probe = prints[5]!;
  const fps = [...probe.sentences.flatMap((s) => s.fps), 12345];
  const fromSqlite = await sqlite.lookupFingerprints(fps);
  assert.deepEqual([...fromSqlite], [...(await memory.lookupFingerprints(fps))]);
  assert.ok([...fromSqlite.values()].some((list) => list.length === MAX_POSTINGS));
  assert.deepEqual(
    (await sqlite.lookupBands(probe.bands)).sort(),
    (await memory.lookupBands(probe.bands)).sort(),
  );
  assert.deepEqual(await sqlite.lookupFingerprints([]), new Map());
  assert.deepEqual(await sqlite.lookupBands([]), []);
  db.close();
});
