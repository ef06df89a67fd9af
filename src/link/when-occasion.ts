import { findClause } from '../dates/find-direction.js';
import { countWholeWord } from './speaker-names.js';
import { isSameClause, toWhen, type WhenRule } from './when-rule.js';

const OCCASION =
  /\b(?:speech|address|interview|statement|press conference|news conference|conference|briefing|meeting|hearing|summit|debate|remarks|comments|rally|session|testimony|broadcast|appearance|visit|ceremony|event|forum|talk|lecture|post|tweet|letter|report|announcement|dinner|lunch|reception|party|celebration|awards?|premiere|launch|funeral|trial)\b/gi;

// "Putin said at a keynote speech on Thursday", "During an interview on Thursday, Putin stated: …",
// "Putin spoke at a rally on Thursday. 'We will win,' he said." — the dated occasion the quote belongs to.
export const whenOccasion: WhenRule = {
  name: 'link/when-occasion',
  find({ doc, quote, timexes }) {
    const text = doc.folded;
    const anchor = quote.cue ?? { start: quote.start, end: quote.end };
    // The quote's sentence, and the sentence before it in the same paragraph.
    const own = findClause(text, Math.min(anchor.start, quote.start), Math.max(anchor.end, quote.end));
    const prev = own.from > 0 ? findClause(text, Math.max(0, own.from - 2), Math.max(0, own.from - 1)) : null;
    const paragraphBreak = prev ? /\n\s*\n/.test(text.slice(prev.to, own.from)) : true;
    // the sentence before tells the occasion of the same speaker only: "Putin spoke at a rally on Thursday. …"
    // (not "A report from the ministry at the weekend said … Ebrard said …")
    const surname = quote.speaker?.trim().split(/\s+/).at(-1);
    const prevHasSpeaker =
      prev !== null &&
      (surname === undefined ||
        countWholeWord(text.slice(prev.from, Math.min(prev.to, own.from)), surname) > 0);
    const windows = [own, ...(prev && !paragraphBreak && prevHasSpeaker ? [prev] : [])];
    for (const w of windows) {
      // matched in the window's own text: a search of the whole text from each quote was quadratic
      const inWindow = text.slice(w.from, w.to);
      OCCASION.lastIndex = 0;
      for (let m = OCCASION.exec(inWindow); m; m = OCCASION.exec(inWindow)) {
        const at = w.from + m.index;
        const nounEnd = at + m[0].length;
        if (at >= quote.start && at < quote.end) continue; // inside the reported words
        for (const t of timexes) {
          if (t.start < nounEnd || t.start > w.to) continue;
          if (t.start >= quote.start && t.start < quote.end) break;
          const when = toWhen(t);
          if (when && isSameClause(text.slice(nounEnd, t.start), 50)) return { when, timex: t };
          break;
        }
      }
    }
    return null;
  },
};
