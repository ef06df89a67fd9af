// Word lists the time-expression rules share.

export { MONTH_RE, WEEKDAY_RE } from '../segment/calendar-words.js';

import { CARDINAL_WORDS, ORDINAL_WORDS } from '../segment/number-words.js';

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...CARDINAL_WORDS,
  half: 0.5,
  'a half': 0.5,
  dozen: 12,
  'a dozen': 12,
};

/** Vague quantities: a duration whose count is unknown ("several years" → PXY). */
export const VAGUE_WORDS = [
  'several',
  'few',
  'a few',
  'many',
  'some',
  'recent',
  'coming',
  'past',
  'next',
  'last',
];

export const NUMBER_RE =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a|an)';

/** Reads "twenty-five", "3", "a" as a number; null when it is not one. */
export function readNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const direct = NUMBER_WORDS[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[- ]/);
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0] ?? ''];
    const ones = NUMBER_WORDS[parts[1] ?? ''];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}

/** TIMEX3 duration unit letters. */
export const UNITS: Record<string, { letter: string; time: boolean }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};

export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|century|centuries)';

export function unitOf(word: string): string | null {
  const w = word.toLowerCase();
  if (w === 'centuries' || w === 'century') return 'century';
  const base = w.replace(/s$/, '');
  return UNITS[base] ? base : null;
}

/** "P3Y", "PT2H", "PXM" for a count (null = unknown) and a unit. */
export function durationValue(count: number | null, unit: string): string {
  const u = UNITS[unit];
  if (!u) return 'PXX';
  let n: string;
  if (count === null) n = 'X';
  else if (unit === 'decade')
    return `P${count * 10}Y`; // "a decade" → P10Y, as TimeML news annotates it
  else if (Number.isInteger(count)) n = String(count);
  else if (count === 0.5 && unit === 'year') return 'P6M';
  else if (count === 0.5 && unit === 'hour') return 'PT30M';
  else n = String(count);
  return u.time ? `PT${n}${u.letter}` : `P${n}${u.letter}`;
}

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

export const ORDINALS: Record<string, number> = {
  ...ORDINAL_WORDS,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  'twenty-first': 21,
  last: 4,
  final: 4,
};
