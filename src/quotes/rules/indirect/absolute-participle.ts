import type { TextSpan } from '../../../types.js';
import { type QuoteContext, spanOf, tokenNorm, tokenText } from '../../quote-context.js';

// "Lee stays calm despite a few early backers of the bill, such as Ann Tull, now saying they want changes": a
// participle report after "despite" / "with" / "amid" and its noun phrase, no verb between, has that phrase for its
// subject (not the main clause's).
const OPENER = /^(?:despite|with|amid|amidst)$/;
const PHRASE_HEAD = /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/;

/** The noun phrase after "despite"/"with"/"amid" that a participle cue (group `group`) reports for, or null. */
export function absoluteParticipleSubject(ctx: QuoteContext, first: number, group: number): TextSpan | null {
  for (let k = group - 1; k >= first && k > group - 40; k--) {
    const pos = ctx.tokens[k]?.pos ?? '';
    const w = tokenText(ctx, k);
    // (an abbreviation's period, "R-Tenn.", goes on)
    const stop = /^[;:!?"“”]$/.test(w) || (w === '.' && ctx.tokens[k - 1]?.end !== ctx.tokens[k]?.start);
    if (pos === 'VERB' || pos === 'AUX' || stop) return null;
    if (!OPENER.test(tokenNorm(ctx, k))) continue;
    // ("with" opens one only after a comma: not "agreed with the firm, saying …")
    if (tokenNorm(ctx, k) === 'with' && tokenText(ctx, k - 1) !== ',') return null;
    if (!PHRASE_HEAD.test(ctx.tokens[k + 1]?.pos ?? '')) return null;
    // the phrase ends at its first comma (or right before the cue group)
    let e = k + 1;
    while (e + 1 < group && tokenText(ctx, e + 1) !== ',') e++;
    if (e - k > 10) return null;
    return spanOf(ctx, ctx.tokens[k + 1]?.start ?? 0, ctx.tokens[e]?.end ?? 0);
  }
  return null;
}
