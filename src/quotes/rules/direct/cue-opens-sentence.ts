import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

// a report verb opening the sentence, its subject after it, then a comma or colon and the quote's mark
const CUE_OPENS =
  /^\s*(remarked|added|said|wrote|explained|noted|replied|continued|concluded|declared)\s+(?=\S)([^"“”‘,;:.!?]{2,120}?)\s*[,:]\s*["“‘']*$/diu;

// Remarked Harbour Trust scientist Tierra Vale, “This reprieve is a gift.”: an inverted cue opens the sentence
export const cueOpensSentence: DirectRule = (ctx, c) => {
  const m = CUE_OPENS.exec(ctx.text.slice(c.preStart, c.quote.start));
  const verb = m?.indices?.[1];
  const subject = m?.indices?.[2];
  if (!verb || !subject) return null;
  // (not "Said to be the oldest, …": the verb opens a participle, not a report)
  if (/^\s*to\b/i.test(m?.[2] ?? '')) return null;
  const [start, end] = [c.preStart + subject[0], c.preStart + subject[1]];
  const mention = mentionAfter(ctx, tokenIndexAt(ctx.tokens, start), end);
  if (!mention || mention.start !== start || mention.end !== end) return null;
  return {
    cue: spanOf(ctx, c.preStart + verb[0], c.preStart + verb[1]),
    mention,
    rule: 'cue-opens-sentence',
    confidence: 0.85,
  };
};
