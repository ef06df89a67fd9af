import { atSentenceStart } from './at-sentence-start.js';
import { MONTH_RE, WEEKDAY_RE } from './calendar-words.js';

// Capitalised words after a holiday that still tell its day: "Christmas Eve", "Christmas Midnight Mass",
// "New Year's Day Morning", "Christmas Day Monday"
const TIME_WORD = new RegExp(
  `^(?:Day|Eve|Morning|Afternoon|Evening|Night|Midnight|Mass|Weekend|${WEEKDAY_RE}|${MONTH_RE})$`,
);
// Capitalised small words of a title-case headline or a sentence ("Shops Shut On Christmas As Storm Hits",
// "On Christmas I stayed home")
const JOINING =
  /^(?:I|A|An|The|And|Or|But|As|At|In|On|To|For|Of|By|With|From|After|Before|Is|Was|Will|Has|Had)$/;
// Heads of place and organisation names, a name even after a time preposition: "detained on Christmas Island"
const NAME_HEAD =
  /^(?:Islands?|Appeal|Charity|Charities|Fund|Foundation|Trust|Society|Seals|Club|Committee|Co|Company|Inc|Ltd|Association|Street|Road|Avenue|Square)$/;
// A time preposition right before: "On Christmas Day Roe said …", "since Christmas Mr Roe has …"
const TIME_PREPOSITION =
  /\b(?:on|at|by|before|after|since|until|till|over|during|around|through|this|last|next|every|from)\s+$/i;
// Words before "of" that make a time, not a name: "Ahead of Christmas", "the Eve of Christmas"
const NOT_NAME_BEFORE_OF = /^(?:Ahead|Because|Instead|Eve|Run-up)$/;

/**
 * True when the holiday at [start, end) is a word of a name, not a date: "the Grand Orchestra of Christmas
 * Charity", "Christmas Island", "the Office Christmas Special", "the New Year's Day Trading Bill". Still a date:
 * "on Christmas Day", "at Christmas", "Christmas Eve", "On Christmas Day Roe said", "Ahead of Christmas".
 */
export function isHolidayInName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // a capitalised word after, on the same line with no punctuation between: "Christmas Charity"
  const next = /^[ \u00a0]+([A-Z][A-Za-z'’&-]*)/.exec(text.slice(end, end + 30))?.[1];
  if (next) {
    if (NAME_HEAD.test(next)) return true;
    if (!TIME_WORD.test(next) && !JOINING.test(next) && !TIME_PREPOSITION.test(before)) return true;
  }
  // "of" after a capitalised word that does not open the sentence: "the Great Orchestra of Christmas"
  const of = /([A-Z][A-Za-z'’-]*)\s+of\s+$/.exec(before);
  if (!of || NOT_NAME_BEFORE_OF.test(of[1] ?? '')) return false;
  return !atSentenceStart(text, start - of[0].length);
}

// A holiday opening the text at a point: "Christmas Day", "New Year's Eve", "Boxing Day", "Easter Sunday",
// "Thanksgiving"
const HOLIDAY_AT =
  /^(?:Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Boxing Day|Halloween|Valentine['’]s Day|Independence Day|Bastille Day|Armistice Day|Veterans Day|St\.? Patrick['’]s Day|Easter(?: Sunday| Day| Monday)?|Good Friday|(?:Holy|Maundy) Thursday|Palm Sunday|Ash Wednesday|Ascension Day|Pentecost(?: Sunday)?|Whit (?:Sunday|Monday)|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Columbus Day)(?![\p{L}'’])/u;

// The first two letters of every holiday HOLIDAY_AT reads ("Ch" of "Christmas", "Ne" of "New Year's Day"):
// a word opening with other letters is no holiday, told by code before a slice and a regex (most words are none).
const HOLIDAY_OPENINGS = new Set(
  [
    'Ch',
    'Ne',
    'Bo',
    'Ha',
    'Va',
    'In',
    'Ba',
    'Ar',
    'Ve',
    'St',
    'Ea',
    'Go',
    'Ho',
    'Ma',
    'Pa',
    'As',
    'Pe',
    'Wh',
    'Th',
    'Me',
    'La',
    'Co',
  ].map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)),
);

/** False when the text at `start` cannot open a holiday of HOLIDAY_AT ("Chairman" may; "Prime" may not). */
export function mayOpenHoliday(text: string, start: number): boolean {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  // (every opening is ASCII: a character beyond it, or none, opens no holiday)
  return a < 128 && b < 128 && HOLIDAY_OPENINGS.has(a * 128 + b);
}

/**
 * Length of the holiday written at `start` after a time word, when it is a date and not a word of a name; else 0:
 * "On Christmas Day Roe said" → "Christmas Day"; "on Christmas Island", "Christmas Day Roe said", "his Christmas
 * Midnight Mass" (no time word before it) → 0.
 */
export function holidayDateLength(text: string, start: number): number {
  // (the holiday first: anchored, it fails at once on most words; the preposition's pattern scans 40 characters)
  if (!mayOpenHoliday(text, start)) return 0;
  const m = HOLIDAY_AT.exec(text.slice(start, start + 30));
  if (!m || !TIME_PREPOSITION.test(text.slice(Math.max(0, start - 40), start))) return 0;
  if (isHolidayInName(text, start, start + m[0].length)) return 0;
  return m[0].length;
}

/** True when a fixed-day holiday written at `start` covers all of [start, end): "Christmas Day", "New Year" of
 * "New Year's Day" (not "Christmas Day Trust"). */
export function isWholeHoliday(text: string, start: number, end: number): boolean {
  if (!mayOpenHoliday(text, start)) return false;
  const m = HOLIDAY_AT.exec(text.slice(start, start + 30));
  return !!m && m[0].length >= end - start && !isHolidayInName(text, start, start + m[0].length);
}
