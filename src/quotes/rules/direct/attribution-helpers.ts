import { countMatches, WORD_RUN } from '../../../count-matches.js';
import type { TextSpan } from '../../../types.js';
import { isCueToken } from '../../cue-tokens.js';
import { cueGroupStart, mentionAfter, mentionBefore } from '../../find-mention.js';
import { type QuoteContext, spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import type { DirectCandidate } from '../types.js';
import { loneNameBeforeCue, subjectPastAsides, wholePhraseBeforeCue } from './subject-fallbacks.js';

const TELL = /^(?:tell|tells|told|telling)$/i;

/** The cue span from the group start to the cue, with the hearer when the cue is "told" ("told viewers"). */
/** A quote of fewer than five words ("a “poor choice”", "“through the wringer,”"): a term kept inside a reported
 * clause, not words a verb or "according to" elsewhere in the sentence attributes. */
export function isShortTerm(ctx: QuoteContext, c: DirectCandidate): boolean {
  return countMatches(WORD_RUN, ctx.text.slice(c.quote.start, c.quote.end), 5) < 5;
}

export function cueSpan(ctx: QuoteContext, g: number, cue: number, max: number): TextSpan {
  const a = ctx.tokens[g];
  const b = ctx.tokens[cue];
  let end = b?.end ?? 0;
  // "went on": the verb with its particle
  if (/^(?:go|goes|went|going)$/i.test(tokenText(ctx, cue)) && ctx.tokens[cue + 1]?.norm === 'on')
    end = ctx.tokens[cue + 1]?.end ?? end;
  if (TELL.test(tokenText(ctx, cue))) {
    const hearer = mentionAfter(ctx, cue + 1, max);
    if (hearer) end = hearer.end;
  }
  return spanOf(ctx, a?.start ?? 0, end);
}

/** First token at or after `from` that is not punctuation like `,` `.` `—`. */
export function firstWordToken(ctx: QuoteContext, from: number, max: number): number {
  let i = tokenIndexAt(ctx.tokens, from);
  while (
    i < ctx.tokens.length &&
    (ctx.tokens[i]?.start ?? max) < max &&
    /^[,.;:!?\-–—"”’'»)]+$/.test(tokenText(ctx, i))
  )
    i++;
  return i;
}

export interface CueWithSubject {
  cue: number;
  group: number;
  mention: TextSpan | null;
}

/** Report cues (of the direct set) between two offsets, with the subject each has right before it. */
export function cuesBetween(ctx: QuoteContext, from: number, to: number): CueWithSubject[] {
  const out: CueWithSubject[] = [];
  const first = tokenIndexAt(ctx.tokens, from);
  for (let i = first; i < ctx.tokens.length && (ctx.tokens[i]?.end ?? Infinity) <= to; i++) {
    if (!isCueToken(ctx, i, 'direct')) continue;
    const g = cueGroupStart(ctx, i, first, true);
    // ", adding …": a participle after a comma has no subject of its own
    const participle = /ing$/i.test(tokenText(ctx, i)) && tokenText(ctx, g - 1) === ',';
    const mention = participle
      ? null
      : (mentionBefore(ctx, g, first) ??
        subjectPastAsides(ctx, g, first) ??
        loneNameBeforeCue(ctx, g, first) ??
        wholePhraseBeforeCue(ctx, g, first));
    out.push({ cue: i, group: g, mention: mention && withoutOpeningPhrase(ctx, mention, first) });
  }
  return out;
}

// "During the speech Hale claimed, “…”", "After the meeting Ann Hale told reporters": a phrase opening the sentence
// with a preposition and no comma is not part of the subject; the name after its noun is
function withoutOpeningPhrase(ctx: QuoteContext, m: TextSpan, first: number): TextSpan {
  const at = tokenIndexAt(ctx.tokens, m.start);
  const open = ctx.tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  if (at - 1 !== open || ctx.tokens[open]?.pos !== 'ADP') return m;
  if (!/^(?:the|a|an|his|her|its|their|this|that)$/i.test(tokenText(ctx, at))) return m;
  let k = at + 1;
  while (k < at + 4 && /^\p{Ll}/u.test(tokenText(ctx, k)) && ctx.tokens[k]?.pos === 'NOUN') k++;
  const name = ctx.tokens[k];
  if (k === at + 1 || !name || name.start >= m.end || name.pos !== 'PROPN') return m;
  return spanOf(ctx, name.start, m.end);
}
