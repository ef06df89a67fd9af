// node dist/scripts/snapshot-speakers.js [--save] [--bbc N] [--baseline DIR] [--runs N]
// Checks that linkSpeakers still resolves every quote exactly as before (speaker, speakerRule, mention,
// speakerEntity, diagnostics) over the open-news articles, gold/dev-bbc and N BBC articles (default 2,000).
// --save writes .eval/speaker-snapshot.json from the current code; without it the outputs are compared with it.
// --baseline DIR: also run another build's linkSpeakers (DIR/src/link/link-speakers.js, e.g. a copy of dist/ made
// before a change) on the very same upstream outputs, so a change upstream (quotes, entities) is no false alarm;
// --runs N then times both builds' linkSpeakers alone over the open-news articles (min of N, CPU ms);
// --as-profiled times them as profile-stages times its link stage (see timeLink).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTimeExpressions } from '../src/dates/find-time-expressions.js';
import { type EntityLayer, findEntities } from '../src/entities/find-entities.js';
import { linkDates } from '../src/link/link-dates.js';
import { linkSpeakers } from '../src/link/link-speakers.js';
import { buildNameIndex } from '../src/link/speaker-names.js';
import { type Document, normalizeArticle } from '../src/normalize/normalize-article.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { type Segmentation, segmentText } from '../src/segment/segment-text.js';
import type { Article, Diagnostic, Quote } from '../src/types.js';
import { loadBbc, loadSample } from './bench/load-corpus.js';
import { findSharedDir } from './eval/shared-dir.js';

const SNAPSHOT = resolve(process.cwd(), '.eval/speaker-snapshot.json');
type Link = typeof linkSpeakers;

interface Prepared {
  id: string;
  doc: Document;
  seg: Segmentation;
  entities: EntityLayer;
  found: Quote[];
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function prepare(article: Article): Prepared {
  const doc = normalizeArticle(article);
  const seg = segmentText(doc);
  const entities = findEntities(doc, seg);
  const found = findQuotes(doc, seg, entities, {}, []);
  return { id: article.id, doc, seg, entities, found };
}

/** What linkSpeakers decided for one article, as JSON: per quote, and its diagnostics. */
function resolved(link: Link, p: Prepared): string {
  const diagnostics: Diagnostic[] = [];
  const out = link(p.doc, p.seg, p.entities, p.found, diagnostics);
  return JSON.stringify({
    quotes: out.map((q) => [q.id, q.speaker, q.speakerRule, q.mention, q.speakerEntity]),
    diagnostics,
  });
}

/**
 * CPU ms of linkSpeakers over the articles; `asProfiled`: as profile-stages times its link stage, the upstream
 * stages run afresh (off the clock) before each article and linkDates runs on the clock after linkSpeakers.
 */
function timeLink(link: Link, items: Prepared[], asProfiled: boolean): number {
  let cpu = 0;
  for (const p of items) {
    let { entities, found } = p;
    let timexes: ReturnType<typeof findTimeExpressions> = [];
    if (asProfiled) {
      entities = findEntities(p.doc, p.seg);
      found = findQuotes(p.doc, p.seg, entities, {}, []);
      timexes = findTimeExpressions(p.doc, p.seg);
    }
    const c = process.cpuUsage();
    const spoken = link(p.doc, p.seg, entities, found, []);
    if (asProfiled) linkDates(p.doc, p.seg, spoken, timexes);
    const used = process.cpuUsage(c);
    cpu += (used.user + used.system) / 1000;
  }
  return cpu;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shared = findSharedDir();
  if (!shared) throw new Error('snapshot-speakers: ../shared not found (set ONRECORD_SHARED)');
  const bbcCount = Number(flag(args, '--bbc') ?? 2000);
  const runs = Number(flag(args, '--runs') ?? 0);
  const news = loadSample(join(shared, 'datasets/open-news/articles.jsonl')).map(prepare);
  const rest = [
    ...loadSample(join(shared, 'gold/dev-bbc.jsonl')),
    ...loadBbc(join(shared, 'datasets/bbc'), bbcCount),
  ].map(prepare);
  // dev-bbc ids repeat in the BBC dataset (another cut of the text): key each by its place in the list too
  const all = [...news, ...rest].map((p, i) => ({ ...p, id: `${i}:${p.id}` }));

  const now: Record<string, string> = {};
  for (const p of all) now[p.id] = resolved(linkSpeakers, p);
  if (args.includes('--save')) {
    mkdirSync(resolve(process.cwd(), '.eval'), { recursive: true });
    writeFileSync(SNAPSHOT, JSON.stringify(now));
    process.stderr.write(`snapshot-speakers: saved ${all.length} articles to ${SNAPSHOT}\n`);
  } else if (existsSync(SNAPSHOT)) {
    const saved = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string>;
    let differ = 0;
    for (const [id, out] of Object.entries(now)) {
      if (saved[id] === undefined || saved[id] === out) continue;
      differ++;
      if (differ <= 10) process.stderr.write(`snapshot-speakers: differs from snapshot on ${id}\n`);
    }
    process.stderr.write(
      `snapshot-speakers: ${differ === 0 ? 'same as snapshot' : `${differ} articles differ from snapshot`} (${all.length} articles)\n`,
    );
    if (differ > 0) process.exitCode = 1;
  }

  const baselineDir = flag(args, '--baseline');
  if (!baselineDir) return;
  const mod = (await import(pathToFileURL(join(resolve(baselineDir), 'src/link/link-speakers.js')).href)) as {
    linkSpeakers: Link;
  };
  // the name index itself, beyond what the rules made of it
  const names = (await import(
    pathToFileURL(join(resolve(baselineDir), 'src/link/speaker-names.js')).href
  )) as { buildNameIndex: typeof buildNameIndex };
  let indexDiffer = 0;
  for (const p of all) {
    const direct = p.found.filter((q) => q.type === 'direct');
    const was = JSON.stringify(names.buildNameIndex(p.doc.text, direct));
    if (was === JSON.stringify(buildNameIndex(p.doc.text, direct))) continue;
    indexDiffer++;
    if (indexDiffer <= 10)
      process.stderr.write(`snapshot-speakers: name index differs from baseline on ${p.id}\n`);
  }
  process.stderr.write(
    `snapshot-speakers: ${indexDiffer === 0 ? 'name index same as baseline' : `name index differs from baseline on ${indexDiffer} articles`}\n`,
  );
  if (indexDiffer > 0) process.exitCode = 1;
  let differ = 0;
  let quotes = 0;
  for (const p of all) {
    quotes += p.found.length;
    const was = resolved(mod.linkSpeakers, p);
    if (was === now[p.id]) continue;
    differ++;
    if (differ <= 10) {
      process.stderr.write(`snapshot-speakers: differs from baseline on ${p.id}\n`);
      const a = JSON.parse(was) as { quotes: unknown[] };
      const b = JSON.parse(now[p.id] ?? '{}') as { quotes: unknown[] };
      a.quotes.forEach((q, i) => {
        if (JSON.stringify(q) !== JSON.stringify(b.quotes[i]))
          process.stderr.write(`  was ${JSON.stringify(q)}\n  now ${JSON.stringify(b.quotes[i])}\n`);
      });
    }
  }
  process.stderr.write(
    `snapshot-speakers: ${differ === 0 ? 'same as baseline' : `${differ} articles differ from baseline`} (${all.length} articles, ${quotes} quotes)\n`,
  );
  if (differ > 0) process.exitCode = 1;
  const asProfiled = args.includes('--as-profiled');
  let base = Number.POSITIVE_INFINITY;
  let mine = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    base = Math.min(base, timeLink(mod.linkSpeakers, news, asProfiled));
    mine = Math.min(mine, timeLink(linkSpeakers, news, asProfiled));
  }
  const what = asProfiled ? 'linkSpeakers + linkDates, upstream rerun off the clock' : 'linkSpeakers only';
  if (runs > 0)
    process.stdout.write(
      `${news.length} articles, ${what}, min of ${runs} runs: cpu baseline ${Math.round(base)} ms, now ${Math.round(mine)} ms\n`,
    );
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
});
