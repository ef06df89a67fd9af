// Copy / stitched / spun flags on a corpus built at eval time from real text (Reuters-21578 and BBC), the seed's
// done-when check (sources.jsonl then the seed), and the per-article cost of the corpus index as it grows.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { QuoteReport } from '../../src/corpus/cluster-types.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { splitSentences } from '../../src/corpus/split-sentences.js';
import { toQuoteReports } from '../../src/corpus/to-quote-reports.js';
import type { EvalOptions, EvalRow } from './eval-row.js';
import { fts5Segments } from './fts5-segments.js';
import { parseReutersDate } from './load-dataset-text.js';

interface Doc {
  id: string;
  date: string;
  published?: string;
  text: string;
  source: string;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reuters-21578 stories with a body, unwrapped, without the "Reuter" trailer. */
export function readReuters(shared: string, limit: number): Doc[] {
  const dir = join(shared, 'datasets/reuters21578');
  if (!existsSync(dir)) return [];
  const out: Doc[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.sgm'))
    .sort()) {
    const sgm = readFileSync(join(dir, f), 'latin1');
    for (const m of sgm.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2] ?? '')?.[1];
      const d = /<DATE>\s*(\d+)-([A-Z]{3})-(\d{4}) (\d\d:\d\d:\d\d)/.exec(m[2] ?? '');
      const date = d ? parseReutersDate(d[0]) : null;
      if (!body || !d || !date) continue;
      const text = body
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&#\d+;/g, '')
        .replace(/\s*Reuter\s*$/, '')
        .replace(/\n\s+/g, '\n')
        .replace(/([^\n])\n(?!\n)/g, '$1 ')
        .trim();
      out.push({ id: `reuters-${m[1]}`, date, published: `${date}T${d[4]}Z`, text, source: 'Reuters' });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** BBC articles (no dates in the set: given hourly times in 2005), title line dropped. */
export function readBbc(shared: string, limit: number): Doc[] {
  const dir = join(shared, 'datasets/bbc');
  if (!existsSync(dir)) return [];
  const out: Doc[] = [];
  for (const topic of readdirSync(dir)
    .filter((t) => !t.includes('.'))
    .sort()) {
    for (const f of readdirSync(join(dir, topic)).sort()) {
      const raw = readFileSync(join(dir, topic, f), 'latin1');
      const text = raw.split('\n').slice(1).join('\n').trim();
      const h = out.length;
      const published = new Date(Date.UTC(2005, 0, 1, h)).toISOString();
      out.push({
        id: `bbc-${topic}-${f.replace('.txt', '')}`,
        date: published.slice(0, 10),
        published,
        text,
        source: 'BBC',
      });
    }
  }
  const r = rng(7);
  return out.sort(() => r() - 0.5).slice(0, limit);
}

const sentencesOf = (d: Doc) => splitSentences(d.text).map((s) => d.text.slice(s.start, s.end));
/** Narrative sentences (no quotation marks, ≥ 8 words): the ones reuse is counted on. */
const isNarrative = (s: string) => !/["“”]/.test(s) && s.split(/\s+/).length >= 8;
const narrativeOf = (d: Doc) => sentencesOf(d).filter(isNarrative);

/** Usual → long forms a spinner writes ("Russia" → "the Russian Federation"). */
const SPIN: Array<[RegExp, string]> = [
  [/\bU\.S\.(?=\s+\S)/g, 'United States of America'],
  [/\bUS\b/g, 'United States of America'],
  [/\bBritain\b/g, 'the United Kingdom'],
  [/\bRussia\b/g, 'the Russian Federation'],
  [/\bIran\b/g, 'the Islamic Republic of Iran'],
  [/\bSaudi Arabia\b/g, 'the Kingdom of Saudi Arabia'],
  [/\bFrance\b/g, 'the French Republic'],
  [/\bNATO\b/g, 'North Atlantic Treaty Organisation'],
  [/\bEU\b/g, 'European Union'],
];
const spinText = (t: string) => SPIN.reduce((s, [re, long]) => s.replace(re, long), t);
const hasSpinnable = (t: string) => SPIN.some(([re]) => new RegExp(re.source).test(t));

interface Expected {
  copy: boolean;
  stitched: boolean;
  spun: boolean;
  sources: string[];
}

/** Originals, plus copies, partial copies, stitched and spun pages and near-miss negatives, with their truth. */
export function buildReuseCorpus(
  pool: Doc[],
  heldOut: Doc[],
  perKind: number,
  seed = 1,
): { docs: Doc[]; expected: Map<string, Expected> } {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const long = pool.filter((d) => narrativeOf(d).length >= 6);
  // new text: held-out sentences and articles, each used once
  const half = Math.floor(heldOut.length / 2);
  const filler = heldOut
    .slice(0, half)
    .flatMap(narrativeOf)
    .sort(() => r() - 0.5);
  const takeFiller = () => filler.pop() ?? '';
  const spinPool = heldOut
    .slice(half)
    .filter((d) => hasSpinnable(d.text))
    .sort(() => r() - 0.5);
  const docs: Doc[] = [...pool];
  const expected = new Map<string, Expected>();
  for (const d of pool) expected.set(d.id, { copy: false, stitched: false, spun: false, sources: [] });
  const later = (srcs: Doc[]) => {
    const t = Math.max(...srcs.map((s) => Date.parse(s.published ?? s.date)));
    const published = new Date(t + 86_400_000 * (1 + Math.floor(r() * 3))).toISOString();
    return { published, date: published.slice(0, 10) };
  };
  const add = (id: string, text: string, srcs: Doc[], e: Omit<Expected, 'sources'>, dateFrom = srcs) => {
    docs.push({ id, text, source: `Site ${id.split('-')[0]}`, ...later(dateFrom) });
    expected.set(id, { ...e, sources: srcs.map((s) => s.id) });
  };
  const run = (d: Doc, n: number) => {
    const ss = narrativeOf(d);
    const at = Math.floor(r() * Math.max(1, ss.length - n + 1));
    return ss.slice(at, at + n);
  };
  for (let i = 0; i < perKind; i++) {
    const a = pick(long);
    add(`copy-${i}`, a.text, [a], { copy: true, stitched: false, spun: false });
    const b = pick(long);
    const bs = sentencesOf(b);
    add(`partial-${i}`, bs.slice(0, Math.max(4, Math.round(bs.length * (0.5 + r() * 0.3)))).join('\n'), [b], {
      copy: true,
      stitched: false,
      spun: false,
    });
    const k = 2 + Math.floor(r() * 3);
    const srcs = new Set<Doc>();
    while (srcs.size < k) srcs.add(pick(long));
    const parts = [...srcs].flatMap((s) => run(s, 2 + Math.floor(r() * 3)));
    if (r() < 0.5) parts.push(takeFiller());
    add(`stitched-${i}`, parts.join('\n'), [...srcs], { copy: false, stitched: true, spun: false });
    // spun: a stitched page or a copy, with usual forms rewritten as long forms
    const spinnable = long.filter((d) => narrativeOf(d).some(hasSpinnable));
    if (spinnable.length >= 4) {
      if (r() < 0.5) {
        const c = pick(spinnable);
        add(`spuncopy-${i}`, spinText(c.text), [c], { copy: true, stitched: false, spun: true });
      } else {
        const ss = new Set<Doc>();
        while (ss.size < 2 + Math.floor(r() * 2)) ss.add(pick(spinnable));
        const text = [...ss].map((s) => {
          const sents = narrativeOf(s);
          const at = Math.min(
            Math.max(
              0,
              sents.findIndex((x) => hasSpinnable(x)),
            ),
            Math.max(0, sents.length - 3),
          );
          return sents
            .slice(at, at + 3)
            .map(spinText)
            .join('\n');
        });
        add(`spunstitched-${i}`, text.join('\n'), [...ss], { copy: false, stitched: true, spun: true });
      }
    }
    // near misses: two sentences of one source among six new ones; one sentence each of two sources among eight new ones
    const p = pick(long);
    add(`partreuse-${i}`, [...run(p, 2), ...[0, 1, 2, 3, 4, 5].map(takeFiller)].join('\n'), [p], {
      copy: false,
      stitched: false,
      spun: false,
    });
    const m1 = pick(long);
    const m2 = pick(long);
    add(
      `lightmix-${i}`,
      [...run(m1, 1), ...[0, 1, 2, 3, 4, 5, 6, 7].map(takeFiller), ...run(m2, 1)].join('\n'),
      [m1, m2],
      { copy: false, stitched: false, spun: false },
    );
    // spin without reuse: new text with long forms is not spun
    const h = spinPool.pop();
    if (h) add(`ownspin-${i}`, spinText(h.text), [], { copy: false, stitched: false, spun: false }, [h]);
  }
  return { docs, expected };
}

/** Word 8-grams of a text (lower-cased words), to keep the truth clean of reuse already in the datasets. */
function grams8(text: string): string[] {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 8 <= w.length; i++) out.push(w.slice(i, i + 8).join(' '));
  return out;
}

/** Drops articles sharing any word 8-gram with an article kept before them (wire re-sends, BBC duplicates). */
export function dropOverlapping(docs: Doc[], seen = new Set<string>()): Doc[] {
  const kept: Doc[] = [];
  for (const d of docs) {
    const g = grams8(d.text);
    if (g.some((x) => seen.has(x))) continue;
    for (const x of g) seen.add(x);
    kept.push(d);
  }
  return kept;
}

const prf = (tp: number, fp: number, fn: number) => ({
  p: tp / Math.max(1, tp + fp),
  r: tp / Math.max(1, tp + fn),
});

export async function evaluateReuseFlags(opts: EvalOptions): Promise<EvalRow[]> {
  const reuters = readReuters(opts.shared, 1200);
  const bbc = readBbc(opts.shared, 600);
  if (reuters.length + bbc.length === 0)
    return [{ set: 'reuse flags', metric: 'missing datasets', value: null }];
  // the truth assumes originals and new text share nothing: drop articles overlapping earlier ones (8-gram)
  const seen = new Set<string>();
  const pool = dropOverlapping([...reuters.slice(0, 600), ...bbc.slice(0, 300)], seen);
  const heldOut = dropOverlapping([...reuters.slice(600), ...bbc.slice(300)], seen);
  const { docs, expected } = buildReuseCorpus(pool, heldOut, 60);
  const r = rng(99);
  const order = docs
    .map((d) => [r(), d] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, d]) => d);
  const corpus = new Corpus();
  for (const d of order) await corpus.addArticle(d, []);
  const counts = { copy: [0, 0, 0], stitched: [0, 0, 0], spun: [0, 0, 0] };
  let srcFound = 0;
  let srcTotal = 0;
  const misses: string[] = [];
  for (const d of docs) {
    const want = expected.get(d.id)!;
    const p = (await corpus.provenance(d.id))!;
    const got = { copy: p.copyOf !== null, stitched: p.stitched, spun: p.spun };
    for (const k of ['copy', 'stitched', 'spun'] as const) {
      const c = counts[k];
      if (got[k] && want[k]) c[0] = (c[0] ?? 0) + 1;
      else if (got[k]) c[1] = (c[1] ?? 0) + 1;
      else if (want[k]) c[2] = (c[2] ?? 0) + 1;
      if (got[k] !== want[k])
        misses.push(
          `${d.id} ${k}: got ${got[k]} share ${p.reusedShare.toFixed(2)} sources ${p.sources.map((s) => `${s.article}:${s.share.toFixed(2)}`).join(',')}`,
        );
    }
    if (want.stitched) {
      const named = new Set(p.sources.map((s) => s.article));
      srcTotal += want.sources.length;
      srcFound += want.sources.filter((s) => named.has(s)).length;
    }
  }
  if (opts.misses) for (const m of misses) process.stderr.write(`reuse miss: ${m}\n`);
  const set = `reuse flags (${pool.length} Reuters/BBC originals + ${docs.length - pool.length} built pages)`;
  const rows: EvalRow[] = [];
  for (const k of ['copy', 'stitched', 'spun'] as const) {
    const [tp = 0, fp = 0, fn = 0] = counts[k];
    const { p, r: rec } = prf(tp, fp, fn);
    rows.push({ set, metric: `${k} precision`, value: p, target: 0.95 });
    rows.push({ set, metric: `${k} recall`, value: rec, target: 0.95 });
  }
  rows.push({ set, metric: 'stitched: true sources named', value: srcFound / Math.max(1, srcTotal) });
  return rows;
}

/** The seed's done-when: sources.jsonl then the seed; the seed stitched and spun, its sources, the hackers cluster. */
export async function evaluateSeedProvenance(opts: EvalOptions): Promise<EvalRow[]> {
  const dir = join(opts.shared, 'seed');
  const lines = readFileSync(join(dir, 'sources.jsonl'), 'utf8').trim().split('\n');
  const docs: Doc[] = lines.map((l) => {
    const j = JSON.parse(l) as { id: string; date: string; text: string; outlet?: string; source?: string };
    return { id: j.id, date: j.date, text: j.text, source: j.outlet ?? j.source ?? '' };
  });
  const seedFile = readdirSync(dir).find((f) => /^000_.*\.txt$/.test(f)) ?? '';
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) ([\s\S]*)$/.exec(readFileSync(join(dir, seedFile), 'utf8'));
  const seedId = seedFile.replace(/\.txt$/, '');
  docs.push({ id: seedId, date: m?.[1] ?? '', text: m?.[2]?.trim() ?? '', source: 'seed' });
  const analyses = new Map(
    docs.map((d) => [d.id, analyze({ id: d.id, date: d.date, text: d.text, source: d.source })]),
  );
  // the cluster ids a store would hold: assigned incrementally after each article, relabels applied
  let incrementalAgrees = true;
  const ingest = async (order: Doc[]) => {
    const c = new Corpus();
    const held = new Map<string, string>();
    for (const d of order) {
      const analysis = analyses.get(d.id)!;
      await c.addArticle({ ...d, spin: analysis.spin }, toQuoteReports(analysis));
      const got = await c.assignClusterIds();
      if (got.relabel.size) for (const [q, id] of held) held.set(q, got.relabel.get(id) ?? id);
      for (const [q, id] of got.byQuote) held.set(q, id);
    }
    const whole = await c.clusterIds(await c.reports.speakerKeys());
    if (JSON.stringify([...held].sort()) !== JSON.stringify([...whole].sort())) incrementalAgrees = false;
    return c;
  };
  const corpus = await ingest(docs);
  // the same articles one at a time in reverse order, the seed first: the same clusters and first reports?
  const reversed = await ingest([...docs].reverse());
  const summary = async (c: Corpus) =>
    JSON.stringify(
      (await c.clusters()).map((x) => [x.id, x.firstReport?.quoteId, x.reports.map((r) => r.quoteId)]),
    );
  const sameClusters = (await summary(corpus)) === (await summary(reversed));
  const sameProvenance =
    JSON.stringify(await corpus.provenance(seedId)) === JSON.stringify(await reversed.provenance(seedId));
  const p = (await corpus.provenance(seedId))!;
  const hackers = (await corpus.clusters({ speaker: 'Putin' })).filter((c) =>
    c.variants.some((v) => /hackers can be (any|every)where/i.test(v.text)),
  );
  const h = hackers[0];
  process.stderr.write(
    `seed provenance: ${JSON.stringify({ copyOf: p.copyOf, stitched: p.stitched, spun: p.spun, reusedShare: p.reusedShare.toFixed(3), sources: p.sources.map((s) => `${s.article} ${s.sentences} ${s.share.toFixed(2)}${s.spun ? ' spun' : ''}`), substitutions: p.substitutions.map((s) => `${s.text} ← ${s.usual} (${s.source ?? 'no source'})`) })}\n`,
  );
  if (h) {
    process.stderr.write(
      `hackers cluster ${h.id}: ${h.reports.length} reports, ${h.outlets} outlets, first ${h.firstReport?.article} ${h.firstReport?.time} (ties ${h.firstReportTies}), canonical "${h.canonical.slice(0, 80)}…"\n`,
    );
    for (const v of h.variants) process.stderr.write(`  variant ×${v.reports}: ${v.text.slice(0, 90)}\n`);
  }
  const set = 'seed (sources.jsonl, then the seed)';
  return [
    { set, metric: 'seed stitched (1 = yes)', value: p.stitched ? 1 : 0, target: 1 },
    { set, metric: 'seed spun (1 = yes)', value: p.spun ? 1 : 0, target: 1 },
    { set, metric: 'seed reused share', value: p.reusedShare },
    { set, metric: 'seed sources named', value: p.sources.length },
    { set, metric: 'substitutions listed', value: p.substitutions.length },
    { set, metric: '"Hackers can be anywhere" clusters', value: hackers.length, target: 1 },
    { set, metric: '… its reports', value: h?.reports.length ?? 0 },
    { set, metric: '… its variants', value: h?.variants.length ?? 0 },
    {
      set,
      metric: 'same clusters and first reports in reverse order (1 = yes)',
      value: sameClusters ? 1 : 0,
      target: 1,
    },
    {
      set,
      metric: 'incremental cluster ids = whole-block clustering, both orders (1 = yes)',
      value: incrementalAgrees ? 1 : 0,
      target: 1,
    },
    {
      set,
      metric: 'same seed provenance in reverse order (1 = yes)',
      value: sameProvenance ? 1 : 0,
      target: 1,
    },
  ];
}

/** Cost per ingested article (fingerprint + index + quote clustering + provenance) at growing index sizes:
 * synthetic pages of real sentences carrying quotes (real sentences too) by speakers of Zipf-like popularity,
 * half of them repeats of earlier quotes, so that much-quoted speakers' blocks grow with the index. */
export async function evaluateCorpusScale(opts: EvalOptions): Promise<EvalRow[]> {
  const sizes = (process.env.CORPUS_SCALE_SIZES ?? '1000,10000').split(',').map(Number);
  const docs = [...readReuters(opts.shared, 20000), ...readBbc(opts.shared, 2225)];
  const sentences = docs.flatMap(sentencesOf).filter((s) => s.split(' ').length >= 6);
  if (sentences.length === 0) return [{ set: 'corpus scale', metric: 'missing datasets', value: null }];
  const rows: EvalRow[] = [];
  const r = rng(3);
  const speakers = 2000;
  // speaker k quoted with weight 1/(k+1): the first few carry a large share of all quotes
  const speakerOf = () => Math.min(speakers - 1, Math.floor(Math.exp(r() * Math.log(speakers + 1))) - 1);
  const said: Array<[number, string]> = [];
  // CORPUS_SCALE_TEXT=pool: every sentence verbatim from the finite pool of real sentences (the earlier method).
  // At 100k pages that pool is drawn ~8 times over, so each new page shares text with more earlier ones the
  // larger the store: the cost measured then grows with reuse, not only with the store. By default 9 sentences in
  // 10 are made new (a made-up word after every fourth word changes all their 5-grams) and 1 in 10 stays verbatim,
  // so reuse per page is the same at every size.
  const pool = process.env.CORPUS_SCALE_TEXT === 'pool';
  let made = 0;
  const madeWord = () => {
    let k = made++;
    let w = '';
    do {
      w += String.fromCharCode(97 + (k % 26));
      k = Math.floor(k / 26);
    } while (k > 0);
    return `zq${w}`;
  };
  const sentence = () => {
    const s = sentences[Math.floor(r() * sentences.length)] ?? '';
    if (pool || r() < 0.1) return s;
    return s
      .split(' ')
      .map((w, k) => (k % 4 === 3 ? `${w} ${madeWord()}` : w))
      .join(' ');
  };
  const page = (i: number) => {
    const time = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
    const id = `synthetic-${i}`;
    const quotes: QuoteReport[] = Array.from({ length: Math.floor(r() * 5) }, (_, k) => {
      const again = said.length > 0 && r() < 0.5;
      const pick: [number, string] = again
        ? (said[Math.floor(r() * said.length)] as [number, string])
        : [speakerOf(), sentences[Math.floor(r() * sentences.length)] ?? ''];
      if (!again) said.push(pick);
      return {
        quoteId: `${id}:${k}:direct`,
        article: id,
        outlet: `outlet-${i % 50}`,
        time,
        speaker: `Speaker${pick[0]} Quoted`,
        speakerId: null,
        content: pick[1],
        type: 'direct',
      };
    });
    const text = Array.from({ length: 8 + Math.floor(r() * 8) }, sentence).join(' ');
    return { article: { id, published: time, text }, quotes };
  };
  // CORPUS_SCALE_BACKEND=sqlite: the store's SQLite corpus tables in a temporary file instead of memory
  const backendName = process.env.CORPUS_SCALE_BACKEND === 'sqlite' ? 'SQLite' : 'in-memory';
  // CORPUS_SCALE_CLUSTERING=whole: re-cluster every touched speaker block whole (the earlier method), to compare
  const whole = process.env.CORPUS_SCALE_CLUSTERING === 'whole';
  const batch = 100;
  const known = Number(process.env.CORPUS_SCALE_COPIES_KNOWN ?? 0) > 0;
  const label = (size: number) =>
    `corpus scale, ${backendName} index at ${size} articles${whole ? ', whole-block clustering' : ''}${pool ? ', pool text' : ''}${known ? ', copy statuses known' : ''}`;
  if (backendName === 'SQLite')
    return measureSqliteInterleaved(sizes, batch, page, whole, label, process.env.CORPUS_SCALE_PRAGMAS);
  const corpus = new Corpus();
  const spent = { index: 0, clusters: 0, commit: 0 };
  const addBatch = async (pages: Array<ReturnType<typeof page>>) => {
    const t0 = performance.now();
    const touched = new Set<string>();
    for (const p of pages) for (const k of await corpus.addArticle(p.article, p.quotes)) touched.add(k);
    const t1 = performance.now();
    if (whole) await corpus.clusterIds(touched);
    else await corpus.assignClusterIds();
    spent.clusters += performance.now() - t1;
    spent.index += performance.now() - t0;
  };
  let n = 0;
  for (const size of sizes) {
    const t = performance.now();
    while (n < size) await addBatch(Array.from({ length: Math.min(batch, size - n) }, () => page(n++)));
    process.stderr.write(
      `corpus scale: ${size} articles indexed in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const probe = 500;
    const added: number[] = [];
    spent.index = spent.clusters = spent.commit = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < probe; i += batch)
      await addBatch(
        Array.from({ length: batch }, () => {
          added.push(n);
          return page(n++);
        }),
      );
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    for (const id of added.slice(0, 100)) await corpus.provenance(`synthetic-${id}`);
    const t2 = performance.now();
    const set = label(size);
    rows.push(
      { set, metric: 'ingest ms per article (index + clusters, batches of 100)', value: (t1 - t0) / probe },
      // CPU time of this process (user + system): less at the mercy of other jobs on the machine than wall time
      { set, metric: '… CPU ms per article', value: (cpu.user + cpu.system) / 1000 / probe },
      {
        set,
        metric: '… of which indexing prints and reports',
        value: (spent.index - spent.clusters) / probe,
      },
      { set, metric: '… of which clustering', value: spent.clusters / probe },
      { set, metric: 'provenance ms per article (read side)', value: (t2 - t1) / 100 },
    );
  }
  return rows;
}

interface ScalePage {
  article: { id: string; published: string; text: string };
  quotes: QuoteReport[];
}

/** The SQLite index grown to each size in turn, a copy kept at every size but the last; then the same new pages
 * go into every size's store, batch by batch, the order of the stores alternating, so that each size is measured
 * under the same conditions (a busy machine slows all of them alike) and the ratio is one run's. The WAL is
 * checkpointed in the writing thread here, so that each store's checkpoint counts against that store. */
async function measureSqliteInterleaved(
  sizes: number[],
  batch: number,
  page: (i: number) => ScalePage,
  whole: boolean,
  label: (size: number) => string,
  pragmas: string | undefined,
): Promise<EvalRow[]> {
  const { SqliteStore } = await import('../../src/store/sqlite-store.js');
  const { SqliteCorpusBackend } = await import('../../src/store/sqlite/corpus-tables.js');
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-scale-'));
  const open = async (file: string, bulk: boolean) => {
    // CORPUS_SCALE_PAGE_SIZE=N: a new database file made with that page size (to compare settings)
    if (process.env.CORPUS_SCALE_PAGE_SIZE && !existsSync(file)) {
      const Db = (await import('better-sqlite3')).default;
      const pre = new Db(file);
      pre.pragma(`page_size = ${Number(process.env.CORPUS_SCALE_PAGE_SIZE)}`);
      pre.exec('CREATE TABLE page_size_probe (x); DROP TABLE page_size_probe;');
      pre.close();
    }
    const store = new SqliteStore(file);
    await store.init();
    // CORPUS_SCALE_PRAGMAS="cache_size=-262144;…": applied after the store's own (to compare settings)
    for (const p of (pragmas ?? '').split(';').filter(Boolean)) store.db.pragma(p);
    // while building, WAL checkpoints on their own thread, as `ingest` runs
    if (bulk) store.expectBulkWrites();
    const backend = new SqliteCorpusBackend(store.db);
    return { store, backend, corpus: new Corpus(backend.prints, backend.reports, backend.clusters) };
  };
  type Opened = Awaited<ReturnType<typeof open>>;
  const spent = { index: 0, clusters: 0, commit: 0, cpuIndex: 0, cpuClusters: 0, cpuCommit: 0 };
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const addBatch = async (o: Opened, pages: ScalePage[]) => {
    let t1 = 0;
    let c1 = process.cpuUsage();
    const t0 = performance.now();
    const c0 = c1;
    // one transaction per batch, without a savepoint per write, as `ingest` runs its corpus step
    // (CORPUS_SCALE_SAVEPOINTS=1: the careful transaction, a savepoint per write, as measured before session 12)
    const inBatch = async (fn: () => Promise<void>) => {
      const done = async () => {
        await fn();
        return true;
      };
      if (process.env.CORPUS_SCALE_SAVEPOINTS || !(await o.backend.inBatchTransaction(done, () => true)))
        await o.backend.inTransaction(fn);
    };
    await inBatch(async () => {
      const touched = new Set<string>();
      for (const p of pages) for (const k of await o.corpus.addArticle(p.article, p.quotes)) touched.add(k);
      t1 = performance.now();
      c1 = process.cpuUsage();
      if (whole) await o.corpus.clusterIds(touched);
      else await o.corpus.assignClusterIds();
      spent.clusters += performance.now() - t1;
      spent.cpuClusters += cpuMs(process.cpuUsage(c1));
      t1 = performance.now();
      c1 = process.cpuUsage();
    });
    spent.commit += performance.now() - t1;
    spent.cpuCommit += cpuMs(process.cpuUsage(c1));
    spent.index += t1 - t0;
    spent.cpuIndex += cpuMs(process.cpuUsage(c0));
  };
  const rows: EvalRow[] = [];
  const files: string[] = [];
  // CORPUS_SCALE_KEEP=dir: the built stores are kept there (scale-N.db) and, when all sizes are there, copied from
  // there instead of built again (the pages are still made, for the same pages after them)
  const keep = process.env.CORPUS_SCALE_KEEP;
  const kept = (size: number) => join(keep ?? '', `scale-${size}.db`);
  try {
    let n = 0;
    if (keep && sizes.every((size) => existsSync(kept(size)))) {
      for (const size of sizes) {
        while (n < size) page(n++);
        const file = join(dir, `scale-${size}.db`);
        copyFileSync(kept(size), file);
        files.push(file);
      }
      process.stderr.write(`corpus scale: stores of ${sizes.join(', ')} articles copied from ${keep}\n`);
    }
    const live = files.length ? null : await open(join(dir, 'scale.db'), true);
    for (const size of live ? sizes : []) {
      if (!live) break;
      const t = performance.now();
      while (n < size)
        await addBatch(
          live,
          Array.from({ length: Math.min(batch, size - n) }, () => page(n++)),
        );
      process.stderr.write(
        `corpus scale: ${size} articles indexed in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
      );
      const file = join(dir, `scale-${size}.db`);
      if (size !== sizes[sizes.length - 1]) {
        // a copy of the store as it stands (the WAL emptied into the file first)
        // (busy while the checkpoint thread is at work: tried again a little later)
        for (
          let tries = 0;
          (live.store.db.pragma('wal_checkpoint(TRUNCATE)', { simple: true }) as number) !== 0;
          await new Promise((done) => setTimeout(done, 50))
        )
          if (++tries > 100) throw new Error('corpus scale: the WAL could not be checkpointed for a copy');
        copyFileSync(join(dir, 'scale.db'), file);
      }
      files.push(size === sizes[sizes.length - 1] ? join(dir, 'scale.db') : file);
    }
    if (live) {
      // closing the last connection empties the WAL into the file
      await live.store.close();
      if (keep) for (const [i, size] of sizes.entries()) copyFileSync(files[i] as string, kept(size));
    }
    const stores: Opened[] = [];
    for (const f of files) stores.push(await open(f, false));
    // CORPUS_SCALE_COPIES_KNOWN=N: the copy statuses of N stored articles read first, as a provenance read from
    // the CLI, API or web stores them; from then on every ingested article pays refreshCopies' band and
    // fingerprint lookups (by default no status is known, and refreshCopies skips them)
    const copiesKnown = Number(process.env.CORPUS_SCALE_COPIES_KNOWN ?? 0);
    const knownNow = async () => {
      const known: boolean[] = [];
      for (const o of stores) known.push((await o.backend.prints.anyCopyKnown?.()) ?? false);
      return known;
    };
    const knownIds = Array.from(
      { length: copiesKnown },
      (_, k) => `synthetic-${Math.floor((k * (sizes[0] ?? 0)) / copiesKnown)}`,
    );
    if (copiesKnown > 0) {
      for (const o of stores) await o.corpus.copyOfMap(knownIds);
      const known = await knownNow();
      if (known.includes(false)) throw new Error('corpus scale: copy statuses read but none known');
    }
    const probe = Number(process.env.CORPUS_SCALE_PROBE ?? 1000);
    const took = stores.map(() => ({
      cpu: 0,
      wall: 0,
      index: 0,
      clusters: 0,
      commit: 0,
      cpuIndex: 0,
      cpuClusters: 0,
      cpuCommit: 0,
    }));
    const added: string[] = [];
    // one batch into each store first, not measured: the page caches of stores just opened
    for (let round = -1; round < probe / batch; round++) {
      const pages = Array.from({ length: batch }, () => page(n++));
      if (round >= 0 && added.length < 100) added.push(...pages.map((p) => p.article.id));
      const order = stores.map((_, i) => i);
      if (round % 2 !== 0) order.reverse();
      for (const i of order) {
        const o = stores[i] as Opened;
        for (const k of Object.keys(spent) as Array<keyof typeof spent>) spent[k] = 0;
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await addBatch(o, pages);
        const cpu = process.cpuUsage(cpu0);
        const t = took[i];
        if (round < 0 || !t) continue;
        t.wall += performance.now() - t0;
        t.cpu += (cpu.user + cpu.system) / 1000;
        t.index += spent.index - spent.clusters;
        t.clusters += spent.clusters;
        t.commit += spent.commit;
        t.cpuIndex += spent.cpuIndex - spent.cpuClusters - spent.cpuCommit;
        t.cpuClusters += spent.cpuClusters;
        t.cpuCommit += spent.cpuCommit;
      }
    }
    if (copiesKnown > 0)
      process.stderr.write(
        `corpus scale: copy statuses still known after the batches: ${await knownNow()}\n`,
      );
    // the FTS5 segments a lookup visits (builds whose store has the FTS5 postings)
    for (const [i, o] of stores.entries()) {
      const segs = ['corpus_fp_docs', 'corpus_band_docs'].map((t) => fts5Segments(o.store.db, t));
      if (segs.every((n) => n !== null))
        process.stderr.write(
          `corpus scale: store ${sizes[i]}, FTS5 segments after the batches: ${segs.join(' + ')}\n`,
        );
    }
    // the copy statuses read before the batches read again after them (checked or computed again), then once more
    // (a clusters listing reads the status of every article in its blocks)
    const reads = stores.map(() => [0, 0]);
    for (const pass of copiesKnown > 0 ? [0, 1] : [])
      for (const [i, o] of stores.entries()) {
        const r = reads[i] as number[];
        // how many were computed again (a build whose Corpus has computeCopyOf)
        const corpus = o.corpus as Corpus & { computeCopyOf?: (id: string) => Promise<string | null> };
        const compute = corpus.computeCopyOf?.bind(corpus);
        let computed = 0;
        if (compute)
          corpus.computeCopyOf = (id: string) => {
            computed++;
            return compute(id);
          };
        const c0 = process.cpuUsage();
        await o.corpus.copyOfMap(knownIds);
        r[pass] = cpuMs(process.cpuUsage(c0)) / knownIds.length;
        if (compute) {
          corpus.computeCopyOf = compute;
          process.stderr.write(
            `corpus scale: store ${sizes[i]}, read ${pass + 1}: ${computed} of ${knownIds.length} copy statuses computed again\n`,
          );
        }
      }
    const provenance = stores.map(() => 0);
    for (const id of added)
      for (const [i, o] of stores.entries()) {
        const t0 = performance.now();
        await o.corpus.provenance(id);
        provenance[i] = (provenance[i] ?? 0) + performance.now() - t0;
      }
    // the fingerprint and band lookups of the new prints, twice (CPU ms per print): what a provenance or copy-status
    // read pays per article (after the provenance reads, which leave the other metrics as they were)
    const lookups = stores.map(() => [0, 0]);
    for (const [i, o] of stores.entries()) {
      const prints = [];
      for (const id of added) {
        const p = await o.backend.getPrint(id);
        if (p) prints.push(p);
      }
      for (const pass of [0, 1]) {
        const c0 = process.cpuUsage();
        for (const p of prints) {
          await o.backend.lookupFingerprints(p.sentences.flatMap((x) => x.fps));
          await o.backend.lookupBands(p.bands);
        }
        (lookups[i] as number[])[pass] = cpuMs(process.cpuUsage(c0)) / Math.max(1, prints.length);
      }
    }
    for (const [i, size] of sizes.entries()) {
      const t = took[i];
      if (!t) continue;
      const set = label(size);
      rows.push(
        { set, metric: 'ingest ms per article (index + clusters, batches of 100)', value: t.wall / probe },
        // CPU time of this process (user + system): less at the mercy of other jobs on the machine than wall time
        { set, metric: '… CPU ms per article', value: t.cpu / probe },
        { set, metric: '… of which indexing prints and reports', value: t.index / probe },
        { set, metric: '… of which clustering', value: t.clusters / probe },
        { set, metric: '… of which commit (and WAL checkpoint)', value: t.commit / probe },
        { set, metric: '… CPU ms of indexing prints and reports', value: t.cpuIndex / probe },
        { set, metric: '… CPU ms of clustering', value: t.cpuClusters / probe },
        { set, metric: '… CPU ms of commit (and WAL checkpoint)', value: t.cpuCommit / probe },
        { set, metric: 'provenance ms per article (read side)', value: (provenance[i] ?? 0) / added.length },
        {
          set,
          metric: 'lookups of a new print (after its provenance read), CPU ms per print',
          value: lookups[i]?.[0] ?? 0,
        },
        { set, metric: '… looked up again', value: lookups[i]?.[1] ?? 0 },
      );
      const r = reads[i];
      if (copiesKnown > 0 && r)
        rows.push(
          { set, metric: 'copy status read after the batches, CPU ms per article', value: r[0] ?? 0 },
          { set, metric: '… read again', value: r[1] ?? 0 },
        );
    }
    const first = took[0];
    const last = took[took.length - 1];
    if (first && last && took.length > 1)
      rows.push({
        set: `corpus scale, SQLite index ${sizes[sizes.length - 1]} vs ${sizes[0]} articles, interleaved batches`,
        metric: 'CPU ms per article, ratio',
        value: last.cpu / first.cpu,
      });
    for (const o of stores) await o.store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
