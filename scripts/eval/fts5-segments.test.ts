import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { fts5Segments } from './fts5-segments.js';

test('fts5Segments: one segment a commit, one after optimize, null without the table', () => {
  const db = new Database(':memory:');
  assert.equal(fts5Segments(db, 'harbour_docs'), null);
  db.exec("CREATE VIRTUAL TABLE harbour_docs USING fts5(words, content='', detail=none)");
  const put = db.prepare('INSERT INTO harbour_docs (rowid, words) VALUES (?, ?)');
  for (let i = 1; i <= 3; i++) put.run(i, `lantern quay${i} ferry`);
  assert.equal(fts5Segments(db, 'harbour_docs'), 3);
  db.exec("INSERT INTO harbour_docs (harbour_docs) VALUES ('optimize')");
  assert.equal(fts5Segments(db, 'harbour_docs'), 1);
  db.close();
});
