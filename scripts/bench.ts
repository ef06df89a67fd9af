// npm run bench [-- --json] [--big] [--limit N] [--store N] [--compromise N] [--queries N] [--no-pg] [--pg URL]
//   [--pg-store]
// --limit: articles per dataset (default 500); --store: articles in the query store (default 10k, --big 100k);
// --pg-store: build the query store in PostgreSQL too and time its queries.
// Benchmarks (not tests) on real news text: the bundled sample plus Reuters-21578 and BBC from ../shared when
// present. Every ratio is measured within this one run on the same articles. See BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../src/analyze.js';
import { openStore } from '../src/store/open-store.js';
import type { Store, StoredArticle } from '../src/store/store.js';
import type { Article } from '../src/types.js';
import { extractWithCompromise } from './bench/compromise-extractor.js';
import { loadBbc, loadReuters, loadSample, paragraphsOf } from './bench/load-corpus.js';
import { machineInfo, peakRssMb } from './bench/machine-info.js';
import {
  dropPostgresSchema,
  ingestArticles,
  type Latency,
  measureWrites,
  postgresBytes,
  type RateRun,
  sqliteBytes,
} from './bench/measure-store.js';
import { measurePool, type PoolRun, scalingBound } from './bench/measure-workers.js';
import { percentile, ratio } from './bench/percentile.js';
import { analyzeParagraphs, fillStore, measureQueries, type QueryRun } from './bench/query-store.js';
import { STAGES, timeStages } from './bench/time-stages.js';
import { createWinkTagger } from './bench/wink-baseline.js';
import { findSharedDir } from './eval/shared-dir.js';

interface Flags {
  json: boolean;
  limit: number;
  storeSize: number;
  pg: string | null;
  compromiseArticles: number;
  queries: number;
  /** Also build the query store in PostgreSQL and time its queries. */
  pgStore: boolean;
}

function readFlags(args: string[]): Flags {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench: ${name} wants a positive integer, got '${v}'`);
    return n;
  };
  const big = args.includes('--big');
  return {
    json: args.includes('--json'),
    limit: num('--limit', 500),
    storeSize: num('--store', big ? 100_000 : 10_000),
    pg: args.includes('--no-pg')
      ? null
      : (value('--pg') ?? process.env.ONRECORD_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test'),
    compromiseArticles: num('--compromise', 300),
    queries: num('--queries', 200),
    pgStore: args.includes('--pg-store'),
  };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const perSecond = (n: number, ms: number) => (ms > 0 ? (n / ms) * 1000 : 0);
const round = (x: number | null, digits = 1) =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

/** Every k-th article, so a subset mixes all corpora. */
function spread(articles: Article[], n: number): number[] {
  if (articles.length <= n) return articles.map((_, i) => i);
  const step = articles.length / n;
  return Array.from({ length: n }, (_, i) => Math.floor(i * step));
}

function table(rows: Array<[string, string]>): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

async function openPostgres(url: string, schema: string): Promise<Store | null> {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  try {
    await dropPostgresSchema(url, schema);
    return await openStore(u.toString());
  } catch (e) {
    log(`PostgreSQL at ${url} not usable (${(e as Error).message}); skipped`);
    return null;
  }
}

/** Runs one benchmark section; a failure is reported and leaves that section's figures null. */
async function attempt<T>(name: string, errors: string[], fn: () => Promise<T> | T): Promise<T | null> {
  log(name);
  try {
    return await fn();
  } catch (e) {
    const msg = `${name}: ${e instanceof Error ? e.message : String(e)}`;
    errors.push(msg);
    log(`FAILED ${msg}`);
    return null;
  }
}

async function main(): Promise<number> {
  const flags = readFlags(process.argv.slice(2));
  const machine = machineInfo();
  const errors: string[] = [];
  const shared = findSharedDir();
  const corpora: Record<string, Article[]> = { sample: loadSample(resolve('sample/articles.jsonl')) };
  if (shared) {
    corpora.reuters = loadReuters(join(shared, 'datasets', 'reuters21578'), flags.limit);
    corpora.bbc = loadBbc(join(shared, 'datasets', 'bbc'), flags.limit);
  } else log('../shared not found: the sample only');
  const articles = Object.values(corpora).flat();
  const chars = sum(articles.map((a) => a.text.length));
  const corpusLine = `${Object.entries(corpora)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ')}`;
  log(`corpus: ${corpusLine} (${articles.length} articles)`);

  // bare wink-nlp tokenize + POS: also gives the token count every tokens/s figure uses
  const tag = createWinkTagger();
  const subset = spread(articles, flags.compromiseArticles);
  const inSubset = new Set(subset);

  // our pipeline stage by stage (its own pass), then end to end through analyze(), with bare wink-nlp and the
  // compromise extractor timed on each article right beside it, so a load change on the machine hits all alike
  // one untimed pass first: a 10-article warm-up left most of the JIT compiling (several seconds of it,
  // in the big functions of whichever stage ran them) inside the timed pass
  const stageMs = await attempt('stages', errors, () => {
    timeStages(articles);
    return timeStages(articles);
  });
  const side = await attempt('end to end, wink-nlp and compromise side by side', errors, () => {
    for (const a of articles.slice(0, 10)) {
      tag(a.text);
      analyze(a);
      extractWithCompromise(a.text);
    }
    const winkMs: number[] = [];
    const oursMs: number[] = [];
    const compMs: number[] = [];
    let tokens = 0;
    let quotes = 0;
    let compQuotes = 0;
    articles.forEach((a, i) => {
      let t0 = performance.now();
      tokens += tag(a.text);
      winkMs.push(performance.now() - t0);
      t0 = performance.now();
      quotes += analyze(a).quotes.length;
      oursMs.push(performance.now() - t0);
      if (inSubset.has(i)) {
        t0 = performance.now();
        compQuotes += extractWithCompromise(a.text).length;
        compMs.push(performance.now() - t0);
      }
    });
    return { winkMs, oursMs, compMs, tokens, quotes, compQuotes };
  });
  const tokens = side?.tokens ?? 0;
  const winkMs = side ? sum(side.winkMs) : null;
  const oursMs = side ? sum(side.oursMs) : null;
  const oursOnSubset = side ? sum(subset.map((i) => side.oursMs[i] ?? 0)) : null;
  const compMs = side ? sum(side.compMs) : null;

  // 1 vs 2 workers, interleaved (1, 2, 1, 2); the better of the two runs of each counts. Each run times a fresh
  // pool's first pass (cold) and, after each thread has analyzed the corpus about twice, one more (warm).
  type Runs = { one: number[]; two: number[] };
  const runs: Runs & { errors: number } = { one: [], two: [], errors: 0 };
  const warmRuns: Runs = { one: [], two: [] };
  // the fastest warm pass of each, for the scaling its CPU split allows on an idle machine
  const bestWarm: { one: PoolRun | null; two: PoolRun | null } = { one: null, two: null };
  await attempt('pool, 1 and 2 workers', errors, async () => {
    for (let round = 0; round < 2; round++) {
      for (const workers of [1, 2]) {
        const { cold, warm } = await measurePool(articles, workers);
        (workers === 1 ? runs.one : runs.two).push(cold.articlesPerSecond);
        (workers === 1 ? warmRuns.one : warmRuns.two).push(warm.articlesPerSecond);
        const key = workers === 1 ? 'one' : 'two';
        if (!bestWarm[key] || warm.articlesPerSecond > bestWarm[key].articlesPerSecond) bestWarm[key] = warm;
        runs.errors += cold.errors + warm.errors;
      }
    }
  });
  const best = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
  const one = best(runs.one);
  const two = best(runs.two);
  const warmOne = best(warmRuns.one);
  const warmTwo = best(warmRuns.two);

  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const items: StoredArticle[] = [];
  let sqliteIngest: RateRun | null = null;
  let sqliteWrites: RateRun | null = null;
  let sqliteSize: number | null = null;
  let pgIngest: RateRun | null = null;
  let pgWrites: RateRun | null = null;
  let pgSize: number | null = null;
  let bigBuild: RateRun | null = null;
  let paragraphSeconds: number | null = null;
  let pgFillMs: number | null = null;
  let pgQueries: QueryRun | null = null;
  let bigCount: number | null = null;
  let bigSize: number | null = null;
  let search: Latency | null = null;
  let timeline: Latency | null = null;
  try {
    sqliteIngest = await attempt('SQLite ingest', errors, async () => {
      const path = join(dir, 'ingest.db');
      const store = await openStore(path);
      try {
        return await ingestArticles(store, articles, 2, 50, (batch) => {
          items.push(...batch);
        });
      } finally {
        await store.close();
        sqliteSize = sqliteBytes(path);
      }
    });
    if (items.length) {
      sqliteWrites = await attempt('SQLite writes', errors, async () => {
        const store = await openStore(join(dir, 'writes.db'));
        try {
          return await measureWrites(store, items);
        } finally {
          await store.close();
        }
      });
    }
    const pg = flags.pg;
    if (pg) {
      pgIngest = await attempt('PostgreSQL ingest', errors, async () => {
        const store = await openPostgres(pg, 'onrecord_bench');
        if (!store) return null;
        try {
          return await ingestArticles(store, articles, 2, 50);
        } finally {
          await store.close();
          pgSize = await postgresBytes(pg, 'onrecord_bench');
          await dropPostgresSchema(pg, 'onrecord_bench');
        }
      });
      if (items.length && pgIngest) {
        pgWrites = await attempt('PostgreSQL writes', errors, async () => {
          const store = await openPostgres(pg, 'onrecord_bench_w');
          if (!store) return null;
          try {
            return await measureWrites(store, items);
          } finally {
            await store.close();
            await dropPostgresSchema(pg, 'onrecord_bench_w');
          }
        });
      }
    }
    items.length = 0;

    // a large store recombined from the corpus's real paragraphs, each analyzed once (compose-analysis.ts)
    await attempt(`store of ${flags.storeSize} recombined articles, queries`, errors, async () => {
      const t0 = performance.now();
      const pieces = await analyzeParagraphs(paragraphsOf(articles).slice(0, 6000), 2);
      paragraphSeconds = (performance.now() - t0) / 1000;
      const path = join(dir, 'big.db');
      const big = await openStore(path);
      try {
        bigBuild = {
          articles: flags.storeSize,
          ms: await fillStore(big, pieces, flags.storeSize),
          articlesPerSecond: 0,
          errors: 0,
        };
        const run = await measureQueries(big, pieces, flags.queries);
        bigCount = run.articles;
        search = run.search;
        timeline = run.timeline;
      } finally {
        await big.close();
        bigSize = sqliteBytes(path);
      }
      const pg = flags.pgStore ? flags.pg : null;
      if (pg) {
        const store = await openPostgres(pg, 'onrecord_bench_q');
        if (!store) return;
        try {
          pgFillMs = await fillStore(store, pieces, flags.storeSize);
          pgQueries = await measureQueries(store, pieces, flags.queries);
        } finally {
          await store.close();
          await dropPostgresSchema(pg, 'onrecord_bench_q');
        }
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const stageTotal = stageMs ? sum(STAGES.map((x) => stageMs[x])) : 0;
  const stageRows = stageMs
    ? STAGES.map((s) => ({
        stage: s,
        ms: round(stageMs[s], 1),
        share: round((stageMs[s] / Math.max(1e-9, stageTotal)) * 100, 1),
        articlesPerSecond: round(perSecond(articles.length, stageMs[s]), 0),
        tokensPerSecond: round(perSecond(tokens, stageMs[s]), 0),
      }))
    : [];
  const s = search as Latency | null;
  const pq = pgQueries as QueryRun | null;
  const t = timeline as Latency | null;
  const searchP95 = s ? percentile(s.ms, 95) : null;
  const timelineP95 = t ? percentile(t.ms, 95) : null;
  const mb = (bytes: number | null, n: number) =>
    bytes === null ? null : round((bytes / 2 ** 20 / n) * 1000, 2);
  const oursRate = oursMs === null ? null : perSecond(articles.length, oursMs);
  const result = {
    machine,
    loadAverageAtEnd: round(loadavg()[0] ?? 0, 2),
    date: new Date().toISOString(),
    corpus: {
      ...Object.fromEntries(Object.entries(corpora).map(([k, v]) => [k, v.length])),
      articles: articles.length,
      tokens,
      chars,
      quotes: side?.quotes ?? null,
    },
    articlesPerSecond: round(oursRate, 1),
    tokensPerSecond: oursMs === null ? null : round(perSecond(tokens, oursMs), 0),
    stages: stageRows,
    winkArticlesPerSecond: winkMs === null ? null : round(perSecond(articles.length, winkMs), 1),
    winkTokensPerSecond: winkMs === null ? null : round(perSecond(tokens, winkMs), 0),
    tokenizerRatio: winkMs === null ? null : round(ratio(oursRate, perSecond(articles.length, winkMs)), 3),
    compromiseArticles: subset.length,
    compromiseArticlesPerSecond: compMs === null ? null : round(perSecond(subset.length, compMs), 1),
    compromiseQuotes: side?.compQuotes ?? null,
    compromiseRatio:
      compMs !== null && oursOnSubset !== null
        ? round(ratio(perSecond(subset.length, oursOnSubset), perSecond(subset.length, compMs)), 2)
        : null,
    workers1PerSecond: round(one, 1),
    workers2PerSecond: round(two, 1),
    workerRuns: { one: runs.one.map((x) => round(x, 1)), two: runs.two.map((x) => round(x, 1)) },
    workerScaling: round(ratio(two, one), 3),
    warmWorkers1PerSecond: round(warmOne, 1),
    warmWorkers2PerSecond: round(warmTwo, 1),
    warmWorkerRuns: {
      one: warmRuns.one.map((x) => round(x, 1)),
      two: warmRuns.two.map((x) => round(x, 1)),
    },
    warmWorkerScaling: round(ratio(warmTwo, warmOne), 3),
    // what the warm passes' CPU split (pool threads, V8 helper threads, main) allows on an idle machine
    warmWorkerScalingCpuBound:
      bestWarm.one && bestWarm.two ? round(scalingBound(bestWarm.one, bestWarm.two, cpus().length), 3) : null,
    ingestSqlitePerSecond: round((sqliteIngest as RateRun | null)?.articlesPerSecond ?? null, 1),
    ingestSqliteWritesPerSecond: round((sqliteWrites as RateRun | null)?.articlesPerSecond ?? null, 1),
    sqliteMbPer1kArticles: mb(sqliteSize, articles.length),
    ingestPostgresPerSecond: round((pgIngest as RateRun | null)?.articlesPerSecond ?? null, 1),
    ingestPostgresWritesPerSecond: round((pgWrites as RateRun | null)?.articlesPerSecond ?? null, 1),
    postgresMbPer1kArticles: mb(pgSize, articles.length),
    storeArticles: bigCount,
    storeParagraphsAnalyzedSeconds: round(paragraphSeconds as number | null, 1),
    storeBuildSeconds: round(
      ((bigBuild as RateRun | null)?.ms ?? null) === null
        ? null
        : ((bigBuild as RateRun | null)?.ms ?? 0) / 1000,
      1,
    ),
    storeMb: bigSize === null ? null : round(bigSize / 2 ** 20, 1),
    searchP50Ms: round(s ? percentile(s.ms, 50) : null, 2),
    searchP95Ms: round(searchP95, 2),
    timelineP50Ms: round(t ? percentile(t.ms, 50) : null, 2),
    timelineP95Ms: round(timelineP95, 2),
    searchQueries: s?.queries ?? null,
    searchHits: s?.hits ?? null,
    timelineQueries: t?.queries ?? null,
    timelineHits: t?.hits ?? null,
    queryP95Ms:
      searchP95 === null && timelineP95 === null
        ? null
        : round(Math.max(searchP95 ?? 0, timelineP95 ?? 0), 2),
    analysisErrors:
      runs.errors +
      ((sqliteIngest as RateRun | null)?.errors ?? 0) +
      ((bigBuild as RateRun | null)?.errors ?? 0),
    postgresStoreWriteSeconds: round(pgFillMs === null ? null : (pgFillMs as number) / 1000, 1),
    postgresSearchP50Ms: round(pq ? percentile(pq.search.ms, 50) : null, 2),
    postgresSearchP95Ms: round(pq ? percentile(pq.search.ms, 95) : null, 2),
    postgresTimelineP50Ms: round(pq ? percentile(pq.timeline.ms, 50) : null, 2),
    postgresTimelineP95Ms: round(pq ? percentile(pq.timeline.ms, 95) : null, 2),
    peakRssMb: peakRssMb(),
    errors,
  };

  const r = result as unknown as Record<string, number | null>;
  const f = (k: string) => `${r[k] ?? '—'}`;
  const out = [
    `onrecord bench, ${machine.nproc} × ${machine.cpuModel}, ${machine.memoryGb} GB, node ${machine.node}, load average ${machine.loadAverage} → ${f('loadAverageAtEnd')}`,
    '',
    table([
      [
        'corpus',
        `${articles.length} articles (${corpusLine}), ${tokens} tokens, ${result.corpus.quotes ?? '—'} quotes found`,
      ],
      ['one core, end to end', `${f('articlesPerSecond')} articles/s, ${f('tokensPerSecond')} tokens/s`],
      [
        'bare wink-nlp tokenize+POS',
        `${f('winkArticlesPerSecond')} articles/s (tokenizerRatio ${f('tokenizerRatio')}, target ≥ 0.5)`,
      ],
      [
        'compromise extractor',
        `${f('compromiseArticlesPerSecond')} articles/s on ${f('compromiseArticles')} articles (compromiseRatio ${f('compromiseRatio')}, target ≥ 20)`,
      ],
      [
        'pool, 1 / 2 workers',
        `${f('workers1PerSecond')} / ${f('workers2PerSecond')} articles/s (workerScaling ${f('workerScaling')}, target ≥ 1.8)`,
      ],
      [
        'pool, warm, 1 / 2 workers',
        `${f('warmWorkers1PerSecond')} / ${f('warmWorkers2PerSecond')} articles/s (warmWorkerScaling ${f('warmWorkerScaling')}; CPU split allows ${f('warmWorkerScalingCpuBound')})`,
      ],
      [
        'SQLite ingest (2 workers)',
        `${f('ingestSqlitePerSecond')} articles/s end to end; writes alone ${f('ingestSqliteWritesPerSecond')}/s; ${f('sqliteMbPer1kArticles')} MB per 1k articles`,
      ],
      [
        'PostgreSQL ingest (2 workers)',
        `${f('ingestPostgresPerSecond')} articles/s end to end; writes alone ${f('ingestPostgresWritesPerSecond')}/s; ${f('postgresMbPer1kArticles')} MB per 1k articles`,
      ],
      [
        `store of ${f('storeArticles')} articles`,
        `${f('storeParagraphsAnalyzedSeconds')} s to analyze its paragraphs, ${f('storeBuildSeconds')} s to write, ${f('storeMb')} MB (SQLite)`,
      ],
      [
        'search (q, limit 20)',
        `p50 ${f('searchP50Ms')} ms, p95 ${f('searchP95Ms')} ms; ${f('searchHits')} of ${f('searchQueries')} queries found quotes`,
      ],
      [
        'speaker timeline',
        `p50 ${f('timelineP50Ms')} ms, p95 ${f('timelineP95Ms')} ms; ${f('timelineHits')} of ${f('timelineQueries')} speakers had a timeline`,
      ],
      [
        'PostgreSQL store (--pg-store)',
        `${f('postgresStoreWriteSeconds')} s to write; search p50 ${f('postgresSearchP50Ms')} / p95 ${f('postgresSearchP95Ms')} ms; timeline p50 ${f('postgresTimelineP50Ms')} / p95 ${f('postgresTimelineP95Ms')} ms`,
      ],
      ['peak RSS', `${f('peakRssMb')} MB`],
    ]),
    '',
    'stages (one core):',
    table(
      stageRows.map((x) => [
        x.stage,
        `${x.ms} ms (${x.share}%), ${x.articlesPerSecond} articles/s, ${x.tokensPerSecond} tokens/s`,
      ]),
    ),
    ...(errors.length ? ['', 'failed sections:', ...errors.map((e) => `  ${e}`)] : []),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
