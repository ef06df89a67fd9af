// "Is [start, end) inside one of these spans?" in O(log n): spans sorted by start with a running maximum end.
import type { Span } from '../types.js';

/** A test for containment in any of the spans (`s.start <= start && end <= s.end`), same answers as a scan. */
export function coverSpans(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let max = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    max = Math.max(max, s.end);
    maxEnd.push(max);
  }
  return (start, end) => {
    // last span whose start is <= start
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] as number) >= end;
  };
}
