import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { type QuoteContext, tokenNorm } from './quote-context.js';

// words of a short time phrase: "on Monday", "last week", "in recent days", "earlier this month", "in May"
const TIME_WORD =
  /^(?:on|in|at|last|this|next|past|early|earlier|late|later|recent|the|few|two|three|several|of|weeks?|months?|years?|days?|weekend|morning|afternoon|evening|night|yesterday|today|tonight|(?:19|20)\d\d|\d{1,2})$/;
const OPENER = /^(?:on|in|at|last|this|next|past|earlier|later|early|late|yesterday|today|tonight)$/;
const TIME_HEAD = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'day',
  'days',
  'weekend',
  'yesterday',
  'today',
  'tonight',
]);

/**
 * "The relatives refused to sign, and in recent days said …", "… and on Monday said …": index of the "and"/"but"
 * before a short time phrase that stands right before the cue group at `group`, or -1. The cue shares the subject
 * of the clause before "and"; the time phrase is no speaker ("and in May said" is not May speaking).
 */
export function timeAfterJoin(ctx: QuoteContext, group: number, first: number): number {
  let head = false;
  for (let k = group - 1; k > first && k >= group - 5; k--) {
    const w = tokenNorm(ctx, k);
    // (the phrase opens with a preposition or a time word: not "Orr and May said")
    if (w === 'and' || w === 'but')
      return head && k < group - 1 && OPENER.test(tokenNorm(ctx, k + 1)) ? k : -1;
    if (!TIME_WORD.test(w) && !TIME_HEAD.has(w)) return -1;
    if (TIME_HEAD.has(w) || /^(?:19|20)\d\d$/.test(w)) head = true;
  }
  return -1;
}
