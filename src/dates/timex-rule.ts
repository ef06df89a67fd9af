import type { TimexType } from '../types.js';
import type { Day } from './calendar.js';

export type Direction = 'past' | 'future';

/** What a time-expression rule sees: the folded text, the publication day, and the tense around a span. */
export interface TimexContext {
  /** The folded document text (same offsets as the original). */
  text: string;
  /** Publication day, or null when unknown (relative values then stay `XXXX-…`). */
  dct: Day | null;
  /** Past or future for a span, from the tense of the clause around it (news default: past). */
  directionAt(start: number, end: number): Direction;
  /** Like directionAt, but null when no tense cue is near (callers then keep the publication year). */
  cueAt(start: number, end: number): Direction | null;
}

/** A time expression one rule read from one match; offsets are absolute. */
export interface TimexMatch {
  start: number;
  end: number;
  type: TimexType;
  value: string;
}

/** One named rule: a global regex and a reader that returns null when the match is not a time expression. */
export interface TimexRule {
  name: string;
  pattern: RegExp;
  /**
   * Text every match must contain (no `g` flag), tested once per article so a rule whose key word is absent
   * ("century", "quarter") skips its scan; a necessary condition only, never a filter on matches.
   */
  requires?: RegExp;
  read(m: RegExpExecArray, ctx: TimexContext): TimexMatch | null;
}

/** The match's own span, or a sub-span given by a start offset inside it. */
export function spanOf(m: RegExpExecArray, type: TimexType, value: string, skip = 0): TimexMatch {
  return { start: m.index + skip, end: m.index + m[0].length, type, value };
}

/** Length of a leading group (preposition, article) the timex does not include. */
export function leadLength(m: RegExpExecArray, group: number): number {
  return m[group]?.length ?? 0;
}
