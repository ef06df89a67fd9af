// The fingerprint and band indexes in FTS5 (corpus-008-fts-postings) give the lookups of the old B-tree rows: the
// same postings in the same order, at most MAX_POSTINGS per key, for a store migrated from the old layout and for
// one written in the new layout in another order, with keys past the cap, repeated and unknown times, late
// earlier arrivals, removals and replacements.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { type ArticlePrint, fingerprintArticle } from '../src/corpus/fingerprint-article.js';
import { MAX_POSTINGS } from '../src/corpus/print-index.js';
import { SqliteCorpusBackend } from '../src/store/sqlite/corpus-tables.js';
import { oldLayoutStore, oldLookupBands, oldLookupFingerprints, putOldPrint } from './corpus-old-layout.js';

const BOILERPLATE =
  'Readers of the Orlen Gazette may send their letters to the editors at the harbour office on any weekday morning.';
const COMMON =
  'The council of Tamsk voted on Monday to close the old ferry pier at Brell for repairs before the winter storms. ' +
  'Councillor Edda Marrow said the work on the pier would take about three months and cost less than planned.';

/** A made-up word per number (so that each page's own sentences share no 5-gram with another page's). */
const word = (i: number) => {
  let w = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
  return `vel${w}`;
};
const own = (i: number, salt = 0) =>
  `The keeper ${word(i)} counted ${word(i + 1000 + salt)} lanterns along the quay of Emberfold while ` +
  `${word(i + 2000 + salt)} kept the ledger of the fishing guild of ${word(i + 3000 + salt)} for the season.`;

/** 150 pages with the boilerplate line; the first 110 also share their body (all their bands); every seventh
 * has no time; the others fall on 40 days, many pages to a day. */
function page(i: number, salt = 0): ArticlePrint {
  const body = i < 110 && salt === 0 ? COMMON : own(i, salt);
  const day = i % 40;
  return fingerprintArticle({
    id: `page-${i}`,
    text: `${body} ${BOILERPLATE}`,
    published: i % 7 === 0 ? null : new Date(Date.UTC(2031, 0, 1 + day)).toISOString(),
  });
}

const PRINTS = Array.from({ length: 150 }, (_, i) => page(i));

/** The lookups compared: the fingerprints and bands of a sixth of the pages and of those removed, three pages' fingerprints at once, and bands of
 * two pages with a key repeated. */
const QUERIES: Array<{ fps: number[]; bands: number[] }> = [
  ...PRINTS.filter((_, i) => i % 6 === 0 || [1, 7, 14, 40, 41, 42, 149].includes(i)).map((p) => ({
    fps: p.sentences.flatMap((s) => s.fps),
    bands: p.bands,
  })),
  {
    fps: [PRINTS[140]!, PRINTS[3]!, PRINTS[120]!].flatMap((p) => p.sentences.flatMap((s) => s.fps)),
    bands: [...PRINTS[130]!.bands, ...PRINTS[0]!.bands, PRINTS[130]!.bands[0]!],
  },
];

async function answersOf(backend: SqliteCorpusBackend) {
  const out = [];
  for (const q of QUERIES)
    out.push({
      fps: [...(await backend.lookupFingerprints(q.fps))],
      bands: await backend.lookupBands(q.bands),
    });
  return out;
}

/** The old statements' answers over an old-layout store holding `prints`. */
function oldAnswers(prints: readonly ArticlePrint[]) {
  const db = new Database(':memory:');
  oldLayoutStore(db);
  for (const p of prints) putOldPrint(db, p);
  const out = QUERIES.map((q) => ({
    fps: [...oldLookupFingerprints(db, q.fps)],
    bands: oldLookupBands(db, q.bands),
  }));
  db.close();
  return out;
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

function shuffled<T>(list: readonly T[], seed: number): T[] {
  let s = seed;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('the fixture has keys past the cap, repeated and unknown times', () => {
  const expected = oldAnswers(PRINTS);
  const boiler = PRINTS[0]!.sentences.at(-1)!.fps[0]!;
  const list = new Map(expected[0]!.fps).get(boiler)!;
  assert.equal(list.length, MAX_POSTINGS);
  assert.ok(list.some((p) => p.time === null) || PRINTS.filter((p) => p.time === null).length > 0);
  assert.ok(new Set(list.map((p) => p.time)).size < list.length, 'several postings share a time');
  assert.equal(expected[0]!.bands.length, MAX_POSTINGS);
  // the pages without a time sort last: past the cap of the boilerplate keys
  assert.ok(!list.some((p) => p.time === null));
});

test('a store in the old layout migrates to FTS5 with the same lookups, in the same order', async () => {
  const db = new Database(':memory:');
  oldLayoutStore(db);
  for (const p of PRINTS) putOldPrint(db, p);
  const before = QUERIES.map((q) => ({
    fps: [...oldLookupFingerprints(db, q.fps)],
    bands: oldLookupBands(db, q.bands),
  }));
  const backend = new SqliteCorpusBackend(db);
  assert.equal(count(db, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'corpus_postings'"), 0);
  assert.ok(count(db, 'SELECT count(*) AS n FROM corpus_fp_capped') >= MAX_POSTINGS);
  assert.ok(count(db, 'SELECT count(*) AS n FROM corpus_band_capped') >= MAX_POSTINGS);
  assert.deepEqual(await answersOf(backend), before);
  // a print removed and put back, one replaced by a changed text, one without a time removed
  await backend.removePrint('page-1');
  assert.deepEqual(await answersOf(backend), oldAnswers(PRINTS.filter((p) => p.id !== 'page-1')));
  await backend.putPrint(PRINTS[1]!);
  assert.deepEqual(await answersOf(backend), before);
  const changed = page(41, 7);
  await backend.putPrint(changed);
  await backend.removePrint('page-14');
  assert.deepEqual(
    await answersOf(backend),
    oldAnswers([...PRINTS.filter((p) => p.id !== 'page-41' && p.id !== 'page-14'), changed]),
  );
  db.close();
});

test('a store written in the FTS5 layout in another order gives the old lookups, before and after the cap', async () => {
  const expected = oldAnswers(PRINTS);
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  // the earliest pages held back: they arrive after the keys are capped (late earlier arrivals)
  const early = new Set([
    'page-1',
    'page-2',
    'page-41',
    'page-42',
    'page-81',
    'page-82',
    'page-40',
    'page-80',
  ]);
  const first = shuffled(
    PRINTS.filter((p) => !early.has(p.id)),
    11,
  );
  for (const p of first) await backend.putPrint(p);
  assert.equal(count(db, 'SELECT count(*) AS n FROM corpus_fp_capped'), 0);
  assert.deepEqual(await answersOf(backend), oldAnswers(first));
  // the lookups found keys past the cap: they read their first MAX_POSTINGS postings from now on
  assert.ok(count(db, 'SELECT count(*) AS n FROM corpus_fp_capped') >= MAX_POSTINGS);
  assert.ok(count(db, 'SELECT count(*) AS n FROM corpus_band_capped') >= MAX_POSTINGS);
  assert.deepEqual(await answersOf(backend), oldAnswers(first));
  for (const p of shuffled(
    PRINTS.filter((p) => early.has(p.id)),
    5,
  ))
    await backend.putPrint(p);
  assert.deepEqual(await answersOf(backend), expected);
  assert.equal(
    count(db, 'SELECT max(n) AS n FROM (SELECT count(*) AS n FROM corpus_fp_capped GROUP BY fp)'),
    MAX_POSTINGS,
  );
  for (const id of ['page-1', 'page-40', 'page-7']) {
    await backend.removePrint(id);
    assert.deepEqual(
      await answersOf(backend),
      oldAnswers(PRINTS.filter((p) => p.id !== id)),
      `without ${id}`,
    );
    await backend.putPrint(PRINTS.find((p) => p.id === id)!);
    assert.deepEqual(await answersOf(backend), expected, `${id} put back`);
  }
  // every print removed: nothing is found, and the capped tables are empty
  for (const p of PRINTS) await backend.removePrint(p.id);
  assert.deepEqual(
    (await answersOf(backend)).filter((a) => a.fps.length || a.bands.length),
    [],
  );
  assert.equal(count(db, 'SELECT count(*) AS n FROM corpus_fp_capped'), 0);
  assert.equal(count(db, 'SELECT count(*) AS n FROM corpus_band_capped'), 0);
  assert.equal(count(db, 'SELECT count(*) AS n FROM corpus_docs'), 0);
  db.close();
});

test('a key past the cap is looked up without reading its documents', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  for (const p of PRINTS) await backend.putPrint(p);
  const boiler = PRINTS[0]!.sentences.at(-1)!.fps;
  await backend.lookupFingerprints(boiler);
  // the documents emptied behind the lookup's back: a capped key's answer does not come from them
  db.exec("INSERT INTO corpus_fp_docs (corpus_fp_docs) VALUES ('delete-all')");
  const found = await backend.lookupFingerprints(boiler);
  assert.equal(found.get(boiler[0]!)?.length, MAX_POSTINGS);
  db.close();
});
