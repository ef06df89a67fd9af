import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareWrite } from '../store/prepare-article.js';
import { packPrint } from '../store/sqlite/corpus-tables.js';
import type { Article } from '../types.js';
import { createAnalysisPool } from './analysis-pool.js';
import { outcomePrint } from './analyze-safely.js';

const ARTICLES: Article[] = [
  {
    id: 'p1',
    date: '2031-04-11',
    source: 'Valley Courier',
    text: '"The bridge opens on Friday," said Ina Vos, the transport minister.',
  },
  {
    id: 'p2',
    date: '2031-04-12',
    text: 'Tomas Brandt said last week that the budget was tight.\n\n"We will cut nothing," he added.',
  },
  { id: 'p3', date: null, text: 'No quotes here at all.' },
  { id: 'p4', date: '2031-01-02', text: '« Nous resterons », a déclaré Marta Kowal.' },
];

test('two worker threads give exactly what one thread gives, in order', async () => {
  const inline = createAnalysisPool({ workers: 0 });
  const threads = createAnalysisPool({ workers: 2 });
  try {
    const one = await inline.analyze(ARTICLES);
    const [a, b] = await Promise.all([
      threads.analyze(ARTICLES.slice(0, 2)),
      threads.analyze(ARTICLES.slice(2)),
    ]);
    assert.deepEqual([...(a ?? []), ...(b ?? [])], one);
    assert.deepEqual(
      one.map((o) => o.id),
      ['p1', 'p2', 'p3', 'p4'],
    );
    assert.deepEqual(await threads.analyze([]), []);
  } finally {
    await inline.close();
    await threads.close();
  }
});

test('an article the analysis cannot take is an error outcome, not a failed batch', async () => {
  const pool = createAnalysisPool({ workers: 0 });
  const bad = { id: 'bad', date: '2031-01-01', text: null } as unknown as Article;
  const outcomes = await pool.analyze([ARTICLES[0]!, bad, ARTICLES[2]!]);
  assert.deepEqual(
    outcomes.map((o) => ('error' in o ? `error:${o.id}` : o.id)),
    ['p1', 'error:bad', 'p3'],
  );
  await pool.close();
});

test('prepared writes from two threads are what one thread prepares from its own analysis', async () => {
  const inline = createAnalysisPool({ workers: 0, prints: true });
  const threads = createAnalysisPool({ workers: 2, prints: true });
  try {
    const analyzed = await inline.analyze(ARTICLES);
    const expected = analyzed.map((o, i) =>
      'error' in o
        ? o
        : {
            id: o.id,
            write: prepareWrite({ article: ARTICLES[i]!, analysis: o.analysis }),
            ...(o.print ? { packedPrint: packPrint(o.print) } : {}),
          },
    );
    const prepared = await inline.prepare(ARTICLES);
    assert.deepEqual(prepared, expected);
    // the print crosses threads packed: read back, it is the print the analysis made
    assert.deepEqual(
      prepared.map((o) => outcomePrint(o).print),
      analyzed.map((o) => ('error' in o ? undefined : o.print)),
    );
    const [a, b] = await Promise.all([
      threads.prepare(ARTICLES.slice(0, 3)),
      threads.prepare(ARTICLES.slice(3)),
    ]);
    assert.deepEqual([...(a ?? []), ...(b ?? [])], expected);
  } finally {
    await inline.close();
    await threads.close();
  }
});
