import { type QuoteContext, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';

// "Orr stressed the impact his bid has had on the race": a noun with a relative clause whose object is the noun
// ("the impact [that] his bid has had") is the cue's object, no clause; "said the sum the firm paid was too high"
// is one, its own verb coming after the relative clause's.
const POSSESSIVE_OR_ARTICLE = /^(?:the|a|an|his|her|its|their|our|my|your)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/;

/** True when the words from offset `start` to `end` are "<the noun> <subject> <verb group>" and nothing finite after. */
export function isNounWithObjectRelative(ctx: QuoteContext, start: number, end: number): boolean {
  let k = tokenIndexAt(ctx.tokens, start);
  const at = (i: number) => ctx.tokens[i]?.start ?? end;
  if (!/^(?:the|a|an)$/.test(tokenNorm(ctx, k))) return false;
  k++;
  while (ctx.tokens[k]?.pos === 'ADJ') k++;
  if (ctx.tokens[k]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokenText(ctx, k))) return false;
  k++;
  // the relative clause's subject: a pronoun, or an article or possessive and its noun
  if (SUBJECT_PRONOUN.test(tokenNorm(ctx, k))) k++;
  else if (POSSESSIVE_OR_ARTICLE.test(tokenNorm(ctx, k))) {
    k++;
    const from = k;
    while (k < from + 4 && /^(?:ADJ|NOUN|PROPN)$/.test(ctx.tokens[k]?.pos ?? '')) k++;
    if (k === from) return false;
  } else return false;
  // its verb group, then no finite verb to the end
  const from = k;
  while (ctx.tokens[k]?.pos === 'AUX' && at(k) < end) k++;
  const verb = ctx.tokens[k]?.pos === 'VERB' && at(k) < end;
  if (verb) k++;
  // ("the plan they have is good": two auxiliaries and no verb are the relative's and the clause's)
  if (k === from || (!verb && k - from > 1) || /ing$/.test(tokenNorm(ctx, k - 1))) return false;
  for (; at(k) < end; k++) {
    const pos = ctx.tokens[k]?.pos ?? '';
    if (
      (pos === 'VERB' || pos === 'AUX') &&
      !/ing$/.test(tokenNorm(ctx, k)) &&
      tokenNorm(ctx, k - 1) !== 'to'
    )
      return false;
  }
  return true;
}
