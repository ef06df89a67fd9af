// PAN's text-alignment measures (Potthast et al. 2010): character precision and recall over cases and
// detections (a detection counts for a case only when it overlaps it in both documents), granularity,
// and plagdet = F1 / log2(1 + granularity).

/** One reuse case or detection: a passage of the suspicious document and one of the source, in one pair. */
export interface PlagCase {
  pair: string;
  thisStart: number;
  thisEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

export interface PlagdetScore {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

function detects(r: PlagCase, s: PlagCase): boolean {
  return (
    r.pair === s.pair &&
    overlap(r.thisStart, r.thisEnd, s.thisStart, s.thisEnd) > 0 &&
    overlap(r.sourceStart, r.sourceEnd, s.sourceStart, s.sourceEnd) > 0
  );
}

/** Characters of the union of intervals [a, b) clipped to [lo, hi). */
function unionClipped(intervals: Array<[number, number]>, lo: number, hi: number): number {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)] as [number, number])
    .filter(([a, b]) => b > a);
  clipped.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curA = -1;
  let curB = -1;
  for (const [a, b] of clipped) {
    if (a > curB) {
      if (curB > curA) total += curB - curA;
      curA = a;
      curB = b;
    } else curB = Math.max(curB, b);
  }
  if (curB > curA) total += curB - curA;
  return total;
}

/** Share of `x`'s characters (both sides) covered by the `others` that detect it (or that it detects). */
function coveredShare(x: PlagCase, others: PlagCase[]): number {
  const hit = others.filter((o) => detects(o, x));
  const size = x.thisEnd - x.thisStart + (x.sourceEnd - x.sourceStart);
  if (size <= 0 || hit.length === 0) return 0;
  const inThis = unionClipped(
    hit.map((o) => [o.thisStart, o.thisEnd]),
    x.thisStart,
    x.thisEnd,
  );
  const inSource = unionClipped(
    hit.map((o) => [o.sourceStart, o.sourceEnd]),
    x.sourceStart,
    x.sourceEnd,
  );
  return (inThis + inSource) / size;
}

/** Scores `detections` against `cases` (both across all pairs of one set). */
export function scorePlagdet(cases: PlagCase[], detections: PlagCase[]): PlagdetScore {
  const byPair = <T extends PlagCase>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) {
      let l = m.get(x.pair);
      if (!l) {
        l = [];
        m.set(x.pair, l);
      }
      l.push(x);
    }
    return m;
  };
  const casesBy = byPair(cases);
  const detsBy = byPair(detections);
  let recallSum = 0;
  let detectedCases = 0;
  let granSum = 0;
  for (const s of cases) {
    const dets = detsBy.get(s.pair) ?? [];
    recallSum += coveredShare(s, dets);
    const n = dets.filter((r) => detects(r, s)).length;
    if (n > 0) {
      detectedCases++;
      granSum += n;
    }
  }
  let precSum = 0;
  for (const r of detections) precSum += coveredShare(r, casesBy.get(r.pair) ?? []);
  const precision = detections.length ? precSum / detections.length : 0;
  const recall = cases.length ? recallSum / cases.length : 0;
  const granularity = detectedCases ? granSum / detectedCases : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    granularity,
    plagdet: f1 / Math.log2(1 + granularity),
    cases: cases.length,
    detections: detections.length,
  };
}
