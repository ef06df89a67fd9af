// node dist/scripts/profile-stages.js [--save] [--runs N] [--limit N] [--stages segment,entities,quotes,dates,link]
//   [--baseline DIR [--wide N]]
// Times each stage of the pipeline (default: segment, entities, dates) over the open-news articles from ../shared,
// only the stage itself on the clock, taking the minimum of N runs (wall and CPU time), and checks findEntities and
// findTimeExpressions still give exactly what the snapshot in .eval/stage-snapshot.json recorded (open-news +
// dev-bbc).
// --save writes that snapshot from the current code instead of checking against it.
// --baseline DIR: also time the entities and dates stages of another build (DIR/src/entities/find-entities.js,
// DIR/src/dates/find-time-expressions.js, e.g. an older commit compiled elsewhere), run for run alternating with
// this build's, so a busy machine slows both alike; --wide N then also checks that both builds give the same
// outputs on N BBC and N Reuters-21578 articles (beyond the snapshot).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTimeExpressions } from '../src/dates/find-time-expressions.js';
import { findEntities } from '../src/entities/find-entities.js';
import { linkDates } from '../src/link/link-dates.js';
import { linkSpeakers } from '../src/link/link-speakers.js';
import { type Document, normalizeArticle } from '../src/normalize/normalize-article.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { type Segmentation, segmentText } from '../src/segment/segment-text.js';
import type { Article, Diagnostic } from '../src/types.js';
import { loadBbc, loadReuters, loadSample } from './bench/load-corpus.js';
import { findSharedDir } from './eval/shared-dir.js';

const SNAPSHOT = resolve(process.cwd(), '.eval/stage-snapshot.json');
const STAGES = [
  'segment',
  'entities',
  'quotes',
  'dates',
  'link',
  'entities-baseline',
  'dates-baseline',
] as const;
type Stage = (typeof STAGES)[number];

interface Prepared {
  article: Article;
  doc: Document;
  seg: Segmentation;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function prepare(articles: Article[]): Prepared[] {
  return articles.map((article) => {
    const doc = normalizeArticle(article);
    return { article, doc, seg: segmentText(doc) };
  });
}

interface Baseline {
  findEntities: typeof findEntities;
  findTimeExpressions: typeof findTimeExpressions;
}

let baseline: Baseline | null = null;

async function loadBaseline(dir: string): Promise<Baseline> {
  const entities = (await import(pathToFileURL(join(dir, 'src/entities/find-entities.js')).href)) as Baseline;
  const dates = (await import(
    pathToFileURL(join(dir, 'src/dates/find-time-expressions.js')).href
  )) as Baseline;
  return { findEntities: entities.findEntities, findTimeExpressions: dates.findTimeExpressions };
}

/** One stage over every article: wall-clock and CPU milliseconds (CPU time is steadier on a shared machine). */
function timeStage(stage: Stage, items: Prepared[]): { wall: number; cpu: number } {
  let wall = 0;
  let cpu = 0;
  // only the stage itself is timed; what it reads from upstream stages is computed outside the clock
  const clock = <T>(run: () => T): T => {
    const t = performance.now();
    const c = process.cpuUsage();
    const out = run();
    const used = process.cpuUsage(c);
    wall += performance.now() - t;
    cpu += (used.user + used.system) / 1000;
    return out;
  };
  for (const { doc, seg } of items) {
    if (stage === 'segment') clock(() => segmentText(doc));
    else if (stage === 'entities') clock(() => findEntities(doc, seg));
    else if (stage === 'dates') clock(() => findTimeExpressions(doc, seg));
    else if (stage === 'entities-baseline') clock(() => baseline?.findEntities(doc, seg));
    else if (stage === 'dates-baseline') clock(() => baseline?.findTimeExpressions(doc, seg));
    else {
      const diagnostics: Diagnostic[] = [];
      const entities = findEntities(doc, seg);
      if (stage === 'quotes') clock(() => findQuotes(doc, seg, entities, {}, diagnostics));
      else {
        const found = findQuotes(doc, seg, entities, {}, diagnostics);
        const timexes = findTimeExpressions(doc, seg);
        clock(() => linkDates(doc, seg, linkSpeakers(doc, seg, entities, found, diagnostics), timexes));
      }
    }
  }
  return { wall, cpu };
}

/** What the snapshot holds for one article: the stages' outputs, as JSON. */
function outputsOf({ doc, seg }: Prepared): { entities: string; dates: string } {
  return {
    entities: JSON.stringify(findEntities(doc, seg)),
    dates: JSON.stringify(findTimeExpressions(doc, seg)),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shared = findSharedDir();
  if (!shared) throw new Error('profile-stages: ../shared not found (set ONRECORD_SHARED)');
  const runs = Number(flag(args, '--runs') ?? 3);
  const limit = Number(flag(args, '--limit') ?? Number.POSITIVE_INFINITY);
  const stages = (flag(args, '--stages') ?? 'segment,entities,dates').split(',') as Stage[];
  for (const s of stages)
    if (!STAGES.includes(s)) throw new Error(`profile-stages: --stages: unknown stage '${s}'`);
  const baselineDir = flag(args, '--baseline');
  if (baselineDir) {
    baseline = await loadBaseline(resolve(baselineDir));
    for (const s of ['entities-baseline', 'dates-baseline'] as const) if (!stages.includes(s)) stages.push(s);
  }

  const news = loadSample(join(shared, 'datasets/open-news/articles.jsonl')).slice(0, limit);
  const bbc = loadSample(join(shared, 'gold/dev-bbc.jsonl'));
  const timed = prepare(news);
  const checked = [...timed, ...prepare(bbc)];

  // outputs first: a speed-up that changes results is no speed-up
  const now: Record<string, { entities: string; dates: string }> = {};
  for (const p of checked) now[p.article.id] = outputsOf(p);
  if (args.includes('--save')) {
    mkdirSync(resolve(process.cwd(), '.eval'), { recursive: true });
    writeFileSync(SNAPSHOT, JSON.stringify(now));
    process.stderr.write(`profile-stages: saved ${checked.length} articles to ${SNAPSHOT}\n`);
  } else if (existsSync(SNAPSHOT)) {
    const saved = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<
      string,
      { entities: string; dates: string }
    >;
    let differ = 0;
    for (const [id, out] of Object.entries(now)) {
      const was = saved[id];
      if (!was) continue;
      for (const key of ['entities', 'dates'] as const) {
        if (was[key] !== out[key]) {
          differ++;
          if (differ <= 10) process.stderr.write(`profile-stages: ${key} differ on ${id}\n`);
        }
      }
    }
    process.stderr.write(
      `profile-stages: ${differ === 0 ? 'outputs identical' : `${differ} outputs differ`} (${checked.length} articles)\n`,
    );
    if (differ > 0) process.exitCode = 1;
  } else process.stderr.write(`profile-stages: no snapshot at ${SNAPSHOT}; run with --save first\n`);

  const wide = Number(flag(args, '--wide') ?? 0);
  if (baseline && wide > 0) {
    const more = prepare([
      ...loadBbc(join(shared, 'datasets/bbc'), wide),
      ...loadReuters(join(shared, 'datasets/reuters21578'), wide),
    ]);
    let differ = 0;
    for (const p of [...checked, ...more]) {
      const a = outputsOf(p);
      const b = {
        entities: JSON.stringify(baseline.findEntities(p.doc, p.seg)),
        dates: JSON.stringify(baseline.findTimeExpressions(p.doc, p.seg)),
      };
      for (const key of ['entities', 'dates'] as const) {
        if (a[key] !== b[key]) {
          differ++;
          if (differ <= 10)
            process.stderr.write(`profile-stages: ${key} differ from baseline on ${p.article.id}\n`);
        }
      }
    }
    process.stderr.write(
      `profile-stages: ${differ === 0 ? 'same outputs as baseline' : `${differ} outputs differ from baseline`} (${checked.length + more.length} articles)\n`,
    );
    if (differ > 0) process.exitCode = 1;
  }

  const wall: Partial<Record<Stage, number>> = {};
  const cpu: Partial<Record<Stage, number>> = {};
  for (let r = 0; r < runs; r++) {
    for (const s of stages) {
      const t = timeStage(s, timed);
      wall[s] = Math.min(wall[s] ?? Number.POSITIVE_INFINITY, t.wall);
      cpu[s] = Math.min(cpu[s] ?? Number.POSITIVE_INFINITY, t.cpu);
    }
  }
  const line = (ms: Partial<Record<Stage, number>>) =>
    stages.map((s) => `${s} ${Math.round(ms[s] ?? 0)} ms`).join(', ');
  process.stdout.write(`${timed.length} articles, min of ${runs} runs: wall ${line(wall)}\n`);
  process.stdout.write(
    `${' '.repeat(String(timed.length).length)}           min of ${runs} runs: cpu  ${line(cpu)}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
});
