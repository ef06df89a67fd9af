// Speaker identity across articles at ingest: the roles an article gives a speaker ("Clinton, the former
// secretary of state, said") pick the right one of two known speakers sharing a surname.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { readAppositiveRole } from '../src/store/read-appositive-role.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { Article } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-roles-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const articles: Article[] = [
  {
    id: 'bill',
    date: '2031-03-02',
    source: 'Hill Gazette',
    text: 'Former President Bill Clinton spoke in Tallbrook on Monday. "The bridge must be finished this year," Bill Clinton said.\n\n"The county has waited long enough," said Clinton.',
  },
  {
    id: 'hillary',
    date: '2031-03-03',
    source: 'Valley Courier',
    text: 'Former Secretary of State Hillary Clinton visited Marrow Lake on Tuesday. "We owe the fishermen an answer," Hillary Clinton said.',
  },
  {
    id: 'third',
    date: '2031-03-04',
    source: 'Lowland Post',
    text: 'The harbour plan drew criticism on Wednesday. "This plan ignores the fishermen," Clinton, the former secretary of state, said in a statement.',
  },
];

test('readAppositiveRole reads the role after the name', () => {
  const cases: Array<[string, string | null]> = [
    ['"No," Clinton, the former secretary of state, said.', 'former secretary of state'],
    ['"No," Clinton, a retired judge, said.', 'retired judge'],
    ['"No," Clinton, Vellmark\'s finance minister, said.', "vellmark's finance minister"],
    ['"No," Clinton, Smith and Jones said.', null],
    ['"No," Clinton said.', null],
    ['"No," Clinton, who said so, left.', null],
  ];
  for (const [text, expected] of cases) {
    const start = text.indexOf('Clinton');
    const mention = { start, end: start + 'Clinton'.length, text: 'Clinton' };
    assert.equal(readAppositiveRole(text, mention), expected, text);
  }
});

test('"Clinton, the former secretary of state" joins Hillary Clinton, not Bill', async () => {
  const store = new SqliteStore(join(dir, 'roles.db'));
  await store.init();
  try {
    const analyses = await Promise.all(articles.map((a) => analyze(a)));
    // one article per batch, in order, as an archive arrives
    for (const [i, article] of articles.entries()) {
      const analysis = analyses[i];
      assert.ok(analysis);
      await store.putArticles([{ article, analysis }]);
    }
    const idsOf = async (article: string) =>
      new Set(
        (await store.queryQuotes({ article, limit: 100 })).quotes
          .filter((q) => q.type === 'direct')
          .map((q) => q.speakerId),
      );
    const bill = await idsOf('bill');
    const hillary = await idsOf('hillary');
    const third = await idsOf('third');
    assert.equal(bill.size, 1, 'Bill Clinton and "Clinton" in his article are one speaker');
    assert.equal(hillary.size, 1);
    assert.notDeepEqual([...bill], [...hillary], 'two Clintons stay two');
    assert.deepEqual([...third], [...hillary], 'the former secretary of state is Hillary');
    const speakers = await store.listSpeakers('Clinton');
    assert.equal(speakers.filter((s) => /clinton/i.test(s.name)).length, 2);
  } finally {
    await store.close();
  }
});
