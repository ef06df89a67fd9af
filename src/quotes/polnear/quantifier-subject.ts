import type { TextSpan } from '../../types.js';
import { type QuoteContext, spanOf, tokenNorm } from '../quote-context.js';

// a quantifier standing alone for people: "Most believe …", "Both think …", "Neither wanted …"
const QUANTIFIER = /^(?:many|most|some|others|both|neither|few|all|none)$/;

/**
 * The quantifier that is the whole subject of the verb group at token `group` (cue word at `cue`), opening its sentence or clause
 * (after a comma, "and", "but", "while"); else null. "Most believe that the pier is safe" → "Most"; not "most
 * sailors" (a noun phrase the mention finder reads) nor "the most" (a determiner before it).
 */
// Both think the ferry was late. → "Both"
export function quantifierSubject(
  ctx: QuoteContext,
  group: number,
  cue: number,
  first: number,
): TextSpan | null {
  // "Both think": the verb group took "both" in as a modifier ("they both said")
  const q = group < cue && QUANTIFIER.test(tokenNorm(ctx, group)) ? group : group - 1;
  const t = ctx.tokens[q];
  if (!t || q < first || !QUANTIFIER.test(tokenNorm(ctx, q))) return null;
  if (q > first && !/^(?:,|;|and|but|while|whereas)$/.test(tokenNorm(ctx, q - 1))) return null;
  return spanOf(ctx, t.start, t.end);
}
