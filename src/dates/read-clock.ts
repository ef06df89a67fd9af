// Hour and minute of a clock phrase the time-of-day rule matched ("3 p.m.", "10:30 am", "14:00 GMT").
// chrono-node reads them; the plain forms are read here directly, giving chrono's answers (checked against chrono for
// every hour 0-99 and minute 00-99 of each form: read-clock.test.ts samples it), because chrono's first calls in a
// process cost more than all the rest of the dates stage.
import * as chrono from 'chrono-node';

export interface Clock {
  hour: number;
  minute: number;
}

// "14:00", "9:30": hours 0-23, minutes 00-59 (chrono reads no hour in "24:00")
const DIGITAL = /^(\d{1,2}):(\d{2})$/;
// "3 pm", "10:30a.m.", "12 AM": one space at most, the meridiem as chrono reads it without fail
const MERIDIEM = /^(\d{1,2})(?::(\d{2}))?( ?)(a\.m\.|p\.m\.|A\.M\.|P\.M\.|a\.m|p\.m|am|pm|AM|PM|Am|pM)$/;

// " GMT", " local time": chrono's hour and minute are the same with or without the zone (checked for each zone in
// these spellings after one or two spaces, a tab or a line break)
const ZONE_NAMES = ['GMT', 'UTC', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'ET', 'local time'];
const ZONE = new RegExp(
  `(?: {1,2}|\t|\n)(?:${ZONE_NAMES.flatMap((z) => [z, z.toLowerCase(), z.toUpperCase(), z.charAt(0).toUpperCase() + z.slice(1).toLowerCase()]).join('|')})$`,
);

/** chrono's reading where the form is plain; undefined when chrono must decide. */
function readPlainClock(phrase: string): Clock | undefined {
  const digital = DIGITAL.exec(phrase);
  if (digital) {
    const hour = Number(digital[1]);
    const minute = Number(digital[2]);
    return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
  }
  const m = MERIDIEM.exec(phrase);
  if (!m) return undefined;
  const marker = m[4] ?? '';
  // "3p.m": chrono reads no hour when "a.m"/"p.m" (no final stop) follows the digits directly
  if (!m[3] && !marker.endsWith('.') && marker.includes('.')) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 12 || minute > 59) return undefined;
  return { hour: (hour % 12) + (/^p/i.test(marker) ? 12 : 0), minute };
}

/** Hour and minute chrono reads with certainty in the phrase, or null when it reads no hour. */
export function readClockWithChrono(phrase: string): Clock | null {
  const parsed = chrono.parse(phrase, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 })[0];
  const hour = parsed?.start.isCertain('hour') ? parsed.start.get('hour') : null;
  return parsed && hour !== null ? { hour, minute: parsed.start.get('minute') ?? 0 } : null;
}

// chrono's reading depends only on the phrase; the phrases it is asked about recur
const CLOCKS = new Map<string, Clock | null>();
const MAX_CLOCKS = 10_000;

/** Hour and minute of a clock phrase as chrono reads them; null when it reads no hour. */
export function readClock(phrase: string): Clock | null {
  const plain = readPlainClock(phrase.replace(ZONE, ''));
  if (plain) return plain;
  const known = CLOCKS.get(phrase);
  if (known !== undefined) return known;
  const clock = readClockWithChrono(phrase);
  if (CLOCKS.size >= MAX_CLOCKS) CLOCKS.clear();
  CLOCKS.set(phrase, clock);
  return clock;
}
