import type { TextSpan } from '../../../types.js';
import { mentionBefore } from '../../find-mention.js';
import { type QuoteContext, tokenText } from '../../quote-context.js';

// "Orr hedged, telling Radio Lorne his support would depend on …": the tagger took the past form for an adjective,
// so the participle report found no clause subject; a name or pronoun right before an "-ed" word tagged as an
// adjective (not before its noun: "the hedged bets") is that subject.
/** The subject of a past form the tagger called an adjective, before a participle cue (group `group`), or null. */
export function mistaggedPastSubject(ctx: QuoteContext, first: number, group: number): TextSpan | null {
  for (let k = group - 2; k > first && k > group - 30; k--) {
    const t = ctx.tokens[k];
    if (!t || /^[;:.!?"“”]$/.test(tokenText(ctx, k))) return null;
    if (t.pos !== 'ADJ' || !/^\p{Ll}+ed$/u.test(tokenText(ctx, k))) continue;
    if (/^(?:NOUN|PROPN|ADJ)$/.test(ctx.tokens[k + 1]?.pos ?? '')) continue;
    const prev = ctx.tokens[k - 1]?.pos;
    if (prev !== 'PRON' && prev !== 'PROPN') continue;
    const m = mentionBefore(ctx, k, first);
    return m && (/^\p{Lu}/u.test(m.text) || /^(?:he|she|they|we)$/i.test(m.text)) ? m : null;
  }
  return null;
}
