// Store write throughput, apart from analysis: analyze the inputs once, then write copies of them (new ids) into
// a fresh store in batches and time only the writes.
//
//   node dist/src/store/measure-store-writes.js [--db PATH|postgres://…] [--articles N] [--batch N] INPUT…
//
// With no --db it measures a temporary SQLite file and, when it answers, a temporary schema on the default test
// PostgreSQL. Prints one JSON line per store.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../analyze.js';
import { readInputs } from '../cli/read-inputs.js';
import type { Analysis } from '../types.js';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store, StoredArticle } from './store.js';

export interface WriteMeasure {
  store: string;
  articles: number;
  quotes: number;
  batch: number;
  seconds: number;
  /** CPU seconds this process spent (the store's own work for SQLite; the client side only for PostgreSQL). */
  cpuSeconds: number;
  articlesPerSecond: number;
  /** Articles per CPU second of this process: less sensitive to other load on the machine. */
  articlesPerCpuSecond: number;
  quotesPerSecond: number;
  /** Re-putting the same articles (all unchanged). */
  unchangedPerSecond: number;
  bytesPer1kArticles: number | null;
}

/** `count` copies of the analyzed templates under fresh ids (`copy-<n>-<id>`). */
export function copyArticles(templates: StoredArticle[], count: number): StoredArticle[] {
  const out: StoredArticle[] = [];
  for (let i = 0; out.length < count && templates.length > 0; i++) {
    const t = templates[i % templates.length]!;
    const id = `copy-${Math.floor(i / templates.length)}-${t.article.id}`;
    const analysis: Analysis = { ...t.analysis, article: { ...t.analysis.article, id } };
    out.push({ article: { ...t.article, id }, analysis });
  }
  return out;
}

export async function measureWrites(
  name: string,
  store: Store,
  items: StoredArticle[],
  batch: number,
  sizeOf: () => number | null,
): Promise<WriteMeasure> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < items.length; i += batch) await store.putArticles(items.slice(i, i + batch));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const again = process.hrtime.bigint();
  for (let i = 0; i < items.length; i += batch) await store.putArticles(items.slice(i, i + batch));
  const againSeconds = Number(process.hrtime.bigint() - again) / 1e9;
  const quotes = items.reduce((n, item) => n + item.analysis.quotes.length, 0);
  const size = sizeOf();
  return {
    store: name,
    articles: items.length,
    quotes,
    batch,
    seconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    articlesPerSecond: Math.round(items.length / seconds),
    articlesPerCpuSecond: Math.round(items.length / cpuSeconds),
    quotesPerSecond: Math.round(quotes / seconds),
    unchangedPerSecond: Math.round(items.length / againSeconds),
    bytesPer1kArticles: size === null ? null : Math.round((size / items.length) * 1000),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      articles: { type: 'string' },
      batch: { type: 'string' },
      only: { type: 'string' },
    },
    allowPositionals: true,
  });
  const count = Number(values.articles ?? 5000);
  const batch = Number(values.batch ?? 100);
  const templates: StoredArticle[] = [];
  for await (const item of readInputs(positionals)) {
    if ('article' in item) templates.push({ article: item.article, analysis: analyze(item.article) });
    if (templates.length >= count) break;
  }
  const items = copyArticles(templates, count);
  const targets: Array<{
    name: string;
    open: () => Promise<{ store: Store; size: () => number | null; done: () => Promise<void> }>;
  }> = [];
  if (values.db) {
    targets.push({
      name: values.db.startsWith('postgres') ? 'postgres' : 'sqlite',
      open: async () => {
        const { openStore } = await import('./open-store.js');
        const store = await openStore(values.db);
        return { store, size: () => null, done: () => store.close() };
      },
    });
  } else {
    targets.push({
      name: 'sqlite',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'onrecord-measure-'));
        const path = join(dir, 'm.db');
        const store = new SqliteStore(path);
        await store.init();
        return {
          store,
          size: () => {
            store.db.pragma('wal_checkpoint(TRUNCATE)');
            return statSync(path).size;
          },
          done: async () => {
            await store.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    });
    targets.push({
      name: 'postgres',
      open: async () => {
        const store = new PostgresStore(
          `postgres://postgres@127.0.0.1:5432/test?schema=onrecord_measure_${process.pid}`,
        );
        await store.init();
        let bytes: number | null = null;
        return {
          store,
          size: () => bytes,
          done: async () => {
            const { rows } = await store.pool.query<{ n: string }>(
              `SELECT sum(pg_total_relation_size(c.oid))::bigint AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
               WHERE s.nspname = $1 AND c.relkind = 'r'`,
              [store.schema],
            );
            bytes = Number(rows[0]?.n ?? 0);
            process.stdout.write(
              `${JSON.stringify({ store: 'postgres', bytesPer1kArticles: Math.round((bytes / items.length) * 1000) })}\n`,
            );
            await store.dropSchema();
            await store.close();
          },
        };
      },
    });
  }
  for (const target of targets) {
    if (values.only && values.only !== target.name) continue;
    let opened: Awaited<ReturnType<(typeof target)['open']>>;
    try {
      opened = await target.open();
    } catch (err) {
      process.stderr.write(`${target.name}: skipped: ${err instanceof Error ? err.message : String(err)}\n`);
      continue;
    }
    try {
      const result = await measureWrites(target.name, opened.store, items, batch, opened.size);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await opened.done();
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
