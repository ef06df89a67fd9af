import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuoteReport } from '../src/corpus/cluster-types.js';
import { Corpus } from '../src/corpus/corpus.js';
import { toQuoteWords } from '../src/corpus/quote-words.js';
import { linkContained } from '../src/corpus/rules/link-contained.js';
import { linkSameText } from '../src/corpus/rules/link-same-text.js';
import { linkSharedRun } from '../src/corpus/rules/link-shared-run.js';
import { linkSmallEdit } from '../src/corpus/rules/link-small-edit.js';

const w = toQuoteWords;

test('link rules', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Storms can come from anywhere.', 'storms can come from ANYWHERE', 'cluster/same-text'],
    [
      'Storms can come from anywhere',
      'Storms can come from anywhere. They can come from the north, even from the sea.',
      'cluster/contained',
    ],
    [
      'even from the sea, as we say, on to the harbour',
      'They can come from the north, even from the sea, as we say, on to the harbour wall',
      'cluster/contained',
    ],
    [
      'we will rebuild the pier, as we say, for the people of the island',
      'They know we will rebuild the pier, as we say, before winter',
      'cluster/shared-run',
    ],
    ['Storms can come from everywhere', 'Storms can come from anywhere', 'cluster/small-edit'],
    ['We have no plans', 'We have no comment on the ferry', null],
    ['Yes', 'Yes', 'cluster/same-text'],
    ['The pier will close', 'The comet will rise before dawn', null],
  ];
  const rules = [linkSameText, linkContained, linkSharedRun, linkSmallEdit];
  for (const [a, b, want] of cases) {
    const got = rules.map((r) => r(w(a), w(b))).find((x) => x !== null) ?? null;
    assert.equal(got, want, `${a} | ${b}`);
  }
});

function report(
  article: string,
  time: string,
  speaker: string,
  content: string,
  outlet = article,
): QuoteReport {
  return {
    quoteId: `${article}:0-${content.length}:direct`,
    article,
    outlet,
    time,
    speaker,
    speakerId: null,
    content,
    type: 'direct',
  };
}

const REPORTS: QuoteReport[] = [
  report(
    'herald',
    '2031-05-02T09:00:00Z',
    'Mara Quill',
    'Storms can come from anywhere. They can come from the north, even from the sea.',
  ),
  report('gazette', '2031-05-02T11:30:00Z', 'Quill', 'Storms can come from everywhere'),
  report('courier', '2031-05-02T08:15:00Z', 'Mara Quill', 'Storms can come from anywhere'),
  report(
    'post',
    '2031-05-03T07:00:00Z',
    'Mara Quill',
    'They can come from the north, even from the sea, as we say, on to the harbour wall.',
  ),
  report('post', '2031-05-03T07:00:00Z', 'Mara Quill', 'The ferry terminal will close in December.'),
  report('bulletin', '2031-05-04T10:00:00Z', 'Tomas Brell', 'Storms can come from anywhere'),
];

async function clustersAfter(order: number[]) {
  const corpus = new Corpus();
  for (const i of order) {
    const r = REPORTS[i]!;
    await corpus.addArticle(
      { id: `${r.article}-${i}`, date: r.time, published: r.time, text: `Article ${i} about the harbour.` },
      [{ ...r, article: `${r.article}-${i}` }],
    );
  }
  return corpus;
}

test('one utterance forms one cluster with its variants and first report', async () => {
  const corpus = await clustersAfter([0, 1, 2, 3, 4, 5]);
  const all = await corpus.clusters();
  const quill = all.filter((c) => c.speakerKey === 'name:quill');
  assert.equal(quill.length, 2);
  const storms = quill.find((c) => c.reports.length === 4)!;
  assert.equal(storms.firstReport?.article, 'courier-2');
  assert.equal(storms.speaker, 'Mara Quill');
  assert.equal(storms.outlets, 4);
  assert.equal(storms.spreadHours, 22.8);
  assert.equal(storms.variants.length, 4);
  assert.deepEqual(
    storms.reports.map((r) => r.article),
    ['courier-2', 'herald-0', 'gazette-1', 'post-3'],
  );
  const brell = all.find((c) => c.speakerKey === 'name:brell')!;
  assert.equal(brell.reports.length, 1);
  const full = (await corpus.cluster(storms.id))!;
  assert.deepEqual(full.alsoAttributedTo, [{ clusterId: brell.id, speaker: 'Tomas Brell' }]);
  assert.equal((await corpus.clusters({ speaker: 'Tomas Brell' })).length, 1);
});

test('clusters and first reports do not depend on arrival order', async () => {
  const summary = async (order: number[]) =>
    (await (await clustersAfter(order)).clusters()).map((c) => ({
      id: c.id,
      first: c.firstReport?.quoteId,
      reports: c.reports.map((r) => r.quoteId),
    }));
  const baseline = await summary([0, 1, 2, 3, 4, 5]);
  // every rotation and reversal, and the earliest report arriving last
  const orders = [
    [5, 4, 3, 2, 1, 0],
    [1, 3, 5, 0, 4, 2],
    [0, 1, 3, 4, 5, 2],
    [4, 5, 0, 1, 2, 3],
    [2, 0, 1, 5, 3, 4],
  ];
  for (const order of orders) assert.deepEqual(await summary(order), baseline, order.join(','));
});

test('a copy is not an independent first report', async () => {
  const corpus = new Corpus();
  const text =
    'Councillor Mara Quill spoke at the harbour on Tuesday about the ferry terminal and the storms. "Storms can come from anywhere," she said. The council meets again next week to vote on the closure plan.';
  await corpus.addArticle({ id: 'wire', date: '2031-05-02', text }, [
    report('wire', '2031-05-02', 'Mara Quill', 'Storms can come from anywhere'),
  ]);
  await corpus.addArticle({ id: 'repost', date: '2031-05-01', text }, [
    report('repost', '2031-05-01', 'Mara Quill', 'Storms can come from anywhere'),
  ]);
  await corpus.addArticle(
    {
      id: 'other',
      date: '2031-05-03',
      text: 'A different story entirely, about Quill and the ferry vote that is due.',
    },
    [report('other', '2031-05-03', 'Mara Quill', 'Storms can come from anywhere')],
  );
  const [c] = await corpus.clusters();
  // the earlier-dated repost is the original by date; the later wire copy does not count
  assert.equal(c?.firstReport?.article, 'repost');
  assert.equal(c?.independentReports, 2);
  assert.equal(c?.reports.find((r) => r.article === 'wire')?.copyOf, 'repost');
});
