import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.js';
import { CARDINAL_WORDS, ORDINAL_WORDS } from './number-words.js';

/** The rule that reads a month word as a name's first word: "May Lee said", "March of Dimes said". */
export const MONTH_FIRST_NAME_RULE = 'month-first-name';

// a word before the month that makes it a time: a preposition, a time opener, a determiner, another date word
// ("In May Lee's firm said", "Last June Reeves said", "said in June Harlow would", "the June Budget")
const TIME_BEFORE =
  /^(?:in|on|at|by|since|until|till|through|throughout|during|from|to|for|of|before|after|between|into|within|over|around|about|early|late|mid|ended|ending|ends|dated|due|last|next|this|that|these|past|coming|the|a|an|each|every|its|their|his|her|our|whole|entire|-|–|—)$/i;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)$/i;
// a capitalised word with a small letter in it: a surname's shape ("Lee", "McAdam", "O'Neill"; not "UK", "3")
const SURNAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
// a day of the month written out: "Four", "Twenty-first", "Thirtieth"
const NUMBER_WORDS = [
  ...Object.keys(CARDINAL_WORDS).filter((w) => (CARDINAL_WORDS[w] ?? 0) <= 30),
  ...Object.keys(ORDINAL_WORDS),
  'thirtieth',
];
// capitalised words after a month that are no surname: clause words, titles, event nouns, "May God …"
const NOT_SURNAME = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'there',
  'here',
  'some',
  'many',
  'most',
  'all',
  'no',
  'both',
  'each',
  'every',
  'another',
  'other',
  'such',
  'what',
  'who',
  'which',
  'when',
  'where',
  'why',
  'how',
  'but',
  'and',
  'or',
  'as',
  'if',
  'in',
  'on',
  'at',
  'for',
  'after',
  'before',
  'by',
  'with',
  'from',
  'to',
  'last',
  'next',
  'mr',
  'mrs',
  'ms',
  'dr',
  'day',
  'days',
  'revolution',
  'budget',
  'madness',
  'quarter',
  'holiday',
  'holidays',
  'fool',
  'fools',
  'session',
  'term',
  'election',
  'elections',
  'poll',
  'polls',
  'summit',
  'meeting',
  'issue',
  'edition',
  'festival',
  'uprising',
  'rising',
  'offensive',
  'crisis',
  'accord',
  'accords',
  'agreement',
  'declaration',
  'referendum',
  'god',
  'allah',
  'heaven',
  // "the nine months ended November Four": a day written out
  ...NUMBER_WORDS,
]);

// the months as written opening a name: "May", "June" (not "MAY", "may", "Aug.")
const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`));

/** True when `word` is a month as written capitalised: "May", "June" (a cheap test callers make first). */
export const isMonthWord = (word: string): boolean => MONTH_WORDS.has(word);

/**
 * True when the capitalised month `word` opens a person's or an organisation's name rather than a time:
 * "May Lee said", "said April Dunn, a spokeswoman", "March of Dimes said". It needs no time word before it
 * (`before`: the word before in the sentence, '' at its start; not "In May Lee's firm said", "Last June Reeves
 * said") and a capitalised surname-like word after it (`after`; not "May 5 talks", "May could see rates rise",
 * "May Day"), or "of" and a capitalised word (`afterNext`). In doubt, a time: the month is no name.
 */
export function monthOpensName(before: string, word: string, after: string, afterNext = ''): boolean {
  if (!isMonthWord(word)) return false;
  if (timeBeforeMonth(before)) return false;
  return after === 'of' ? surnameLike(afterNext) : surnameLike(after);
}

/** True when the word before a month makes it a time: "in", "last", "Friday", "3" (see TIME_BEFORE). */
export function timeBeforeMonth(before: string): boolean {
  return TIME_BEFORE.test(before) || DATE_WORD.test(before) || /\d/.test(before);
}

// "between May and June Reeves said", "from March to June Reeves": the second month of a span of months whose
// first is a time is a time too
/** True when a month after `before` ("and", "to") follows the month `prevMonth`, itself after a time word
 * `beforePrev` ("between", "from"). */
export function secondMonthOfSpan(before: string, prevMonth: string, beforePrev: string): boolean {
  return (
    /^(?:and|or|to|through|until|till)$/i.test(before) &&
    isMonthWord(prevMonth) &&
    timeBeforeMonth(beforePrev)
  );
}

/** A capitalised word shaped like a surname, none of NOT_SURNAME and no day written out ("Twenty-first"). */
function surnameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    SURNAME_SHAPE.test(word) && !NOT_SURNAME.has(lower) && !NUMBER_WORDS.includes(lower.split('-')[0] ?? '')
  );
}
