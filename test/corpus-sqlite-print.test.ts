// The SQLite corpus tables store a print compactly (canonical words equal to the words as 0) and give it back
// unchanged, its postings found again by the lookups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { Corpus } from '../src/corpus/corpus.js';
import { type ArticlePrint, fingerprintArticle } from '../src/corpus/fingerprint-article.js';
import { packPrint, SqliteCorpusBackend, unpackPrint } from '../src/store/sqlite/corpus-tables.js';

const ARTICLE = {
  id: 'valley-1',
  date: '2031-04-11',
  source: 'Valley Courier',
  text:
    'The Republic of Korland said on Tuesday that the harbour at Vesk would stay open through the winter months. ' +
    'Korland officials told the council that the ferry terminal will close in December for repairs to the pier. ' +
    '"We will rebuild the pier before the storms," said Ina Vos, the transport minister of the republic.',
  spin: [{ start: 4, end: 23, text: 'Republic of Korland', usual: 'Korland', canonical: 'korland' }],
};

test('a print is stored compactly and read back unchanged', async () => {
  const print = fingerprintArticle(ARTICLE);
  assert.ok(print.sentences.some((s) => s.canon.join(' ') === s.words.join(' ')));
  assert.deepEqual(unpackPrint(packPrint(print)), print);
  assert.equal(JSON.stringify(unpackPrint(packPrint(print))), JSON.stringify(print));
  assert.ok(packPrint(print).length < JSON.stringify(print).length);
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  await backend.putPrint(print);
  assert.deepEqual(await backend.getPrint(print.id), print);
  // each (fingerprint, sentence) pair is found again by the lookups
  const postings = async (id: string) =>
    [...(await backend.lookupFingerprints(print.sentences.flatMap((s) => s.fps)))]
      .flatMap(([fp, list]) =>
        list.filter((p) => p.article === id).map((p) => ({ fp, sentence: p.sentence })),
      )
      .sort((a, b) => a.fp - b.fp || a.sentence - b.sentence);
  const want = [...new Set(print.sentences.flatMap((s) => s.fps.map((fp) => `${fp}:${s.index}`)))]
    .map((k) => k.split(':').map(Number))
    .map(([fp, sentence]) => ({ fp: fp!, sentence: sentence! }))
    .sort((a, b) => a.fp - b.fp || a.sentence - b.sentence);
  assert.ok(want.length > 0);
  assert.deepEqual(await postings(print.id), want);
  // a large sentence index (past fp·2^16 + sentence in the old rows) is found as well
  const odd: ArticlePrint = {
    ...print,
    id: 'valley-2',
    sentences: print.sentences.map((s) => ({ ...s, index: s.index + 70000 })),
  };
  await backend.putPrint(odd);
  assert.deepEqual(
    await postings('valley-2'),
    want.map((p) => ({ ...p, sentence: p.sentence + 70000 })),
  );
  await backend.removePrint('valley-2');
  assert.deepEqual(await postings('valley-2'), []);
  db.close();
});

test('a packed form made ahead is stored as given; without it the print is packed here, to the same bytes', async () => {
  const print = fingerprintArticle(ARTICLE);
  const stored = async (put: (b: SqliteCorpusBackend) => Promise<unknown>) => {
    const db = new Database(':memory:');
    await put(new SqliteCorpusBackend(db));
    const row = db.prepare('SELECT print FROM corpus_prints WHERE article_id = ?').get(print.id) as {
      print: string;
    };
    db.close();
    return row.print;
  };
  const ahead = packPrint(print);
  assert.equal(await stored((b) => b.putPrint(print, ahead)), ahead);
  assert.equal(await stored((b) => b.putPrint(print)), ahead);
  // through the corpus step: the packed form travels with the print it was made from
  const marked = JSON.stringify({ ...JSON.parse(ahead), marked: true });
  const via = (made?: ArticlePrint, packed?: string) =>
    stored((b) => new Corpus(b, b, b).addArticle(ARTICLE, [], made, packed));
  assert.equal(await via(print, marked), marked);
  // a print of another article is not used, nor is its packed form
  assert.equal(await via({ ...print, id: 'other' }, marked), ahead);
  assert.equal(await via(), ahead);
});
