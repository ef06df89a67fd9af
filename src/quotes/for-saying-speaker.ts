import type { TextSpan } from '../types.js';
import { cueGroupStart, mentionBefore } from './find-mention.js';
import { judgedFor } from './judged-for.js';
import { isInsideQuoted, type QuoteContext, spanOf } from './quote-context.js';

/**
 * The speaker of a report after "for" whose cue group starts at `group`: "The club suspended Tom Orr for claiming the
 * pier was unsafe" → Tom Orr (the judging verb's object), "Tom Orr was praised for saying …" → Tom Orr (the passive's
 * subject), "Orr apologised for saying …" → Orr; null otherwise ("no reason for saying …").
 */
export function forSayingSpeaker(ctx: QuoteContext, first: number, group: number): TextSpan | null {
  const judged = judgedFor(ctx, group - 1, first);
  if (!judged) return null;
  if (judged.kind === 'subject') return mentionBefore(ctx, cueGroupStart(ctx, judged.verb, first), first);
  const from = ctx.tokens[judged.from];
  const to = ctx.tokens[judged.to];
  if (!from || !to || isInsideQuoted(ctx, from.start)) return null;
  return spanOf(ctx, from.start, to.end);
}
