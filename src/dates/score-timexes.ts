// The TempEval-3 timex metrics (UzZaman et al. 2013): span P/R/F1 strict (same extent) and relaxed (any overlap);
// attribute F1 (value, type) over relaxed matches: correct / system timexes, correct / gold timexes.

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  /** One-to-one relaxed pairs, and how many of them agree on value / type. */
  pairs: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface TimexScores {
  strict: { P: number; R: number; F1: number };
  relaxed: { P: number; R: number; F1: number };
  value: { P: number; R: number; F1: number };
  type: { P: number; R: number; F1: number };
  /** Type correct among relaxed pairs. */
  typeAccuracy: number;
  counts: TimexCounts;
}

export function emptyCounts(): TimexCounts {
  return {
    gold: 0,
    system: 0,
    strictGold: 0,
    strictSystem: 0,
    relaxedGold: 0,
    relaxedSystem: 0,
    pairs: 0,
    valueCorrect: 0,
    typeCorrect: 0,
  };
}

const overlaps = (a: ScoredTimex, b: ScoredTimex) => a.start < b.end && b.start < a.end;
const same = (a: ScoredTimex, b: ScoredTimex) => a.start === b.start && a.end === b.end;

/** Normalizes values the way the scorer compares them ("2013-03-22T15:00:00" = "2013-03-22T15:00"). */
export function normalizeValue(value: string): string {
  return value.trim().replace(/(T\d\d:\d\d):00$/, '$1');
}

/** Adds one document's gold and system timexes to the running counts; returns the pairs it made. */
export function countDocument(
  counts: TimexCounts,
  gold: ScoredTimex[],
  system: ScoredTimex[],
): Array<[ScoredTimex, ScoredTimex]> {
  counts.gold += gold.length;
  counts.system += system.length;
  counts.strictGold += gold.filter((g) => system.some((s) => same(g, s))).length;
  counts.strictSystem += system.filter((s) => gold.some((g) => same(g, s))).length;
  counts.relaxedGold += gold.filter((g) => system.some((s) => overlaps(g, s))).length;
  counts.relaxedSystem += system.filter((s) => gold.some((g) => overlaps(g, s))).length;
  const used = new Set<ScoredTimex>();
  const pairs: Array<[ScoredTimex, ScoredTimex]> = [];
  for (const g of gold) {
    const s =
      system.find((x) => !used.has(x) && same(g, x)) ?? system.find((x) => !used.has(x) && overlaps(g, x));
    if (!s) continue;
    used.add(s);
    pairs.push([g, s]);
    counts.pairs++;
    if (normalizeValue(g.value) === normalizeValue(s.value)) counts.valueCorrect++;
    if (g.type === s.type) counts.typeCorrect++;
  }
  return pairs;
}

const prf = (tpP: number, nP: number, tpR: number, nR: number) => {
  const P = nP ? tpP / nP : 0;
  const R = nR ? tpR / nR : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};

export function scoreCounts(c: TimexCounts): TimexScores {
  return {
    strict: prf(c.strictSystem, c.system, c.strictGold, c.gold),
    relaxed: prf(c.relaxedSystem, c.system, c.relaxedGold, c.gold),
    value: prf(c.valueCorrect, c.system, c.valueCorrect, c.gold),
    type: prf(c.typeCorrect, c.system, c.typeCorrect, c.gold),
    typeAccuracy: c.pairs ? c.typeCorrect / c.pairs : 0,
    counts: c,
  };
}
