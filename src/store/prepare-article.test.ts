import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import type { Article } from '../types.js';
import { prepareWrite } from './prepare-article.js';
import { SqliteStore } from './sqlite-store.js';
import type { StoredArticle } from './store.js';

const ARTICLES: Article[] = [
  {
    id: 'w1',
    date: '2032-03-02',
    source: 'Harbour Post',
    text: '"The dock stays shut," said Lotte Brenner, the harbour master.\n\nBrenner said on Tuesday that repairs would take a month.',
  },
  {
    id: 'w2',
    date: '2032-03-03',
    text: 'Harbour master Lotte Brenner said the dock would reopen in April. "We are on time," she added.',
  },
  { id: 'w3', date: null, text: 'Nothing was said here.' },
];

/** Every table's rows (the write time left out), in a fixed order. */
function dump(store: SqliteStore): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  for (const { name } of tables) {
    if (name === 'schema_migrations') continue;
    const rows = store.db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>;
    out[name] = rows
      .map((r) => JSON.stringify({ ...r, stored_at: undefined }))
      .sort()
      .map((r) => JSON.parse(r));
  }
  return out;
}

test('prepared writes store exactly what putArticles stores, and unchanged ones are skipped', async () => {
  const items: StoredArticle[] = ARTICLES.map((article) => ({ article, analysis: analyze(article) }));
  const plain = new SqliteStore(':memory:');
  const prepared = new SqliteStore(':memory:');
  await plain.init();
  await prepared.init();
  try {
    assert.deepEqual(await plain.putArticles(items), { stored: 3, unchanged: 0 });
    const writes = items.map((item) => ({ article: item.article, ...prepareWrite(item) }));
    assert.deepEqual(await prepared.putPrepared(writes), { stored: 3, unchanged: 0 });
    assert.deepEqual(dump(prepared), dump(plain));
    assert.deepEqual(await prepared.putPrepared(writes), { stored: 0, unchanged: 3 });
    assert.deepEqual(await prepared.getArticle('w1'), await plain.getArticle('w1'));
  } finally {
    await plain.close();
    await prepared.close();
  }
});

test('prepareWrite refuses an analysis of another article, naming it', () => {
  const analysis = analyze(ARTICLES[0]!);
  assert.throws(() => prepareWrite({ article: ARTICLES[1]!, analysis }), /article 'w2'/);
});
