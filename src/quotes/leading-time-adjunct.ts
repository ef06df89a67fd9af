import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { holidayDateLength } from '../segment/holiday-in-name.js';
import { monthOpensName, secondMonthOfSpan } from '../segment/month-first-name.js';
import { isCapitalized, type QuoteContext, tokenText } from './quote-context.js';

// a word that opens a time phrase before its head ("last week", "this year", "early on Friday")
const TIME_OPENER =
  /^(?:last|this|next|past|early|late|earlier|later|on|in|since|by|until|during|from|mid)$/i;
// a time noun that is only a time ("year", "week"): lower case it can head no speaker phrase
const TIME_NOUN =
  /^(?:week|weekend|month|year|day|night|morning|afternoon|evening|decade|summer|winter|spring|autumn)s?$/;
// a day word that is never a name: "Yesterday the company said"
const DAY_WORD = /^(?:yesterday|today|tonight|tomorrow)$/i;
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
// (and quantifiers: "On Friday some parties and social groups said")
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|some|several|many|most|all|both|few|these|those)$/;

const isWeekday = (w: string) => isCapitalized(w) && WEEKDAY_NAMES.includes(w.toLowerCase());
const isMonth = (w: string) => isCapitalized(w) && MONTH_NAMES.includes(w.replace(/\.$/, '').toLowerCase());

/** True when the month at token `i` opens a name (segment/month-first-name): "May Lee said", not "In May Lee's". */
export function monthOpensNameAt(ctx: QuoteContext, i: number): boolean {
  const at = (k: number) =>
    k >= 0 && ctx.tokens[k]?.sentence === ctx.tokens[i]?.sentence ? tokenText(ctx, k) : '';
  if (secondMonthOfSpan(at(i - 1), at(i - 2), at(i - 3))) return false;
  return monthOpensName(at(i - 1), at(i), at(i + 1), at(i + 2));
}

/**
 * First token of the phrase from token `s` to `j` past a time adjunct that opens it, or `s` when none does:
 * "On Friday the government said" → "the government", "Last year Ann Tull said" → "Ann Tull",
 * "Yesterday Tarn Bank said", "In 2019 Tarn Bank said", "On March 3 Tarn Bank said", "On Christmas Day Roe said". A weekday with no
 * preposition before it and a capitalised word after it may open a name: "Friday Abara said"; a month that
 * monthOpensName reads as a name's first word does: "May Lee said", "March of Dimes said".
 */
export function leadingTimeAdjunctEnd(ctx: QuoteContext, s: number, j: number): number {
  const text = (k: number) => (k >= 0 ? tokenText(ctx, k) : '');
  const sameSentence = (k: number) => k >= 0 && ctx.tokens[k]?.sentence === ctx.tokens[s]?.sentence;
  const before = sameSentence(s - 1) ? text(s - 1) : '';
  let k = s;
  let opened = TIME_OPENER.test(before);
  while (k < j && TIME_OPENER.test(text(k))) {
    opened = true;
    k++;
  }
  const head = text(k);
  let sure = false;
  const holiday = holidayLastToken(ctx, k, j);
  if (holiday >= 0) {
    k = holiday;
    sure = true;
  } else if (DAY_WORD.test(head)) sure = true;
  else if (TIME_NOUN.test(head)) sure = opened || k > s;
  else if (YEAR.test(head) || (DAY_NUMBER.test(head) && isMonth(before))) sure = opened || isMonth(before);
  else if (isWeekday(head) || isMonth(head)) {
    const name = isMonth(head) && !opened && monthOpensNameAt(ctx, k);
    // "March 3", "May 1987", "Friday night": the rest of a dated phrase
    if (
      k + 1 < j &&
      (YEAR.test(text(k + 1)) || DAY_NUMBER.test(text(k + 1)) || PART_OF_DAY.test(text(k + 1)))
    )
      k++;
    // after a preposition, or before a determiner ("Friday the government"): a time; else maybe a name, and a
    // month one only when it opens a name ("May Lee said"; not "June UK inflation")
    sure = opened || DETERMINER.test(text(k + 1)) || (isMonth(head) && !name);
  }
  if (!sure || k >= j) return s;
  // "Yesterday, Tarn Bank and the union said", "On Friday, the union said": a comma may close a time phrase that is
  // sure of itself (a day word, a holiday, a phrase opened by a preposition or "last"; not "May, Lee and Tull said")
  const after =
    text(k + 1) === ',' && (opened || k > s || DAY_WORD.test(head) || holiday >= 0) ? k + 2 : k + 1;
  const next = text(after);
  // what is left must open a phrase: a capitalised word or a determiner, not a join word ("March of Dimes")
  if (!(isCapitalized(next) || DETERMINER.test(next)) || /^(?:of|for|and|&)$/i.test(next)) return s;
  return after;
}

// Last token of a holiday that is a date and covers token `k` ("On Christmas Day Roe said"; "On New Year's Eve
// Roe said", whose phrase may start after the "'s"), or -1 (also for "On Christmas Island Roe said": a name)
function holidayLastToken(ctx: QuoteContext, k: number, j: number): number {
  const sentence = ctx.tokens[k]?.sentence;
  for (let b = Math.max(0, k - 3); b <= k; b++) {
    const start = ctx.tokens[b]?.start;
    if (start === undefined || ctx.tokens[b]?.sentence !== sentence) continue;
    const n = holidayDateLength(ctx.text, start);
    if (n > 0) for (let m = k; m < j; m++) if (ctx.tokens[m]?.end === start + n) return m;
  }
  return -1;
}
