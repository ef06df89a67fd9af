// The 1 GB streaming proof (issue 7): builds a ~1 GB JSONL in /tmp by recombining real articles from
// ../shared/datasets (open-news, Reuters-21578, BBC) under unique ids, runs `onrecord ingest` on it as a child
// process into a SQLite file under /tmp, samples the child's RSS every second and reports RSS by decile of
// progress and articles/s.
//   node dist/scripts/stream-1gb.js [--size 1G] [--join N] [--limit-seconds N] [--workers N] [--batch N] [--keep]
//   (--join N: each recombined article joins N draws of 3–8 paragraphs, for news-length articles)
//   (--out /tmp/onrecord-stream.jsonl, --db /tmp/onrecord-stream.db; an existing --out of the right size is reused)
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../src/types.js';
import { loadBbc, loadReuters, paragraphsOf, recombineArticle, seededRandom } from './bench/load-corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'datasets');

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(s.trim());
  if (!m) throw new Error(`--size: expected a size such as 1G, 200M or 5000000, got '${s}'`);
  const unit = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

function loadOpenNews(file: string): Article[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

/** Writes ~`size` bytes of JSONL: 9 in 10 lines recombine 3–8 real paragraphs (random date and outlet), 1 in 10
 * repeats a real article verbatim under a new id (a wire copy). */
async function buildJsonl(out: string, size: number, join_ = 1): Promise<number> {
  const real = [
    ...loadOpenNews(join(SHARED, 'open-news', 'articles.jsonl')),
    ...loadReuters(join(SHARED, 'reuters21578'), 50_000).filter((a) => a.text.length > 200),
    ...loadBbc(join(SHARED, 'bbc'), 5_000),
  ];
  const paragraphs = paragraphsOf(real);
  const random = seededRandom(7);
  const stream = createWriteStream(out);
  let bytes = 0;
  let n = 0;
  while (bytes < size) {
    let article: Article;
    if (n % 10 === 9) {
      const base = real[Math.floor(random() * real.length)] ?? real[0]!;
      article = { ...base, id: `copy-${n}:${base.id}` };
    } else {
      article = recombineArticle(paragraphs, n, random);
      for (let k = 1; k < join_; k++)
        article = { ...article, text: `${article.text}\n\n${recombineArticle(paragraphs, n, random).text}` };
    }
    const line = `${JSON.stringify(article)}\n`;
    bytes += Buffer.byteLength(line);
    n++;
    if (!stream.write(line)) await new Promise<void>((r) => stream.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  process.stderr.write(
    `built ${out}: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB from ${real.length} real articles (${paragraphs.length} paragraphs)\n`,
  );
  return n;
}

function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Bytes the child has read of `file` (its open descriptor's position). */
function positionOf(pid: number, file: string): number | null {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target !== file) continue;
      const m = /pos:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'));
      if (m) return Number(m[1]);
    }
  } catch {}
  return null;
}

interface Sample {
  t: number;
  rss: number;
  pos: number | null;
}

const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1G' },
      join: { type: 'string', default: '1' },
      'limit-seconds': { type: 'string' },
      workers: { type: 'string', default: '2' },
      batch: { type: 'string', default: '100' },
      out: { type: 'string', default: '/tmp/onrecord-stream.jsonl' },
      db: { type: 'string', default: '/tmp/onrecord-stream.db' },
      keep: { type: 'boolean', default: false },
    },
  });
  const size = parseSize(values.size);
  const out = values.out;
  const db = values.db;
  if (!out.startsWith('/tmp/') || !db.startsWith('/tmp/'))
    throw new Error('--out and --db must be under /tmp');
  if (!existsSync(out) || Math.abs(statSync(out).size - size) > size * 0.01 + 100_000)
    await buildJsonl(out, size, Math.max(1, Number(values.join) || 1));
  const fileBytes = statSync(out).size;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });

  const limit = values['limit-seconds'] ? Number(values['limit-seconds']) : null;
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'onrecord.js'),
      'ingest',
      '--db',
      db,
      '--workers',
      values.workers,
      '--batch',
      values.batch,
      out,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ONRECORD_PHASES: '1' } },
  );
  let tail = '';
  child.stderr?.on('data', (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  });
  const samples: Sample[] = [];
  let limited = false;
  const pid = child.pid ?? 0;
  const timer = setInterval(() => {
    const rss = rssOf(pid);
    if (rss !== null) samples.push({ t: (Date.now() - started) / 1000, rss, pos: positionOf(pid, out) });
    if (limit !== null && !limited && Date.now() - started > limit * 1000) {
      limited = true; // one SIGINT: ingest stops reading, stores the batches in hand and prints its summary
      child.kill('SIGINT');
    }
  }, 1000);
  const code: number | null = await new Promise((r) => child.on('exit', (c) => r(c)));
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;

  if (!existsSync(db)) throw new Error(`ingest exited (${code}) without creating ${db}:\n${tail}`);
  // articles stored, from the db (the child may have been stopped)
  const Database = (await import('better-sqlite3')).default;
  const sdb = new Database(db, { readonly: true });
  const stored = (sdb.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const quotes = (sdb.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n;
  const indexed = (sdb.prepare('SELECT count(*) AS n FROM corpus_prints').get() as { n: number }).n;
  sdb.close();
  const consumed = samples.reduce((m, s) => Math.max(m, s.pos ?? 0), 0);

  process.stdout.write(
    `ingest ${limited ? `stopped by --limit-seconds (exit ${code})` : code === 0 ? 'finished' : `failed (exit ${code})`} after ${seconds.toFixed(0)} s: ${stored} articles stored (${quotes} quotes, ${indexed} indexed in the corpus), ${(stored / seconds).toFixed(1)} articles/s; ${mb(consumed)} of ${mb(fileBytes)} read (${((100 * consumed) / fileBytes).toFixed(1)}%)\n`,
  );
  // RSS by decile of the run (of the bytes read when known, else of time)
  const key = (s: Sample) => (consumed > 0 && s.pos !== null ? s.pos / consumed : s.t / seconds);
  process.stdout.write('decile  t(s)      read      RSS first / median / max\n');
  for (let d = 0; d < 10; d++) {
    const part = samples.filter(
      (s) => key(s) >= d / 10 && (key(s) < (d + 1) / 10 || (d === 9 && key(s) <= 1)),
    );
    if (part.length === 0) continue;
    const rss = part.map((s) => s.rss).sort((a, b) => a - b);
    const first = part[0]!;
    process.stdout.write(
      `${String(d + 1).padStart(6)}  ${first.t.toFixed(0).padStart(4)}  ${mb(first.pos ?? 0).padStart(8)}      ${mb(first.rss)} / ${mb(rss[Math.floor(rss.length / 2)]!)} / ${mb(rss[rss.length - 1]!)}\n`,
    );
  }
  const phases = /phases (.*)/.exec(tail)?.[1];
  if (phases) process.stdout.write(`writer phases: ${phases}\n`);
  if (code !== 0 && !limited) process.stdout.write(`stderr tail:\n${tail}\n`);
  if (!values.keep) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

await main();
