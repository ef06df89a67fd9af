import { SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { type QuoteContext, textContext, tokenIndexAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, TextSpan } from '../types.js';

// words between the mention and the cue: an auxiliary or an adverb at most
const TO_CUE =
  /^\s*(?:(?:also|has|have|had|was|were|is|are|would|will|could|may|might|then|later|earlier|further|\p{Ll}+ly)\s+)*$/u;

/**
 * The quote's mention and cue when the mention stands right before the cue ("Ann Roe of Tiga said", "… has also
 * said") and is no pronoun; null otherwise. What the mention rules that repair a subject start from.
 */
export function mentionRightBeforeCue(quote: Quote, text: string): { m: TextSpan; cue: TextSpan } | null {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end || !TO_CUE.test(text.slice(m.end, cue.start))) return null;
  if (SUBJECT_PRONOUNS.has(m.text.toLowerCase())) return null;
  return { m, cue };
}

/** The tokens around mention `m`: its sentence's first token and its own, or null when it starts no token. */
export function mentionTokens(
  text: string,
  seg: Segmentation,
  m: TextSpan,
): { ctx: QuoteContext; first: number; at: number } | null {
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const ctx = textContext(text, seg);
  const first = tokenIndexAt(ctx.tokens, sentence.start);
  const at = tokenIndexAt(ctx.tokens, m.start);
  return ctx.tokens[at]?.start === m.start ? { ctx, first, at } : null;
}
