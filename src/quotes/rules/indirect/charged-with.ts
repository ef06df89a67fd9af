import { type QuoteContext, tokenNorm, tokenText } from '../../quote-context.js';

// "Prosecutors charged the officer with theft and Mayor Tull fired …": "charge" with an object and "with" names
// an offence, not a report; its words after the object are no reported clause.
export function chargedWithOffence(ctx: QuoteContext, cue: number): boolean {
  if (!/^charg(?:e|es|ed|ing)$/i.test(tokenText(ctx, cue))) return false;
  for (let k = cue + 1; k <= cue + 6; k++) {
    const t = ctx.tokens[k];
    if (!t || t.sentence !== ctx.tokens[cue]?.sentence) return false;
    if (tokenNorm(ctx, k) === 'with') return k > cue + 1;
    if (!/^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(t.pos)) return false;
  }
  return false;
}
