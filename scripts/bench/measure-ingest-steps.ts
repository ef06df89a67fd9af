// CPU of each step `onrecord ingest` takes around analyze() for one article, on one thread, over the bench corpus:
// what the analysis thread adds (fingerprint, text hash, analysis JSON, quote rows, packed print), and what crossing
// to the writing thread costs (v8.serialize / deserialize, as postMessage clones) of the outcome and its parts.
// CPU time of this thread (schedstat), so a busy machine moves the figures less than wall time.
//
//   node dist/scripts/bench/measure-ingest-steps.js [--rounds 3] [--limit 500]
import { openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { analyze } from '../../src/analyze.js';
import { fingerprintArticle } from '../../src/corpus/fingerprint-article.js';
import { prepareSafely } from '../../src/pool/analyze-safely.js';
import { hashArticle } from '../../src/store/hash-article.js';
import { serializeAnalysis } from '../../src/store/serialize-analysis.js';
import { packPrint, unpackPrint } from '../../src/store/sqlite/corpus-tables.js';
import { toQuoteRows } from '../../src/store/to-quote-rows.js';
import { findSharedDir } from '../eval/shared-dir.js';
import { loadBbc, loadReuters, loadSample } from './load-corpus.js';

/** CPU ns of the calling thread, read through one open descriptor (a cheap pread per call); 0 off Linux. */
function threadClock(): () => number {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return () => 0;
  }
  const buf = Buffer.alloc(128);
  return () => {
    const n = readSync(fd, buf, 0, buf.length, 0);
    return Number(buf.toString('latin1', 0, n).split(' ')[0]);
  };
}

function main(args: string[]): void {
  const flag = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const rounds = flag('--rounds', 3);
  const limit = flag('--limit', 500);
  // as in the pool's threads (analysis-pool.ts compileLean)
  setFlagsFromString('--no-turbo-inlining');
  const shared = findSharedDir();
  const articles = [
    ...loadSample(resolve('sample/articles.jsonl')),
    ...(shared ? loadReuters(join(shared, 'datasets', 'reuters21578'), limit) : []),
    ...(shared ? loadBbc(join(shared, 'datasets', 'bbc'), limit) : []),
  ];
  const analyses = articles.map((a) => analyze(a));
  const prints = articles.map((a, i) => fingerprintArticle({ ...a, spin: analyses[i]!.spin }));
  const packed = prints.map(packPrint);
  const outcomes = articles.map((a) => prepareSafely(a, {}, true));
  const cloned = outcomes.map((o) => serialize(o));
  const clonedPrints = prints.map((p) => serialize(p));
  const cpu = threadClock();
  const spent = new Map<string, number>();
  let sink = 0;
  const step = (name: string, fn: (i: number) => number) => {
    const t0 = cpu();
    for (let i = 0; i < articles.length; i++) sink += fn(i);
    spent.set(name, (spent.get(name) ?? 0) + cpu() - t0);
  };
  for (let r = 0; r < rounds; r++) {
    step('analyze()', (i) => analyze(articles[i]!).quotes.length);
    step(
      'fingerprintArticle',
      (i) => fingerprintArticle({ ...articles[i]!, spin: analyses[i]!.spin }).bands.length,
    );
    step('hashArticle', (i) => hashArticle(articles[i]!).length);
    step('serializeAnalysis', (i) => serializeAnalysis(analyses[i]!).length);
    step('toQuoteRows', (i) => toQuoteRows(analyses[i]!).length);
    step('packPrint', (i) => packPrint(prints[i]!).length);
    step('unpackPrint (writer)', (i) => unpackPrint(packed[i]!).sentences.length);
    step('clone outcome: serialize', (i) => serialize(outcomes[i]!).length);
    step('clone outcome: deserialize', (i) => (deserialize(cloned[i]!) as { id: string }).id.length);
    step('clone print object: serialize', (i) => serialize(prints[i]!).length);
    step(
      'clone print object: deserialize',
      (i) => (deserialize(clonedPrints[i]!) as { id: string }).id.length,
    );
  }
  const n = articles.length * rounds;
  process.stdout.write(`${articles.length} articles, ${rounds} rounds, CPU ms per article (this thread)\n`);
  for (const [name, ns] of spent) process.stdout.write(`${name.padEnd(34)}${(ns / 1e6 / n).toFixed(4)}\n`);
  const bytes = (f: (i: number) => number) =>
    Math.round(articles.reduce((s, _, i) => s + f(i), 0) / articles.length);
  process.stdout.write(
    `bytes per article: outcome cloned ${bytes((i) => cloned[i]!.length)}, print object cloned ` +
      `${bytes((i) => clonedPrints[i]!.length)}, packed print ${bytes((i) => packed[i]!.length)} chars\n`,
  );
  if (sink < 0) process.stdout.write('\n'); // keeps the results alive
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
