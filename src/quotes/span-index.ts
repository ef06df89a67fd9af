/** Half-open ranges [start, end) of a text: quoted stretches, reported clauses. */
export interface Range {
  start: number;
  end: number;
}

interface Index {
  /** How many ranges the index was built from (a list grown since is indexed again). */
  length: number;
  /** Range starts, ascending. */
  starts: Float64Array;
  /** The largest end among the ranges up to each one in `starts` order. */
  reach: Float64Array;
}

// one index per list of ranges, built on first use (the lists are made once per article and not changed)
const INDEXES = new WeakMap<readonly Range[], Index>();

// below this many ranges, a scan of them all is as quick as a search
const SCAN_BELOW = 8;

function indexOf(ranges: readonly Range[]): Index {
  let index = INDEXES.get(ranges);
  if (index && index.length === ranges.length) return index;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const reach = new Float64Array(sorted.length);
  let far = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as Range;
    starts[i] = r.start;
    far = Math.max(far, r.end);
    reach[i] = far;
  }
  index = { length: ranges.length, starts, reach };
  INDEXES.set(ranges, index);
  return index;
}

/**
 * True when some range holds `offset` (start ≤ offset < end): what `ranges.some(…)` says, by a binary search
 * over an index built once per list, so a long article's thousand quotes are not rescanned for every token.
 */
export function insideSomeRange(ranges: readonly Range[], offset: number): boolean {
  if (ranges.length < SCAN_BELOW) {
    for (const r of ranges) if (offset >= r.start && offset < r.end) return true;
    return false;
  }
  const { starts, reach } = indexOf(ranges);
  // the last range starting at or before `offset`
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (reach[lo - 1] as number) > offset;
}

// lists of ranges known to be in order and apart (sentences, paragraphs), checked once per list
const ORDERED = new WeakMap<readonly Range[], number>();

function isOrderedApart(ranges: readonly Range[]): boolean {
  if (ORDERED.get(ranges) === ranges.length) return true;
  for (let i = 1; i < ranges.length; i++)
    if ((ranges[i] as Range).start < (ranges[i - 1] as Range).end) return false;
  ORDERED.set(ranges, ranges.length);
  return true;
}

/**
 * The index of the first range holding `offset` (start ≤ offset < end), or -1: what
 * `ranges.findIndex((r) => offset >= r.start && offset < r.end)` gives, by a binary search when the ranges are
 * in order and apart (the sentences of an article), so a long article's quotes do not each scan them all.
 */
export function rangeIndexHolding(ranges: readonly Range[], offset: number): number {
  if (ranges.length < SCAN_BELOW || !isOrderedApart(ranges))
    return ranges.findIndex((r) => offset >= r.start && offset < r.end);
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Range).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && offset < (ranges[lo - 1] as Range).end ? lo - 1 : -1;
}
