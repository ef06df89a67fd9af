// Anchor resolution: "a year earlier", "the next day" take the story's last calendar date before them (rule
// dates/anaphoric), or the publication day when there is none.
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  parseDay,
} from './calendar.js';
import type { TimexMatch } from './timex-rule.js';

const MARKER = /^@(-?\d+)([DWMQY])$/;

type Anchor =
  | { kind: 'day'; day: Day }
  | { kind: 'month'; y: number; m: number }
  | { kind: 'quarter'; y: number; q: number }
  | { kind: 'year'; y: number }
  | { kind: 'week'; day: Day };

function readAnchor(value: string): Anchor | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = parseDay(m[0]);
    return day ? { kind: 'day', day } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { kind: 'quarter', y: Number(m[1]), q: Number(m[2]) };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // Monday of ISO week: Jan 4 is always in week 1.
    const jan4 = { y: Number(m[1]), m: 1, d: 4 };
    const wd = new Date(Date.UTC(jan4.y, 0, 4)).getUTCDay() || 7;
    return { kind: 'week', day: addDays(jan4, (Number(m[2]) - 1) * 7 - (wd - 1)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { kind: 'month', y: Number(m[1]), m: Number(m[2]) };
  m = /^(\d{4})$/.exec(value);
  if (m) return { kind: 'year', y: Number(m[1]) };
  return null;
}

// Whether a year anchor repeats the year of the day or month anchor just before it ("On March 18 of last year, …
// farmers in 2016 … Four months later": the months count from the day). Only a year soon after (not "Fourth of
// July" read as the month, pages on).
const HOLDS_WITHIN = 200;
function holds(coarse: Anchor, fine: Anchor): boolean {
  if (coarse.kind !== 'year' || (fine.kind !== 'day' && fine.kind !== 'month')) return false;
  return coarse.y === (fine.kind === 'day' ? fine.day.y : fine.y);
}

function shiftAnchor(a: Anchor, n: number, unit: string): string | null {
  if (a.kind === 'day' || a.kind === 'week') {
    const day = a.day;
    if (unit === 'D') return formatDay(addDays(day, n));
    if (unit === 'W') return formatWeek(addDays(day, 7 * n));
    if (unit === 'M') {
      const d = addMonths(day, n);
      return formatMonth(d.y, d.m);
    }
    if (unit === 'Q') {
      const d = addMonths(day, 3 * n);
      return `${formatYear(d.y)}-Q${Math.floor((d.m - 1) / 3) + 1}`;
    }
    return formatYear(day.y + n);
  }
  if (a.kind === 'month') {
    if (unit === 'Y') return formatMonth(a.y + n, a.m);
    // "In February the council voted. The previous day, …": a day or two from a month is (nearly always) in it
    // (asked only when the story has narrated no day: resolveAnchored)
    if (unit === 'D' && Math.abs(n) <= 2) return formatMonth(a.y, a.m);
    if (unit === 'M') {
      const d = addMonths({ y: a.y, m: a.m, d: 1 }, n);
      return formatMonth(d.y, d.m);
    }
    return null;
  }
  if (a.kind === 'quarter') {
    if (unit === 'Y') return `${formatYear(a.y + n)}-Q${a.q}`;
    if (unit === 'Q') {
      const t = a.y * 4 + (a.q - 1) + n;
      return `${formatYear(Math.floor(t / 4))}-Q${(t % 4) + 1}`;
    }
    return null;
  }
  if (unit === 'Y') return formatYear(a.y + n);
  return null;
}

// "the November 27 maritime border agreement": a day naming a thing, not a day the story moves to
const NOUN_BEFORE = /\b(?:the|a|an|this|that|its|their|his|her)\s+$/i;
const NOUN_AFTER =
  /^\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|as|was|were|is|are|had|has)\b)\p{Ll}/u;

function before(a: Day, b: Day): boolean {
  return a.y !== b.y ? a.y < b.y : a.m !== b.m ? a.m < b.m : a.d < b.d;
}

/** True when a day-level date modifies the noun after it ("the May 3 vote"), given the text around it. */
export function isNounModifierDay(text: string, start: number, end: number): boolean {
  return (
    NOUN_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && NOUN_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * Replaces `@nU` markers with dates counted from the last calendar date before them (or the publication day).
 * With the text, a day count ("the following day") skips days that only name a thing ("the November 27
 * agreement") and counts from the story's last narrated day.
 */
export function resolveAnchored<T extends TimexMatch>(items: T[], dct: Day | null, text?: string): T[] {
  const out: T[] = [];
  let last: Anchor | null = dct ? { kind: 'day', day: dct } : null;
  // the last day the text narrates (no noun modifier; not the publication day), and whether the last was one
  let narrated: Anchor | null = null;
  let lastIsModifier = false;
  let lastEnd = 0;
  // whether the story has narrated a day: then "the previous day" after a month ("was murdered last October. The
  // previous day, …") more likely counts from that day than from the month, and stays unresolved
  let dayNarrated = false;
  for (const item of items) {
    const marker = MARKER.exec(item.value);
    if (!marker) {
      if (item.type === 'DATE' || item.type === 'TIME') {
        const anchor = readAnchor(item.value);
        if (anchor) {
          // (a year or month holding the finer date before it does not replace it: "four months later" counts
          // from the day)
          if (last && narrated === last && item.start - lastEnd <= HOLDS_WITHIN && holds(anchor, last)) {
            out.push(item);
            continue;
          }
          last = anchor;
          lastEnd = item.end;
          lastIsModifier =
            text !== undefined && anchor.kind === 'day' && isNounModifierDay(text, item.start, item.end);
          if (!lastIsModifier) narrated = anchor;
          if (!lastIsModifier && anchor.kind === 'day') dayNarrated = true;
        }
      }
      out.push(item);
      continue;
    }
    const unit = marker[2] ?? 'D';
    // (only a background day, before the narrated one: "the May 3 vote" may be the day the story tells; and only
    // a step forward: "The 15 September protest came on the same day as …" is that day)
    const background =
      Number(marker[1]) > 0 &&
      lastIsModifier &&
      last?.kind === 'day' &&
      narrated?.kind === 'day' &&
      before(last.day, narrated.day);
    const from = background && unit === 'D' ? narrated : last;
    const shifted =
      from && !(from.kind === 'month' && unit === 'D' && dayNarrated)
        ? shiftAnchor(from, Number(marker[1]), unit)
        : null;
    const value =
      shifted ?? (Number(marker[1]) < 0 ? 'PAST_REF' : Number(marker[1]) > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
    out.push({ ...item, value });
  }
  return out;
}
