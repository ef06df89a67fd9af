import { toWhen, type WhenRule } from './when-rule.js';

// After the quote: `", while addressing the press yesterday.`, `" when speaking to students on Monday.`,
// `…, shortly after his arrest in March 2002.`
const TRAILING = /^["'\s]*[,]?\s*(?:while|when|as|after|before)\s+[a-z]+ing\b[^.!?;:"]{0,60}$/i;
// Inside reported words, after a nested quote: `…who said he was from the navy, shortly after his arrest in May`.
const TRAILING_NESTED =
  /^["'\s]*[,]?\s*(?:shortly|soon|just|immediately)\s+(?:after|before)\b[^.!?;:"]{0,60}$/i;

// "Vell said, "They must stand with us", while addressing reporters yesterday." — an occasion named after the
// quote, in the same sentence, dates it.
export const whenTrailingOccasion: WhenRule = {
  name: 'link/when-trailing-occasion',
  find({ doc, quote, timexes, before }) {
    const cue = quote.cue;
    if (cue && cue.start > quote.end) return null; // "'…,' X said on Friday" is the cue's own clause
    const text = doc.folded;
    for (const t of timexes) {
      if (t.start < quote.end) continue;
      const gap = text.slice(quote.end, t.start);
      const nested = (before ?? []).some((q) => q.start <= quote.start && quote.end <= q.end && q !== quote);
      if (!TRAILING.test(gap) && !(nested && TRAILING_NESTED.test(gap))) return null;
      const when = toWhen(t);
      if (!when) return null;
      return { when, timex: t };
    }
    return null;
  },
};
