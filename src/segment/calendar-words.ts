// Weekday and month names, lower-cased: capitalised words that are never part of a person's or an
// organisation's name ("On Friday Smith said", "In March the bank said").

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month names without "may", which is also a modal verb and a surname ("Theresa May"). */
export const UNAMBIGUOUS_MONTH_NAMES = MONTH_NAMES.filter((m) => m !== 'may');

/** Month names as a regex alternation (full names first, abbreviations with an optional dot). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
