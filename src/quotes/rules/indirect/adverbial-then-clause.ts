import { QUOTE_MARK, type QuoteContext, tokenNorm, tokenText } from '../../quote-context.js';
import { isClauseAt } from './clause-helpers.js';
import { isPlaceComma } from './place-comma.js';
import { isPossessiveApostrophe } from './possessive-apostrophe.js';

// words that open an adverbial clause or phrase before a reported clause's subject
const SUBORDINATOR =
  /^(?:if|while|although|though|because|whereas|unless|once|since|when|as|after|before|until)$/i;
const PREPOSITION = /^(?:for|under|despite|given|following|without|with|unlike|like|among|beyond)$/i;
const PLACE_PREPOSITION = /^(?:in|at|on|during|along)$/i;
// "said based on the data, …", "said depending on demand, …": a participle that works as a preposition
const PARTICIPLE_PREPOSITION = /^(?:based|depending)$/i;
// "said excluding one-off items, profit rose …", "said barring a strike, the pier will …": a participle that
// opens a phrase of its own before the clause ("including", "using" often open a list or an aside instead)
const OPENING_PARTICIPLE = /^(?:excluding|assuming|barring)$/i;
const CALENDAR_END =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4})$/;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|there)$/;

/** Index of the mark closing a quoted term of up to four words opened at `t`, or -1. */
function closingMarkWithin(ctx: QuoteContext, t: number, last: number): number {
  for (let c = t + 2; c <= last && c <= t + 5; c++) if (QUOTE_MARK.test(tokenText(ctx, c))) return c;
  return -1;
}

/**
 * "said if the talks fail, the union will strike", "said although the plant is old, it is safe", "said for
 * growers as a whole, expansion would not pay", "said for some firms it will take days": a report whose clause
 * opens with an adverbial clause or phrase at token `k`. True when that adverbial ends at a comma (or, without
 * one, at a subject pronoun after a noun or adverb) and a clause follows it; not "said when asked", "said as
 * lead manager", "said without specifying the amount".
 */
export function clauseAfterAdverbial(
  ctx: QuoteContext,
  k: number,
  last: number,
  end: number,
  place = false,
): boolean {
  const w = tokenText(ctx, k);
  // (with `place`, a verbless phrase of place or occasion closed by its comma: "said at the group's next meeting in
  // June, members will …", "said along with 40 other firms, it was …")
  if (place && !PLACE_PREPOSITION.test(w)) return false;
  const subordinate = SUBORDINATOR.test(w);
  // "said between March and May the firm sold …": a span of dates (not "agreed between the two banks to …")
  const span = calendarSpanEnd(ctx, k, last);
  if (span > 0) return isClauseAt(ctx, span, end);
  // ("said based on the data, …", not "insisting, he said, on a quota system based on …": a noun's own participle)
  const participle =
    (isParticiplePreposition(ctx, k) || OPENING_PARTICIPLE.test(w)) &&
    !/^(?:NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '');
  if (!subordinate && !PREPOSITION.test(w) && !participle && !place) return false;
  let verb = false;
  for (let t = k + 1; t <= last && t <= k + 30; t++) {
    const x = tokenText(ctx, t);
    // ("said if a "decisive blow" was struck …": a short quoted term inside the adverbial)
    if (QUOTE_MARK.test(x) && !isPossessiveApostrophe(ctx, t, ctx.tokens[k]?.start ?? 0)) {
      const close = closingMarkWithin(ctx, t, last);
      if (close < 0) return false;
      t = close;
      continue;
    }
    // ("said if the Tarn Trade Board (TTB) does not act it will …": a name's acronym in brackets)
    if (x === '(' && bracketedAcronym(ctx, t)) {
      t += 2;
      continue;
    }
    if (/^[;:()[\]]$/.test(x) || x === '.') return false;
    // "said if the growth went on then the bank may …": "then" opens the clause after a conditional
    if (x.toLowerCase() === 'then' && subordinate && verb && isClauseAt(ctx, t + 1, end)) return true;
    const pos = ctx.tokens[t]?.pos ?? '';
    // ("said in Kelby, Calif., the plan …": the comma between a town and its state)
    if (isPlaceComma(ctx, t)) continue;
    if (x === ',') {
      // "said as a result, it would …" but not "said when asked, adding …"; a clause of its own must follow
      return t > k + 1 && isClauseAt(ctx, t + 1, end);
    }
    // (a phrase of place has no verb of its own: not "pledged in 2000 to invest in pitches, …")
    if (place && (pos === 'VERB' || pos === 'AUX')) return false;
    if ((pos === 'VERB' || pos === 'AUX') && !/ing$/i.test(x)) verb = true;
    // "said if the party won again it would …": no comma, a subject pronoun after the adverbial's last word
    if (
      !place &&
      PRONOUN_SUBJECT.test(x) &&
      (verb || !subordinate) &&
      (/^(?:NOUN|PROPN|ADV|NUM|ADJ)$/.test(ctx.tokens[t - 1]?.pos ?? '') ||
        // ("said if the bank agrees to a deal with him he will …": an object pronoun closes the adverbial)
        /^(?:him|them|us|me)$/i.test(tokenText(ctx, t - 1)) ||
        // ("said if all warrants were exercised it would own …": a passive participle takes no object)
        passiveParticipleAt(ctx, t - 1)) &&
      (/^(?:VERB|AUX)$/.test(ctx.tokens[t + 1]?.pos ?? '') ||
        (ctx.tokens[t + 1]?.pos === 'ADV' && /^(?:VERB|AUX)$/.test(ctx.tokens[t + 2]?.pos ?? ''))) &&
      isClauseAt(ctx, t, end)
    )
      return true;
  }
  return false;
}

// "were exercised", "is approved", "had been sold": a form of "be" (an adverb between allowed) before a participle
const BE = /^(?:is|are|was|were|be|been|being)$/i;
/** True when token `t` is a passive participle ("if all warrants were exercised it would …"). */
function passiveParticipleAt(ctx: QuoteContext, t: number): boolean {
  if (ctx.tokens[t]?.pos !== 'VERB' || !/(?:ed|en|wn)$/i.test(tokenText(ctx, t))) return false;
  if (BE.test(tokenText(ctx, t - 1))) return true;
  return ctx.tokens[t - 1]?.pos === 'ADV' && BE.test(tokenText(ctx, t - 2));
}

/** True when "(" at `t` encloses one all-capital acronym right after a name ("the Tarn Trade Board (TTB)"). */
function bracketedAcronym(ctx: QuoteContext, t: number): boolean {
  return (
    ctx.tokens[t - 1]?.pos === 'PROPN' &&
    /^[A-Z]{2,6}$/.test(tokenText(ctx, t + 1)) &&
    tokenText(ctx, t + 2) === ')'
  );
}

/** True when token `k` is "based on", "depending on" ("said based on the data, the firm …"). */
export function isParticiplePreposition(ctx: QuoteContext, k: number): boolean {
  return PARTICIPLE_PREPOSITION.test(tokenText(ctx, k)) && /^(?:on|upon)$/i.test(tokenText(ctx, k + 1));
}

// "between March and May", "between 1985 and 1987", "between May 2 and June 4": dates or numbers on both sides
/** Token after "between <date> and <date>" opened at `k`, or -1. */
function calendarSpanEnd(ctx: QuoteContext, k: number, last: number): number {
  if (!/^between$/i.test(tokenText(ctx, k))) return -1;
  let t = k + 1;
  for (let side = 0; side < 2; side++) {
    const from = t;
    while (t <= last && t < from + 3 && CALENDAR_END.test(tokenText(ctx, t))) t++;
    if (t === from) return -1;
    if (side === 0) {
      if (tokenNorm(ctx, t) !== 'and') return -1;
      t++;
    }
  }
  return t;
}
