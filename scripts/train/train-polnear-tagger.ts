// Trains the PolNeAR span tagger (src/quotes/polnear/span-tagger*.ts): a first-order averaged perceptron over
// tokens, BIO tags for source, cue and content, on PolNeAR train only
// (../shared/datasets/polnear/jsonl/polnear_train.jsonl, one annotator per article, as in the evaluator). Writes
// src/quotes/polnear/polnear-tagger.json.gz (hashed, quantized weights; no article text). The
// epoch count (up to the max, stopping after ONRECORD_TAGGER_PATIENCE = 5 epochs without a better dev score) and
// the O bias are chosen on PolNeAR dev, scored through the mending rules (mend-tagged-contents.ts) as the output is.
// Run: npx tsc -p tsconfig.json && node dist/scripts/train/train-polnear-tagger.js [max epochs, default 25]
// (ONRECORD_TAGGER_BITS: log2 of the hashed table's rows, default 21)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze } from '../../src/analyze.js';
import { mendTaggedContents } from '../../src/quotes/polnear/mend-tagged-contents.js';
import { featureRows, keepTaggedRelations, useSpanTagger } from '../../src/quotes/polnear/span-tagger.js';
import { ruleTags } from '../../src/quotes/polnear/span-tagger-features.js';
import {
  decodeModel,
  encodeModel,
  MODEL_FILE,
  mayFollow,
  NTAGS,
  type StoredModel,
  TAGS,
  type TaggerModel,
  viterbi,
} from '../../src/quotes/polnear/span-tagger-model.js';
import { spansFromTags, taggedAttributions } from '../../src/quotes/polnear/tagged-attributions.js';
import type { QuoteContext } from '../../src/quotes/quote-context.js';
import type { Quote } from '../../src/types.js';
import {
  f1,
  type PolnearRecord,
  pickAnnotator,
  predictedRoles,
  ROLES,
  type Role,
  readPolnear,
  type Segments,
  scoreRole,
  trimSegments,
} from '../eval/eval-polnear.js';
import { findSharedDir } from '../eval/shared-dir.js';

export const BUCKETS = 1 << Number(process.env.ONRECORD_TAGGER_BITS ?? 21);
/** The shipped file's size cap (gzip bytes). */
const MAX_BYTES = 2.8 * 1024 * 1024;

export interface Paragraph {
  from: number;
  rows: Int32Array[];
  gold: Uint8Array;
}

export interface Doc {
  rec: PolnearRecord;
  ctx: QuoteContext;
  rules: Quote[];
  paragraphs: Paragraph[];
}

/**
 * Gold tags of the tokens: each relation's roles, trimmed as the evaluator trims them, painted outermost
 * relation first onto tokens no relation has painted (PolNeAR is univocal: a report inside another's content is
 * part of it).
 */
export function goldTags(rec: PolnearRecord, ctx: QuoteContext): Uint8Array {
  const tags = new Uint8Array(ctx.tokens.length);
  const painted = new Uint8Array(ctx.tokens.length);
  const extent = (segs: Segments[]) => {
    const all = segs.flat();
    return all.length ? Math.max(...all.map((s) => s[1])) - Math.min(...all.map((s) => s[0])) : 0;
  };
  const relations = rec.attributions
    .map((a) => {
      const roles: Array<[Role, Segments]> = [];
      for (const role of ROLES) {
        const r = a[role];
        const t = r?.spans.length ? trimSegments(rec.text, r.spans, role) : null;
        if (t) roles.push([role, t]);
      }
      return roles;
    })
    .sort((a, b) => extent(b.map((x) => x[1])) - extent(a.map((x) => x[1])));
  const code = { source: 'S', cue: 'C', content: 'T' } as const;
  for (const roles of relations) {
    for (const [role, segs] of roles) {
      for (const [s, e] of segs) {
        let first = true;
        ctx.tokens.forEach((t, i) => {
          if (t.start < s || t.start >= e || painted[i]) return;
          tags[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${code[role]}` as (typeof TAGS)[number]);
          painted[i] = 1;
          first = false;
        });
      }
    }
  }
  return tags;
}

export function prepare(records: PolnearRecord[]): Doc[] {
  const docs: Doc[] = [];
  for (const rec of records) {
    let captured: { ctx: QuoteContext; quotes: Quote[] } | null = null;
    useSpanTagger((ctx, quotes) => {
      captured = { ctx, quotes };
      return quotes;
    });
    const article = { id: rec.doc_id, date: rec.publication_date ?? null, text: rec.text };
    analyze(rec.title ? { ...article, title: rec.title } : article, { kinds: 'all', spans: 'polnear' });
    if (!captured) continue;
    const { ctx, quotes } = captured as { ctx: QuoteContext; quotes: Quote[] };
    const gold = goldTags(rec, ctx);
    const paragraphs = featureRows(ctx, ruleTags(ctx, quotes), BUCKETS).map(({ from, rows }) => ({
      from,
      rows,
      gold: gold.slice(from, from + rows.length),
    }));
    docs.push({ rec, ctx, rules: quotes, paragraphs });
  }
  useSpanTagger('model');
  return docs;
}

/** Exact and overlap F1 of each role over the documents, scored as scripts/eval/eval-polnear.ts scores them. */
export function score(
  model: TaggerModel | null,
  docs: Doc[],
  rulesOnly = false,
): Record<Role, { exact: number; overlap: number }> {
  const sums = Object.fromEntries(
    ROLES.map((r) => [r, { exact: 0, overlap: 0, gold: 0, pred: 0 }]),
  ) as Record<Role, { exact: number; overlap: number; gold: number; pred: number }>;
  for (const d of docs) {
    const tagged = d.paragraphs.flatMap((p) =>
      taggedAttributions(
        d.ctx,
        spansFromTags(model ? mendTaggedContents(d.ctx, viterbi(model, p.rows), p.from) : p.gold, p.from),
      ),
    );
    // as span-tagger.ts outputs them (the gold-tag ceiling unfiltered)
    const quotes = rulesOnly ? d.rules : model ? keepTaggedRelations(tagged, d.rules) : tagged;
    const pred = predictedRoles({ text: d.rec.text, quotes } as Parameters<typeof predictedRoles>[0]);
    const gold: Record<Role, Segments[]> = { source: [], cue: [], content: [] };
    for (const a of d.rec.attributions)
      for (const role of ROLES) if (a[role]?.spans.length) gold[role].push(a[role]?.spans as Segments);
    for (const role of ROLES) {
      const c = scoreRole(d.rec.text, role, gold[role], pred[role]);
      sums[role].exact += c.exact;
      sums[role].overlap += c.overlap;
      sums[role].gold += c.gold;
      sums[role].pred += c.pred;
    }
  }
  return Object.fromEntries(
    ROLES.map((r) => {
      const c = sums[r];
      return [r, { exact: f1(c.exact, c.gold, c.pred), overlap: f1(c.overlap, c.gold, c.pred) }];
    }),
  ) as Record<Role, { exact: number; overlap: number }>;
}

/** The bias on the O tag, as a fraction `k` of the largest transition weight, whose mean exact F1 on `dev` beats
 * `current` (0 when none does), each tried printed. */
export function chooseOutsideBias(model: TaggerModel, dev: Doc[], current: number, ks: number[]): number {
  let bias = 0;
  let biasScore = current;
  const scale = Math.max(...model.transitions.map(Math.abs)) || 1;
  for (const k of ks) {
    const s = score({ ...model, outsideBias: k * scale }, dev);
    process.stdout.write(`O bias ${k} × ${scale.toFixed(1)}: dev ${show(s)}\n`);
    if (mean(s) > biasScore) {
      bias = k * scale;
      biasScore = mean(s);
    }
  }
  return bias;
}

export const show = (s: Record<Role, { exact: number; overlap: number }>) =>
  ROLES.map((r) => `${r} ${s[r].exact.toFixed(3)}/${s[r].overlap.toFixed(3)}`).join(', ');
export const mean = (s: Record<Role, { exact: number; overlap: number }>) =>
  ROLES.reduce((n, r) => n + s[r].exact, 0) / ROLES.length;

/** Structured perceptron with weight averaging (the running-sum trick: average = w − u / c). */
export class Trainer {
  w = new Float64Array(BUCKETS * NTAGS);
  u = new Float64Array(BUCKETS * NTAGS);
  tw = new Float64Array((NTAGS + 1) * NTAGS);
  tu = new Float64Array((NTAGS + 1) * NTAGS);
  c = 1;
  averaged(): TaggerModel {
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++)
      weights[i] = (this.w[i] as number) - (this.u[i] as number) / this.c;
    const transitions = new Float32Array(this.tw.length);
    for (let i = 0; i < transitions.length; i++)
      transitions[i] = (this.tw[i] as number) - (this.tu[i] as number) / this.c;
    return { buckets: BUCKETS, weights, transitions, outsideBias: 0, scale: 1 };
  }
  private add(rows: Int32Array, tag: number, v: number) {
    for (const r of rows) {
      const i = r * NTAGS + tag;
      (this.w[i] as number) += v;
      (this.u[i] as number) += this.c * v;
    }
  }
  private addT(prev: number, tag: number, v: number) {
    const i = (prev + 1) * NTAGS + tag;
    (this.tw[i] as number) += v;
    (this.tu[i] as number) += this.c * v;
  }
  step(p: Paragraph, live: TaggerModel) {
    const pred = viterbi(live, p.rows);
    for (let i = 0; i < pred.length; i++) {
      const g = p.gold[i] as number;
      const y = pred[i] as number;
      const gp = i ? (p.gold[i - 1] as number) : -1;
      const yp = i ? (pred[i - 1] as number) : -1;
      if (g !== y) {
        this.add(p.rows[i] as Int32Array, g, 1);
        this.add(p.rows[i] as Int32Array, y, -1);
      }
      if (g !== y || gp !== yp) {
        if (mayFollow(gp, g)) this.addT(gp, g, 1);
        this.addT(yp, y, -1);
      }
    }
    this.c++;
  }
}

function main(): number {
  const shared = findSharedDir();
  if (!shared) {
    process.stderr.write('train-polnear-tagger: ../shared not found (set ONRECORD_SHARED)\n');
    return 1;
  }
  const maxEpochs = Number(process.argv[2] ?? 25);
  const dir = join(shared, 'datasets', 'polnear', 'jsonl');
  const t0 = performance.now();
  const train = prepare(pickAnnotator(readPolnear(join(dir, 'polnear_train.jsonl'))));
  const dev = prepare(pickAnnotator(readPolnear(join(dir, 'polnear_dev.jsonl'))));
  const paragraphs = train.flatMap((d) => d.paragraphs);
  const tokens = paragraphs.reduce((n, p) => n + p.rows.length, 0);
  process.stdout.write(
    `train-polnear-tagger: ${train.length} train articles (${paragraphs.length} paragraphs, ${tokens} tokens), ${dev.length} dev; features in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  // the ceiling: gold tags through the same spans → quotes → scoring
  process.stdout.write(`gold tags, dev: ${show(score(null, dev))}\n`);
  const trainer = new Trainer();
  let best: { epoch: number; model: TaggerModel; dev: number } | null = null;
  // a fixed shuffle (linear congruential), so that runs repeat
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    const order = paragraphs.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    // decoding while training reads the trainer's own (unaveraged) arrays
    const live = {
      buckets: BUCKETS,
      weights: trainer.w,
      transitions: trainer.tw,
      outsideBias: 0,
      scale: 1,
    } as TaggerModel;
    for (const i of order) trainer.step(paragraphs[i] as Paragraph, live);
    const model = trainer.averaged();
    const s = score(model, dev);
    process.stdout.write(
      `epoch ${epoch}: dev ${show(s)} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`,
    );
    if (!best || mean(s) > best.dev) best = { epoch, model, dev: mean(s) };
    else if (epoch - best.epoch >= Number(process.env.ONRECORD_TAGGER_PATIENCE ?? 5)) break;
  }
  if (!best) return 1;
  // the O bias: the best mean exact F1 on dev
  best.model.outsideBias = chooseOutsideBias(best.model, dev, best.dev, [0.2, 0.1, 0.05, -0.05, -0.1, -0.2]);
  process.stdout.write(`rules alone, dev: ${show(score(null, dev, true))}\n`);
  // the 8-bit storage: linear or companded (more of the small weights kept), the best on dev within the size cap
  let chosen: { stored: StoredModel; bytes: Buffer; dev: number } | null = null;
  for (const power of [1, 1.5, 2]) {
    const stored = encodeModel(
      best.model,
      `PolNeAR train (${train.length} articles), ${best.epoch} epochs chosen on dev`,
      127,
      power,
    );
    const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
    const s = score(decodeModel(stored), dev);
    process.stdout.write(
      `stored with power ${power}: ${(bytes.length / 1024).toFixed(0)} KiB, dev ${show(s)}\n`,
    );
    if (bytes.length <= MAX_BYTES && (!chosen || mean(s) > chosen.dev))
      chosen = { stored, bytes, dev: mean(s) };
  }
  if (!chosen) return 1;
  const { stored, bytes } = chosen;
  const file = join('src', 'quotes', 'polnear', MODEL_FILE);
  writeFileSync(file, bytes);
  const shipped = decodeModel(stored);
  process.stdout.write(
    `train-polnear-tagger: epoch ${best.epoch} kept; ${file} ${(bytes.length / 1024).toFixed(0)} KiB; ${((performance.now() - t0) / 1000).toFixed(0)} s\n` +
      `  shipped model, train: ${show(score(shipped, train))}\n` +
      `  shipped model, dev:   ${show(score(shipped, dev))}\n`,
  );
  return 0;
}

// run as a script (the harness and tests import the parts above)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
