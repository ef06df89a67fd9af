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
