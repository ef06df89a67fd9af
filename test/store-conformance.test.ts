// One conformance suite for every Store: SQLite always; PostgreSQL when ONRECORD_TEST_PG is set (then it must
// answer) or the default test server answers. Each PostgreSQL run uses its own schema and drops it after.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { QuoteQuery, Store } from '../src/store/store.js';
import { FIXTURES, makeStoredArticle, STORED_FIXTURES } from './store-conformance-fixtures.js';
import { findTestPostgres, withSchema } from './store-conformance-postgres.js';

interface Backend {
  name: string;
  skip: string | false;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-store-'));
  return {
    name: 'sqlite',
    skip: false,
    open: async () => {
      const store = new SqliteStore(join(dir, 'test.db'));
      await store.init();
      return store;
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresBackend(): Promise<Backend> {
  const found = await findTestPostgres();
  const schema = `onrecord_test_${process.pid}_${Date.now().toString(36)}`;
  const url = 'url' in found ? withSchema(found.url, schema) : '';
  return {
    name: 'postgres',
    skip: 'skip' in found ? found.skip : false,
    open: async () => {
      const store = new PostgresStore(url);
      await store.init();
      return store;
    },
    cleanup: async () => {
      const store = new PostgresStore(url);
      await store.dropSchema();
      await store.close();
    },
  };
}

const backends = [sqliteBackend(), await postgresBackend()];

const ids = (page: { quotes: Array<{ id: string }> }) => page.quotes.map((q) => q.id);

for (const backend of backends) {
  describe(`store conformance: ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test('init is idempotent', async () => {
      await store.init();
      assert.equal(await store.countArticles(), 0);
    });

    test('put and get', async () => {
      assert.deepEqual(await store.putArticles(STORED_FIXTURES), { stored: 4, unchanged: 0 });
      assert.equal(await store.countArticles(), 4);
      for (const item of STORED_FIXTURES) {
        assert.deepEqual(await store.getArticle(item.article.id), item);
        assert.equal(await store.hasArticle(item.article.id), true);
      }
      assert.equal(await store.getArticle('no-such-article'), null);
      assert.equal(await store.hasArticle('no-such-article'), false);
      assert.equal((await store.queryQuotes({})).total, 8);
    });

    test('re-putting the same articles changes nothing', async () => {
      const before = await store.queryQuotes({ limit: 100 });
      assert.deepEqual(await store.putArticles(STORED_FIXTURES), { stored: 0, unchanged: 4 });
      assert.deepEqual(await store.queryQuotes({ limit: 100 }), before);
      const unchanged = await store.unchangedArticles(
        [
          ...STORED_FIXTURES.map((s) => s.article).filter((a) => a.id !== 'rail-1'),
          { id: 'rail-1', date: '2030-11-02', text: 'edited', source: 'Lakeside Ledger' },
        ],
        1,
      );
      assert.deepEqual([...unchanged].sort(), ['harbour-1', 'harbour-2', 'undated-1']);
      assert.equal((await store.unchangedArticles([STORED_FIXTURES[0]!.article], 2)).size, 0);
    });

    test('quotes by speaker, text, date, outlet and type', async () => {
      const cases: Array<[QuoteQuery, string[]]> = [
        [
          { speaker: 'Tomas Brandt' },
          ['harbour-2:117-136:indirect', 'rail-1:1-21:direct', 'rail-1:44-71:direct'],
        ],
        [
          { speaker: 'tomas brandt' },
          ['harbour-2:117-136:indirect', 'rail-1:1-21:direct', 'rail-1:44-71:direct'],
        ],
        [{ speaker: 'Kowal' }, ['harbour-1:1-34:direct', 'harbour-1:67-93:direct', 'harbour-2:45-78:direct']],
        [{ speaker: 'an official' }, ['harbour-1:126-146:indirect']],
        [{ speaker: 'Nobody Known' }, []],
        [{ q: 'harbour' }, ['harbour-1:1-34:direct', 'harbour-2:45-78:direct']],
        [{ q: 'reopens harbour' }, ['harbour-1:1-34:direct', 'harbour-2:45-78:direct']],
        [{ q: '"empty train"' }, ['rail-1:44-71:direct']],
        [{ q: 'Brandt' }, ['harbour-2:117-136:indirect', 'rail-1:1-21:direct', 'rail-1:44-71:direct']],
        [{ q: 'fishermen (' }, ['harbour-1:67-93:direct']],
        [{ q: 'fishermen -harbour' }, []],
        [{ from: '2031-02-01', to: '2031-02-28' }, ['harbour-2:45-78:direct']],
        [{ from: '2031-03-13', to: '2031-03-14' }, ['harbour-1:1-34:direct', 'harbour-1:126-146:indirect']],
        [{ to: '2030' }, ['rail-1:1-21:direct', 'rail-1:44-71:direct']],
        [
          { from: '2031-03', to: '2031-03' },
          [
            'harbour-1:1-34:direct',
            'harbour-1:126-146:indirect',
            'harbour-1:67-93:direct',
            'harbour-2:117-136:indirect',
          ],
        ],
        [{ outlet: 'lakeside ledger', type: 'indirect' }, ['harbour-1:126-146:indirect']],
        [{ type: 'indirect' }, ['harbour-1:126-146:indirect', 'harbour-2:117-136:indirect']],
        [{ article: 'undated-1' }, ['undated-1:1-33:direct']],
        [{ speaker: 'Tomas Brandt', from: '2031-01-01' }, ['harbour-2:117-136:indirect']],
      ];
      for (const [query, expected] of cases) {
        const page = await store.queryQuotes({ ...query, limit: 100 });
        assert.deepEqual(ids(page).sort(), expected, JSON.stringify(query));
        assert.equal(page.total, expected.length, `total of ${JSON.stringify(query)}`);
      }
    });

    test('a named speaker query also finds the fuller name', async () => {
      const page = await store.queryQuotes({ speaker: 'Marta Kowal', limit: 100 });
      const found = new Set(ids(page));
      assert.ok(found.has('harbour-1:1-34:direct') && found.has('harbour-1:67-93:direct'));
      for (const q of page.quotes) assert.match(q.speaker ?? '', /Kowal/);
    });

    test('stored quotes carry the record, article and speaker fields', async () => {
      const page = await store.queryQuotes({ q: 'fishermen' });
      assert.equal(page.quotes.length, 1);
      const quote = page.quotes[0]!;
      assert.equal(typeof quote.speakerId, 'string');
      assert.deepEqual(
        { ...quote, speakerId: null },
        {
          id: 'harbour-1:67-93:direct',
          article: 'harbour-1',
          type: 'direct',
          content: 'We owe it to the fishermen',
          start: 67,
          end: 93,
          speaker: 'Marta Kowal',
          mention: 'Marta Kowal',
          mentionStart: 42,
          mentionEnd: 53,
          cue: null,
          cueStart: null,
          cueEnd: null,
          when: '2031-03-12',
          published: '2031-03-14',
          speakerId: null,
          clusterId: null,
          articleTitle: 'Harbour plan approved',
          url: 'https://news.example/harbour-1',
          outlet: 'Lakeside Ledger',
        },
      );
      const official = await store.queryQuotes({ speaker: 'an official' });
      assert.equal(official.quotes[0]?.speaker, 'an official');
      assert.equal(
        (await store.queryQuotes({ q: 'ferries' })).quotes[0]?.speakerId,
        null,
        'no source, no speaker id',
      );
    });

    test('quotes come newest first and pages are stable under inserts', async () => {
      const all = ids(await store.queryQuotes({ limit: 100 }));
      assert.equal(all.length, 8);
      assert.equal(all[all.length - 1], 'undated-1:1-33:direct', 'undated quotes sort last');
      assert.equal(all[0], 'harbour-2:117-136:indirect');
      const paged: string[] = [];
      let page = await store.queryQuotes({ limit: 3 });
      assert.equal(page.total, 8);
      paged.push(...ids(page));
      const first = [...paged];
      // New quotes sorting before and after the cursor arrive between two page reads.
      await store.putArticles([
        makeStoredArticle({
          id: 'late-1',
          date: '2032-01-01',
          source: 'Hill Gazette',
          text: '"Later news," said Ina Vos.',
          quotes: [{ content: 'Later news', speaker: 'Ina Vos' }],
        }),
        makeStoredArticle({
          id: 'old-1',
          date: '2001-01-01',
          source: 'Hill Gazette',
          text: '"Old news," said Ina Vos.',
          quotes: [{ content: 'Old news', speaker: 'Ina Vos' }],
        }),
      ]);
      while (page.next) {
        page = await store.queryQuotes({ limit: 3, cursor: page.next });
        paged.push(...ids(page));
      }
      assert.equal(new Set(paged).size, paged.length, 'no quote twice');
      assert.deepEqual(
        paged.filter((id) => all.includes(id)),
        all,
        'every earlier quote, in order',
      );
      assert.ok(paged.includes('old-1:1-9:direct') && !paged.includes('late-1:1-11:direct'));
      assert.deepEqual(first, all.slice(0, 3));
      await assert.rejects(store.queryQuotes({ cursor: 'not-a-cursor' }), /invalid cursor/);
      await assert.rejects(store.queryQuotes({ from: '2031-13-45x' }), /invalid from date/);
    });

    test('speakers list and detail timeline', async () => {
      const speakers = await store.listSpeakers();
      const brandt = speakers.find((s) => s.name === 'Tomas Brandt');
      assert.ok(brandt, 'Tomas Brandt is listed');
      assert.deepEqual(
        { ...brandt, id: '' },
        {
          id: '',
          name: 'Tomas Brandt',
          aliases: ['Tomas Brandt'],
          quoteCount: 3,
          articleCount: 2,
          first: '2030-10-29',
          last: '2031-03-15',
        },
      );
      const counts = speakers.map((s) => s.quoteCount);
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
        'most quoted first',
      );
      assert.deepEqual(
        (await store.listSpeakers('brandt')).map((s) => s.name),
        ['Tomas Brandt'],
      );
      assert.deepEqual(await store.listSpeakers('zzz'), []);
      const detail = await store.getSpeaker(brandt.id);
      assert.deepEqual(detail?.timeline, [
        { period: '2030-10', count: 1 },
        { period: '2030-11', count: 1 },
        { period: '2031-03', count: 1 },
      ]);
      assert.equal(await store.getSpeaker('speaker:nobody'), null);
      const byId = await store.queryQuotes({ speakerId: brandt.id, limit: 100 });
      assert.equal(byId.total, 3);
    });

    test('a changed article replaces its quotes; a new analysis version re-stores it', async () => {
      const changed = makeStoredArticle({
        ...FIXTURES[1]!,
        text: 'Mayor Kowal told reporters that "the harbour will reopen in autumn".',
        quotes: [{ content: 'the harbour will reopen in autumn', speaker: 'Kowal' }],
      });
      assert.deepEqual(await store.putArticles([changed]), { stored: 1, unchanged: 0 });
      assert.deepEqual(await store.getArticle('harbour-2'), changed);
      assert.deepEqual(ids(await store.queryQuotes({ article: 'harbour-2' })), ['harbour-2:33-66:direct']);
      assert.equal((await store.queryQuotes({ q: 'rushed' })).total, 0);
      assert.equal((await store.queryQuotes({ q: 'autumn' })).total, 1);
      const brandt = (await store.listSpeakers('Brandt'))[0];
      assert.equal(brandt?.quoteCount, 2);
      const v2 = makeStoredArticle(FIXTURES[2]!, 2);
      assert.deepEqual(await store.putArticles([v2, changed]), { stored: 1, unchanged: 1 });
      assert.equal((await store.getArticle('rail-1'))?.analysis.version, 2);
    });

    test('the same id twice in one batch: the later copy wins and counts once', async () => {
      const first = makeStoredArticle({
        id: 'twice-1',
        date: '2031-07-01',
        text: '"One," said Ina Vos.',
        quotes: [{ content: 'One', speaker: 'Ina Vos' }],
      });
      const unchanged = makeStoredArticle(FIXTURES[3]!);
      const later = makeStoredArticle({
        id: 'twice-1',
        date: '2031-07-01',
        text: '"Two," said Ina Vos.',
        quotes: [{ content: 'Two', speaker: 'Ina Vos' }],
      });
      assert.deepEqual(await store.putArticles([first, unchanged, later]), { stored: 1, unchanged: 1 });
      assert.deepEqual(await store.getArticle('twice-1'), later);
      // A changed copy followed by one equal to what is stored: the stored one stays.
      assert.deepEqual(await store.putArticles([first, later]), { stored: 0, unchanged: 1 });
      assert.deepEqual(await store.getArticle('twice-1'), later);
    });

    test('a failing batch stores nothing and loses nothing', async () => {
      const count = await store.countArticles();
      const quotes = (await store.queryQuotes({})).total;
      const good = makeStoredArticle({
        id: 'new-1',
        date: '2031-05-01',
        text: '"Fine," said Ina Vos.',
        quotes: [{ content: 'Fine', speaker: 'Ina Vos' }],
      });
      const bad = { ...makeStoredArticle(FIXTURES[0]!), article: { ...FIXTURES[0]!, id: 'other-id' } };
      const changedGood = makeStoredArticle({ ...FIXTURES[0]!, text: `${FIXTURES[0]!.text} More.` });
      await assert.rejects(store.putArticles([good, changedGood, bad]), /other-id/);
      assert.equal(await store.hasArticle('new-1'), false);
      assert.equal(await store.countArticles(), count);
      assert.equal((await store.queryQuotes({})).total, quotes);
      assert.deepEqual(await store.getArticle('harbour-1'), STORED_FIXTURES[0]);
    });

    test('close', async () => {
      await store.close();
      await assert.rejects(store.countArticles());
      store = await backend.open();
      assert.ok((await store.countArticles()) > 0, 'data survives reopening');
    });
  });
}
