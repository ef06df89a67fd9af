// Aligns reused passages between two texts (PAN text alignment): sentence seeds with tf-isf cosine and Dice both
// ≥ 0.33 (Sánchez-Pérez et al. 2014), grouped by small sentence gaps on both sides into passages, then kept when
// the passages are long enough and similar as wholes.
import { type SplitOptions, splitSentences } from './split-sentences.js';
import { tokenizeWords } from './tokenize-words.js';

export interface AlignedPassage {
  thisStart: number;
  thisEnd: number;
  sourceStart: number;
  sourceEnd: number;
  /** Seed sentence pairs inside. */
  seeds: number;
}

export interface AlignOptions extends SplitOptions {
  seedCosine?: number;
  seedDice?: number;
  /** Largest gap, in sentences, inside one passage. */
  maxGap?: number;
  /** Shortest passage kept, in characters, on each side. */
  minLength?: number;
  /** Gap for summaries: a passage whose source side is ≥ summaryRatio × longer is grouped again with this gap. */
  summaryGap?: number;
  summaryRatio?: number;
}

interface Sent {
  start: number;
  end: number;
  tf: Map<string, number>;
}

/** Longest unit, in characters: longer "sentences" (lists, markup, run-on text) are cut at line breaks, then at words. */
const MAX_UNIT = 400;

function cutLong(text: string, span: { start: number; end: number }): Array<{ start: number; end: number }> {
  if (span.end - span.start <= MAX_UNIT) return [span];
  const out: Array<{ start: number; end: number }> = [];
  let start = span.start;
  while (span.end - start > MAX_UNIT) {
    const window = text.slice(start, start + MAX_UNIT);
    let cut = window.lastIndexOf('\n');
    if (cut < MAX_UNIT / 4) cut = window.lastIndexOf(' ');
    if (cut < MAX_UNIT / 4) cut = MAX_UNIT;
    out.push({ start, end: start + cut });
    start += cut;
    while (start < span.end && /\s/.test(text[start] ?? '')) start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

function toSentences(text: string, options: SplitOptions): Sent[] {
  return splitSentences(text, options)
    .flatMap((s) => cutLong(text, s))
    .map((s) => {
      const tf = new Map<string, number>();
      for (const w of tokenizeWords(text.slice(s.start, s.end))) tf.set(w.norm, (tf.get(w.norm) ?? 0) + 1);
      return { start: s.start, end: s.end, tf };
    });
}

function cosine(a: Map<string, number>, b: Map<string, number>, isf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, n] of a) {
    const f = isf.get(w) ?? 0;
    na += (n * f) ** 2;
    const m = b.get(w);
    if (m !== undefined) dot += n * m * f * f;
  }
  for (const [w, n] of b) nb += (n * (isf.get(w) ?? 0)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function merged(sents: Sent[], from: number, to: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (let i = from; i <= to; i++) for (const [w, n] of sents[i]?.tf ?? []) tf.set(w, (tf.get(w) ?? 0) + n);
  return tf;
}

/** Splits seeds into groups whose consecutive members (ordered by `key`) are at most `gap` apart. */
function splitByGap(seeds: Array<[number, number]>, key: 0 | 1, gap: number): Array<Array<[number, number]>> {
  const sorted = [...seeds].sort((a, b) => a[key] - b[key] || a[1 - key]! - b[1 - key]!);
  const groups: Array<Array<[number, number]>> = [];
  for (const s of sorted) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && s[key] - last[key] <= gap) g.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** Seeds grouped by gaps on both sides (alternately, until stable), kept when long and similar enough. */
function toPassages(
  seeds: Array<[number, number]>,
  a: Sent[],
  b: Sent[],
  isf: Map<string, number>,
  maxGap: number,
  minLength: number,
): AlignedPassage[] {
  let groups = [seeds];
  for (let round = 0; round < 4; round++) {
    const next = groups.flatMap((g) => splitByGap(g, 0, maxGap)).flatMap((g) => splitByGap(g, 1, maxGap));
    const stable = next.length === groups.length;
    groups = next;
    if (stable) break;
  }
  const passages: AlignedPassage[] = [];
  for (const g of groups) {
    if (g.length === 0) continue;
    const ai = g.map((s) => s[0]);
    const bj = g.map((s) => s[1]);
    const a0 = Math.min(...ai);
    const a1 = Math.max(...ai);
    const b0 = Math.min(...bj);
    const b1 = Math.max(...bj);
    const p = {
      thisStart: a[a0]!.start,
      thisEnd: a[a1]!.end,
      sourceStart: b[b0]!.start,
      sourceEnd: b[b1]!.end,
      seeds: g.length,
    };
    if (p.thisEnd - p.thisStart < minLength || p.sourceEnd - p.sourceStart < minLength) continue;
    if (g.length === 1 && cosine(merged(a, a0, a1), merged(b, b0, b1), isf) < 0.5) continue;
    passages.push(p);
  }
  return resolveOverlaps(passages);
}

/** Of passages overlapping in the suspicious text, keeps the one with most seeds (then the longest). */
function resolveOverlaps(passages: AlignedPassage[]): AlignedPassage[] {
  const ranked = [...passages].sort(
    (x, y) => y.seeds - x.seeds || y.thisEnd - y.thisStart - (x.thisEnd - x.thisStart),
  );
  const kept: AlignedPassage[] = [];
  for (const p of ranked)
    if (!kept.some((k) => k.thisStart < p.thisEnd && p.thisStart < k.thisEnd)) kept.push(p);
  return kept;
}

/** Passages of `thisText` reused from `sourceText`. */
export function alignPassages(
  thisText: string,
  sourceText: string,
  options: AlignOptions = {},
): AlignedPassage[] {
  const {
    seedCosine = 0.33,
    seedDice = 0.33,
    maxGap = 4,
    minLength = 150,
    summaryGap = 24,
    summaryRatio = 3,
  } = options;
  const a = toSentences(thisText, options);
  const b = toSentences(sourceText, options);
  const df = new Map<string, number>();
  for (const s of [...a, ...b]) for (const w of s.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = a.length + b.length;
  const isf = new Map<string, number>();
  for (const [w, d] of df) isf.set(w, Math.log(n / d));
  const postings = new Map<string, number[]>();
  b.forEach((s, j) => {
    for (const w of s.tf.keys()) {
      let list = postings.get(w);
      if (!list) {
        list = [];
        postings.set(w, list);
      }
      list.push(j);
    }
  });
  const shared = new Int32Array(b.length);
  const seeds: Array<[number, number]> = [];
  a.forEach((s, i) => {
    shared.fill(0);
    const touched: number[] = [];
    for (const w of s.tf.keys()) {
      for (const j of postings.get(w) ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] ?? 0) + 1;
      }
    }
    for (const j of touched) {
      const t = b[j]!;
      const dice = (2 * (shared[j] ?? 0)) / (s.tf.size + t.tf.size);
      if (dice >= seedDice && cosine(s.tf, t.tf, isf) >= seedCosine) seeds.push([i, j]);
    }
  });
  const first = toPassages(seeds, a, b, isf, maxGap, minLength);
  const wide = toPassages(seeds, a, b, isf, summaryGap, minLength).filter(
    (p) => p.sourceEnd - p.sourceStart >= summaryRatio * (p.thisEnd - p.thisStart),
  );
  const passages = [
    ...wide,
    ...first.filter((p) => !wide.some((w) => w.thisStart < p.thisEnd && p.thisStart < w.thisEnd)),
  ];
  return passages.sort((x, y) => x.thisStart - y.thisStart);
}
