// npm run bench [-- --json] [-- --big] [-- --limit N] [-- --store N] [-- --no-pg] [-- --pg URL]
// Benchmarks (not tests) on real news text: the bundled sample plus Reuters-21578 and BBC from ../shared when
// present. Every ratio is measured within this one run on the same articles. See BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../src/analyze.js';
import { openStore } from '../src/store/open-store.js';
import type { Store, StoredArticle } from '../src/store/store.js';
import type { Article } from '../src/types.js';
import { extractWithCompromise } from './bench/compromise-extractor.js';
import { loadBbc, loadReuters, loadSample, paragraphsOf, recombineArticle, seededRandom } from './bench/load-corpus.js';
import { machineInfo, peakRssMb } from './bench/machine-info.js';
import {
  dropPostgresSchema,
  ingestArticles,
  measureWrites,
  pickSearchTerms,
  postgresBytes,
  type RateRun,
  sqliteBytes,
  timeQueries,
} from './bench/measure-store.js';
import { measurePool } from './bench/measure-workers.js';
import { percentile, ratio } from './bench/percentile.js';
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
    pg: args.includes('--no-pg') ? null : (value('--pg') ?? process.env.ONRECORD_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test'),
    compromiseArticles: num('--compromise', 150),
    queries: num('--queries', 200),
  };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const perSecond = (n: number, ms: number) => (ms > 0 ? (n / ms) * 1000 : 0);
const round = (x: number | null, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** Times fn over each article (after a short warm-up) and returns per-article milliseconds and results. */
function timeEach<T>(articles: Article[], fn: (a: Article) => T): { ms: number[]; out: T[] } {
  for (const a of articles.slice(0, 10)) fn(a);
  const ms: number[] = [];
  const out: T[] = [];
  for (const a of articles) {
    const t0 = performance.now();
    out.push(fn(a));
    ms.push(performance.now() - t0);
  }
  return { ms, out };
}

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

async function main(): Promise<number> {
  const flags = readFlags(process.argv.slice(2));
  const machine = machineInfo();
  const shared = findSharedDir();
  const corpora: Record<string, Article[]> = { sample: loadSample(resolve('sample/articles.jsonl')) };
  if (shared) {
    corpora.reuters = loadReuters(join(shared, 'datasets', 'reuters21578'), flags.limit);
    corpora.bbc = loadBbc(join(shared, 'datasets', 'bbc'), flags.limit);
  } else log('../shared not found: the sample only');
  const articles = Object.values(corpora).flat();
  const chars = sum(articles.map((a) => a.text.length));
  log(`corpus: ${Object.entries(corpora).map(([k, v]) => `${k} ${v.length}`).join(', ')} (${articles.length} articles)`);

  // bare wink-nlp tokenize + POS: also gives the token count every tokens/s figure uses
  const tag = createWinkTagger();
  const wink = timeEach(articles, (a) => tag(a.text));
  const tokens = sum(wink.out);

  // our pipeline, stage by stage, then end to end through analyze()
  log('stages');
  timeStages(articles.slice(0, 10));
  const stageMs = timeStages(articles);
  log('end to end');
  const ours = timeEach(articles, (a) => analyze(a).quotes.length);
  const oursMs = sum(ours.ms);
  const quotes = sum(ours.out);

  log(`compromise on ${Math.min(flags.compromiseArticles, articles.length)} articles`);
  const subset = spread(articles, flags.compromiseArticles);
  const comp = timeEach(
    subset.map((i) => articles[i] as Article),
    (a) => extractWithCompromise(a.text).length,
  );
  const oursOnSubset = sum(subset.map((i) => ours.ms[i] ?? 0));

  log('workers');
  const one = await measurePool(articles, 1);
  const two = await measurePool(articles, 2);

  // stores
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const result: Record<string, unknown> = {};
  try {
    log('SQLite ingest');
    const items: StoredArticle[] = [];
    const sqlitePath = join(dir, 'ingest.db');
    const sqlite = await openStore(sqlitePath);
    const sqliteIngest = await ingestArticles(sqlite, articles, 2, 50, (batch) => {
      items.push(...batch);
    });
    await sqlite.close();
    const sqliteSize = sqliteBytes(sqlitePath);
    const sqliteW = await openStore(join(dir, 'writes.db'));
    const sqliteWrites = await measureWrites(sqliteW, items);
    await sqliteW.close();

    let pgIngest: RateRun | null = null;
    let pgWrites: RateRun | null = null;
    let pgSize: number | null = null;
    if (flags.pg) {
      log('PostgreSQL ingest');
      const pgE2e = await openPostgres(flags.pg, 'onrecord_bench');
      if (pgE2e) {
        pgIngest = await ingestArticles(pgE2e, articles, 2, 50);
        await pgE2e.close();
        pgSize = await postgresBytes(flags.pg, 'onrecord_bench');
        const pgW = await openPostgres(flags.pg, 'onrecord_bench_w');
        if (pgW) {
          pgWrites = await measureWrites(pgW, items);
          await pgW.close();
          await dropPostgresSchema(flags.pg, 'onrecord_bench_w');
        }
      }
    }

    // a large store recombined from the corpus's real paragraphs
    log(`building a ${flags.storeSize}-article store from recombined paragraphs`);
    const paragraphs = paragraphsOf(articles);
    const random = seededRandom(42);
    const mixed = Array.from({ length: flags.storeSize }, (_, i) => recombineArticle(paragraphs, i, random));
    const bigPath = join(dir, 'big.db');
    const big = await openStore(bigPath);
    const contents: string[] = [];
    const bigBuild = await ingestArticles(big, mixed, 2, 100, (batch) => {
      for (const it of batch) for (const q of it.analysis.quotes.slice(0, 2)) if (contents.length < 50_000) contents.push(q.content);
    });
    const bigCount = await big.countArticles();
    const terms = pickSearchTerms(contents, flags.queries);
    log(`queries on ${bigCount} articles`);
    const search = await timeQueries(terms, (q) => big.queryQuotes({ q, limit: 20 }));
    const speakers = await big.listSpeakers(undefined, 1000);
    const pickSpeaker = seededRandom(11);
    const speakerIds = speakers.length
      ? Array.from({ length: flags.queries }, () => speakers[Math.floor(pickSpeaker() * speakers.length)]?.id ?? '')
      : [];
    const timeline = await timeQueries(speakerIds, (id) => big.getSpeaker(id));
    await big.close();
    const bigSize = sqliteBytes(bigPath);
    if (flags.pg) await dropPostgresSchema(flags.pg, 'onrecord_bench').catch(() => {});

    const stageRows = STAGES.map((s) => ({
      stage: s,
      ms: round(stageMs[s], 1),
      share: round((stageMs[s] / Math.max(1e-9, sum(STAGES.map((x) => stageMs[x])))) * 100, 1),
      articlesPerSecond: round(perSecond(articles.length, stageMs[s]), 0),
      tokensPerSecond: round(perSecond(tokens, stageMs[s]), 0),
    }));
    const searchP95 = percentile(search.ms, 95);
    const timelineP95 = percentile(timeline.ms, 95);
    Object.assign(result, {
      machine,
      loadAverageAtEnd: round(loadavg()[0] ?? 0, 2),
      date: new Date().toISOString(),
      corpus: { ...Object.fromEntries(Object.entries(corpora).map(([k, v]) => [k, v.length])), articles: articles.length, tokens, chars, quotes },
      articlesPerSecond: round(perSecond(articles.length, oursMs), 1),
      tokensPerSecond: round(perSecond(tokens, oursMs), 0),
      stages: stageRows,
      winkArticlesPerSecond: round(perSecond(articles.length, sum(wink.ms)), 1),
      winkTokensPerSecond: round(perSecond(tokens, sum(wink.ms)), 0),
      tokenizerRatio: round(ratio(perSecond(articles.length, oursMs), perSecond(articles.length, sum(wink.ms))), 3),
      compromiseArticles: subset.length,
      compromiseArticlesPerSecond: round(perSecond(subset.length, sum(comp.ms)), 1),
      compromiseQuotes: sum(comp.out),
      compromiseRatio: round(ratio(perSecond(subset.length, oursOnSubset), perSecond(subset.length, sum(comp.ms))), 2),
      workers1PerSecond: round(one.articlesPerSecond, 1),
      workers2PerSecond: round(two.articlesPerSecond, 1),
      workerScaling: round(ratio(two.articlesPerSecond, one.articlesPerSecond), 3),
      ingestSqlitePerSecond: round(sqliteIngest.articlesPerSecond, 1),
      ingestSqliteWritesPerSecond: round(sqliteWrites.articlesPerSecond, 1),
      sqliteMbPer1kArticles: round((sqliteSize / 2 ** 20 / articles.length) * 1000, 2),
      ingestPostgresPerSecond: round(pgIngest?.articlesPerSecond ?? null, 1),
      ingestPostgresWritesPerSecond: round(pgWrites?.articlesPerSecond ?? null, 1),
      postgresMbPer1kArticles: pgSize === null ? null : round((pgSize / 2 ** 20 / articles.length) * 1000, 2),
      storeArticles: bigCount,
      storeBuildSeconds: round(bigBuild.ms / 1000, 1),
      storeMb: round(bigSize / 2 ** 20, 1),
      searchP50Ms: round(percentile(search.ms, 50), 2),
      searchP95Ms: round(searchP95, 2),
      timelineP50Ms: round(percentile(timeline.ms, 50), 2),
      timelineP95Ms: round(timelineP95, 2),
      timelineQueries: timeline.queries,
      queryP95Ms: round(Math.max(searchP95 ?? 0, timelineP95 ?? 0), 2),
      analysisErrors: one.errors + two.errors + sqliteIngest.errors + bigBuild.errors,
      peakRssMb: peakRssMb(),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const r = result as Record<string, number | null>;
  const f = (k: string, unit = '') => `${r[k] ?? '—'}${unit}`;
  const out = [
    `onrecord bench, ${machine.nproc} × ${machine.cpuModel}, ${machine.memoryGb} GB, node ${machine.node}, load average ${machine.loadAverage} → ${f('loadAverageAtEnd')}`,
    '',
    table([
      ['corpus', `${articles.length} articles (${Object.entries(corpora).map(([k, v]) => `${k} ${v.length}`).join(', ')}), ${tokens} tokens, ${quotes} quotes found`],
      ['one core, end to end', `${f('articlesPerSecond')} articles/s, ${f('tokensPerSecond')} tokens/s`],
      ['bare wink-nlp tokenize+POS', `${f('winkArticlesPerSecond')} articles/s (tokenizerRatio ${f('tokenizerRatio')}, target ≥ 0.5)`],
      ['compromise extractor', `${f('compromiseArticlesPerSecond')} articles/s on ${f('compromiseArticles')} articles (compromiseRatio ${f('compromiseRatio')}, target ≥ 20)`],
      ['pool, 1 / 2 workers', `${f('workers1PerSecond')} / ${f('workers2PerSecond')} articles/s (workerScaling ${f('workerScaling')}, target ≥ 1.8)`],
      ['SQLite ingest (2 workers)', `${f('ingestSqlitePerSecond')} articles/s end to end; writes alone ${f('ingestSqliteWritesPerSecond')}/s; ${f('sqliteMbPer1kArticles')} MB per 1k articles`],
      ['PostgreSQL ingest (2 workers)', `${f('ingestPostgresPerSecond')} articles/s end to end; writes alone ${f('ingestPostgresWritesPerSecond')}/s; ${f('postgresMbPer1kArticles')} MB per 1k articles`],
      [`store of ${f('storeArticles')} articles`, `built in ${f('storeBuildSeconds')} s, ${f('storeMb')} MB (SQLite)`],
      ['search (q, limit 20)', `p50 ${f('searchP50Ms')} ms, p95 ${f('searchP95Ms')} ms`],
      ['speaker timeline', `p50 ${f('timelineP50Ms')} ms, p95 ${f('timelineP95Ms')} ms over ${f('timelineQueries')} speakers`],
      ['peak RSS', `${f('peakRssMb')} MB`],
    ]),
    '',
    'stages (one core):',
    table(
      (result.stages as Array<{ stage: string; ms: number; share: number; articlesPerSecond: number; tokensPerSecond: number }>).map((s) => [
        s.stage,
        `${s.ms} ms (${s.share}%), ${s.articlesPerSecond} articles/s, ${s.tokensPerSecond} tokens/s`,
      ]),
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
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
