// The PolNeAR span tagger's model: a first-order averaged perceptron over tokens, tags BIO for source (S), cue (C)
// and content (T). Feature strings are hashed into BUCKETS rows of TAGS.length weights; the shipped file
// (polnear-tagger.json.gz, written by scripts/train/train-polnear-tagger.ts) stores the non-zero weights
// quantized to integers.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-T', 'I-T'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
export const MODEL_FILE = 'polnear-tagger.json.gz';

export interface TaggerModel {
  /** Rows of the hashed feature table (a power of two). */
  buckets: number;
  /** buckets × NTAGS emission weights, times `scale` (the shipped model keeps them as 8-bit integers). */
  weights: Int8Array | Float32Array | Float64Array;
  scale: number;
  /** (NTAGS + 1) × NTAGS transition weights; row 0 is the sequence start. */
  transitions: Float32Array | Float64Array;
  /** Added to the O tag's emission score: below 0 trades precision for recall (chosen on dev). */
  outsideBias: number;
  /** For 8-bit weights stored companded: the weight of each stored value q, at index q + 128. */
  table?: Float32Array;
}

/** FNV-1a over the string's UTF-16 units, folded into the table. */
export function featureRow(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

// I-X only after B-X or I-X
const allowed = (prev: number, tag: number): boolean => {
  const t = TAGS[tag] as string;
  if (!t.startsWith('I-')) return true;
  const p = prev < 0 ? 'O' : (TAGS[prev] as string);
  return p.slice(2) === t.slice(2) && p !== 'O';
};

const ALLOWED: boolean[] = [];
for (let p = -1; p < NTAGS; p++) for (let t = 0; t < NTAGS; t++) ALLOWED.push(allowed(p, t));

/** Whether tag may follow prev (-1: the sequence start). */
export const mayFollow = (prev: number, tag: number): boolean => ALLOWED[(prev + 1) * NTAGS + tag] ?? false;

/** Emission scores of one token: the sum of its feature rows. */
export function emissions(model: TaggerModel, rows: ArrayLike<number>, out: Float64Array): void {
  out.fill(0);
  const table = model.table;
  for (let k = 0; k < rows.length; k++) {
    const base = (rows[k] as number) * NTAGS;
    if (table)
      for (let t = 0; t < NTAGS; t++)
        (out[t] as number) += table[(model.weights[base + t] as number) + 128] as number;
    else for (let t = 0; t < NTAGS; t++) (out[t] as number) += model.weights[base + t] as number;
  }
  if (model.scale !== 1) for (let t = 0; t < NTAGS; t++) (out[t] as number) *= model.scale;
}

/** Transition scores with the forbidden ones at -∞ (row 0: the sequence start). */
function allowedTransitions(model: TaggerModel): Float64Array {
  const out = new Float64Array((NTAGS + 1) * NTAGS);
  for (let p = -1; p < NTAGS; p++)
    for (let t = 0; t < NTAGS; t++) {
      const i = (p + 1) * NTAGS + t;
      out[i] = mayFollow(p, t) ? (model.transitions[i] as number) : Number.NEGATIVE_INFINITY;
    }
  return out;
}

/** The best tag sequence (indices into TAGS) for tokens given as lists of feature rows. */
export function viterbi(model: TaggerModel, tokens: ArrayLike<number>[]): Uint8Array {
  const n = tokens.length;
  const out = new Uint8Array(n);
  if (!n) return out;
  const trans = allowedTransitions(model);
  const score = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  const em = new Float64Array(NTAGS);
  for (let i = 0; i < n; i++) {
    emissions(model, tokens[i] as ArrayLike<number>, em);
    (em[0] as number) += model.outsideBias;
    for (let t = 0; t < NTAGS; t++) {
      let best = i === 0 ? (trans[t] as number) : Number.NEGATIVE_INFINITY;
      let arg = -1;
      if (i > 0)
        for (let p = 0; p < NTAGS; p++) {
          const s = (score[(i - 1) * NTAGS + p] as number) + (trans[(p + 1) * NTAGS + t] as number);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      score[i * NTAGS + t] = best + (em[t] as number);
      back[i * NTAGS + t] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let tag = 0;
  for (let t = 0; t < NTAGS; t++) {
    const s = score[(n - 1) * NTAGS + t] as number;
    if (s > best) {
      best = s;
      tag = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = tag;
    tag = back[i * NTAGS + tag] as number;
  }
  return out;
}

/** The stored form: non-zero weights as delta-coded varint positions and integer values (base64). */
export interface StoredModel {
  format: 'onrecord-polnear-tagger/1';
  trainedOn: string;
  tags: readonly string[];
  buckets: number;
  scale: number;
  outsideBias: number;
  transitions: number[];
  positions: string;
  values: string;
  /** A stored value q stands for sign(q) · (|q| / 127)^power · 127 · scale (1, or absent: linear). */
  power?: number;
}

/**
 * The stored form of a model (weights of a float model). `power` > 1 compands the 8-bit values, keeping more
 * of the small weights (q = sign(w) · 127 · (|w| / max)^(1/power)).
 */
export function encodeModel(model: TaggerModel, trainedOn: string, levels = 127, power = 1): StoredModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w * model.scale));
  const scale = max / levels || 1;
  const pos: number[] = [];
  const vals: number[] = [];
  let last = -1;
  const quantize = (v: number) =>
    power === 1
      ? Math.round(v / scale)
      : Math.sign(v) * Math.round(levels * (Math.abs(v) / max) ** (1 / power));
  model.weights.forEach((w, i) => {
    const q = max ? quantize(w * model.scale) : 0;
    if (!q) return;
    let d = i - last;
    last = i;
    while (d >= 0x80) {
      pos.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    pos.push(d);
    vals.push(q);
  });
  return {
    format: 'onrecord-polnear-tagger/1',
    trainedOn,
    tags: TAGS,
    buckets: model.buckets,
    scale,
    outsideBias: model.outsideBias,
    transitions: [...model.transitions].map((x) => Math.round(x * 1000) / 1000),
    positions: Buffer.from(pos).toString('base64'),
    values: Buffer.from(new Int8Array(vals).buffer).toString('base64'),
    ...(power === 1 ? {} : { power }),
  };
}

export function decodeModel(stored: StoredModel): TaggerModel {
  if (stored.format !== 'onrecord-polnear-tagger/1' || stored.tags.join() !== TAGS.join())
    throw new Error(`polnear tagger: unknown model format ${stored.format}`);
  const weights = new Int8Array(stored.buckets * NTAGS);
  const pos = Buffer.from(stored.positions, 'base64');
  const vals = new Int8Array(Buffer.from(stored.values, 'base64'));
  let at = -1;
  let k = 0;
  for (let j = 0; j < vals.length; j++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = pos[k++] as number;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    at += d;
    weights[at] = vals[j] as number;
  }
  const power = stored.power ?? 1;
  const model: TaggerModel = {
    buckets: stored.buckets,
    weights,
    scale: stored.scale,
    transitions: Float32Array.from(stored.transitions),
    outsideBias: stored.outsideBias,
  };
  if (power !== 1) {
    model.table = new Float32Array(256);
    for (let q = -128; q < 128; q++) model.table[q + 128] = Math.sign(q) * (Math.abs(q) / 127) ** power * 127;
  }
  return model;
}

/** The second reading's model (the stacked tagger): the first reading's tags among its features. */
export const STACKED_MODEL_FILE = 'polnear-tagger-stacked.json.gz';

// dist/src/quotes/polnear/ → the source tree's src/quotes/polnear/ (tsc does not copy the model file)
const candidates = (file: string) => [
  new URL(`./${file}`, import.meta.url),
  new URL(`../../../../src/quotes/polnear/${file}`, import.meta.url),
];

const cached = new Map<string, TaggerModel | null>();

/** A shipped model (the first reading's by default), read once; null when the file is missing. */
export function loadTaggerModel(file = MODEL_FILE): TaggerModel | null {
  const known = cached.get(file);
  if (known !== undefined) return known;
  const url = candidates(file).find((u) => existsSync(fileURLToPath(u)));
  const model = url
    ? decodeModel(JSON.parse(gunzipSync(readFileSync(url)).toString('utf8')) as StoredModel)
    : null;
  cached.set(file, model);
  return model;
}
