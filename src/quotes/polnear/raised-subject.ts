import type { Quote, Sentence } from '../../types.js';
import { cueGroupStart, mentionBefore } from '../find-mention.js';
import { newQuote } from '../new-quote.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceTokenRange,
  spanOf,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from '../quote-context.js';
import { trimClauseEnd } from '../rules/indirect/clause-helpers.js';

const RAISING = /^(?:seems?|seemed|appears?|appeared)$/i;
const PASSIVE_RAISING = /^(?:expected|likely|unlikely|considered|seen|believed|thought|rumou?red|viewed)$/i;
const BE = /^(?:is|are|was|were|be|been)$/i;
const END = /\s*(?:;|\s[—–]\s|\s--\s|,\s+(?:but|and|while|although|though|which|who)\b)/i;

const quoteOf = (ctx: QuoteContext, start: number, end: number, cue: Quote['cue']): Quote =>
  newQuote({
    type: 'belief',
    start,
    end,
    content: ctx.text.slice(start, end),
    cue,
    mention: null,
    rule: 'quotes/polnear/raised-subject',
    confidence: 0.4,
  });

/**
 * PolNeAR's sourceless attributions of an opinion or expectation ("The vote seems close", "The ferry is
 * expected to be late"): the cue is the verb group, the content its subject and what follows, written as two
 * quotes with the same cue that the evaluator joins into one two-part content.
 */
// The ferry is expected to be late. → cue "is expected", content "The ferry" + "to be late"
export function findRaisedSubjects(
  ctx: QuoteContext,
  s: Sentence,
  taken: (offset: number) => boolean,
): Quote[] {
  const out: Quote[] = [];
  const [first, last] = sentenceTokenRange(ctx.tokens, s);
  for (let i = first + 1; i < last; i++) {
    const t = ctx.tokens[i];
    if (!t || isInsideQuoted(ctx, t.start) || taken(t.start)) continue;
    const w = tokenText(ctx, i);
    const raising = RAISING.test(w);
    if (!raising && !(PASSIVE_RAISING.test(w) && BE.test(tokenText(ctx, i - 1)))) continue;
    const next = ctx.tokens[i + 1];
    if (tokenNorm(ctx, i + 1) !== 'to' && !(raising && next?.pos === 'ADJ')) continue;
    const group = raising ? cueGroupStart(ctx, i, first) : i - 1;
    const subject = mentionBefore(ctx, group, first);
    if (!subject || /^(?:it|there)$/i.test(subject.text)) continue;
    const restStart = ctx.tokens[i + 1]?.start;
    if (restStart === undefined || restStart >= s.end) continue;
    const rest = ctx.text.slice(restStart, s.end);
    const cut = rest.search(END);
    const end = trimClauseEnd(ctx, restStart, cut > 0 ? restStart + cut : s.end);
    if (end - restStart < 3) continue;
    const cue = spanOf(ctx, ctx.tokens[group]?.start ?? t.start, t.end);
    out.push(quoteOf(ctx, subject.start, subject.end, cue), quoteOf(ctx, restStart, end, cue));
    i = Math.max(i, tokenIndexAt(ctx.tokens, end) - 1);
  }
  return out;
}
