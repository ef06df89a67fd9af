import type { TimeExpression } from '../types.js';
import { isInRelativeAside } from './day-in-relative-aside.js';
import { toWhen } from './when-rule.js';

/**
 * True when a time expression between the lead's end and `at` moves the story on from the lead's day `when`: a
 * past date other than the lead's own. Not a date still to come, not a clock time ("when polls closed at 8 p.m.",
 * which names no day), not the lead's day again, not one inside a relative aside ("Vell, who is running again this
 * year, praised …").
 */
export function dateSinceLead(
  all: readonly TimeExpression[],
  text: string,
  published: string,
  leadEnd: number,
  at: number,
  when: string,
): boolean {
  return all.some((u) => {
    if (u.start < leadEnd || u.start >= at) return false;
    const w = toWhen(u);
    if (w === null || (published && w.slice(0, published.length) > published.slice(0, w.length)))
      return false;
    if (u.rule === 'dates/time-of-day' || w === when) return false;
    return !isInRelativeAside(text, leadEnd, u);
  });
}
