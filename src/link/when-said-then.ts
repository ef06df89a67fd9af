import { firstStartingAt } from '../quotes/quote-context.js';
import { sentenceStartAt, sentenceStartsBefore, toWhen, type WhenRule } from './when-rule.js';

// "he said then", "she said at the time": the cue points back to a time the text has just given
const THEN = /^\s+(?:then|at the time)\b/i;

/** 'Roe's remarks echo those she made at a Dec. 4 rally. "…," she said then.' — a cue followed by "then" or "at
 * the time" takes the one time of the sentence before the quote's (nothing when it gives none, or two). */
export const whenSaidThen: WhenRule = {
  name: 'link/when-said-then',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    if (!THEN.test(text.slice(cue.end, cue.end + 14))) return null;
    const own = sentenceStartAt(text, Math.min(quote.start, cue.start));
    // the sentence before: back past the quote's opening mark and the sentence end
    const prevEnd = text.slice(0, own).replace(/[\s"'\u201C\u2018]+$/, '').length;
    // (a period before a digit or a small letter ends no sentence: "at a Dec. 4 rally")
    const from = sentenceStartsBefore(text, Math.max(0, prevEnd - 1), 300)[0] ?? 0;
    const found = [];
    for (let i = firstStartingAt(timexes, from); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= prevEnd) break;
      if (toWhen(t) !== null) found.push(t);
    }
    const t = found.length === 1 ? found[0] : undefined;
    const when = t ? toWhen(t) : null;
    return t && when ? { when, timex: t } : null;
  },
};
