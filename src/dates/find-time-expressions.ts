import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { TimeExpression } from '../types.js';
import { parseDay } from './calendar.js';
import { findDirection, findTenseCue } from './find-direction.js';
import { mergeTimeWithDay } from './merge-time-with-day.js';
import { resolveAnchored } from './resolve-anchored.js';
import type { TimexContext, TimexMatch, TimexRule } from './timex-rule.js';
import { TIMEX_RULES } from './timex-rules.js';

interface Candidate extends TimexMatch {
  rule: string;
  order: number;
}

// Each rule's pattern as a global regex, compiled once (a fresh RegExp per article cost more than the scan).
const GLOBAL_PATTERNS = new WeakMap<TimexRule, RegExp>();

function globalPatternOf(rule: TimexRule): RegExp {
  let re = GLOBAL_PATTERNS.get(rule);
  if (!re) {
    const { source, flags } = rule.pattern;
    re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
    GLOBAL_PATTERNS.set(rule, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every match of every rule, before overlaps are settled. */
export function findCandidates(ctx: TimexContext): Candidate[] {
  const out: Candidate[] = [];
  for (let order = 0; order < TIMEX_RULES.length; order++) {
    const rule = TIMEX_RULES[order] as TimexRule;
    if (rule.requires && !rule.requires.test(ctx.text)) continue;
    const re = globalPatternOf(rule);
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = rule.read(m, ctx);
      // the four fields of a match spelled out: a spread of readers' objects of several shapes cost more
      if (found && found.end > found.start)
        out.push({
          start: found.start,
          end: found.end,
          type: found.type,
          value: found.value,
          rule: rule.name,
          order,
        });
    }
  }
  return out;
}

/** Keeps the longest of overlapping matches (ties: the higher-priority rule). */
export function settleOverlaps<T extends Candidate>(cands: T[]): T[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  const kept: T[] = [];
  // kept spans are disjoint: sorted by start, their ends are sorted too, so only the last one starting before c
  // ends can reach into c (a scan of every kept span was quadratic in a long article)
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < c.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && (ends[lo - 1] as number) > c.start) continue;
    starts.splice(lo, 0, c.start);
    ends.splice(lo, 0, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Time expressions normalized against the publication date (TIMEX3-style values at their own level). */
export function findTimeExpressions(doc: Document, _seg: Segmentation): TimeExpression[] {
  const text = doc.folded;
  const ctx: TimexContext = {
    text,
    dct: parseDay(doc.article.date),
    directionAt: (start, end) => findDirection(text, start, end),
    cueAt: (start, end) => findTenseCue(text, start, end),
  };
  const kept = resolveAnchored(mergeTimeWithDay(text, settleOverlaps(findCandidates(ctx))), ctx.dct, text);
  return kept.map((c, i) => ({
    id: `t${i + 1}`,
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    rule: c.rule,
  }));
}
