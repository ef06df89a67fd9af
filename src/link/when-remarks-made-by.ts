import { firstStartingAt } from '../quotes/quote-context.js';
import { countWholeWord } from './speaker-names.js';
import { namedSurname, toWhen, type WhenRule } from './when-rule.js';

const REMARKS = /\b(?:statements?|remarks?|comments?|testimony|speech)\b/gi;

// "X declined to comment on remarks made earlier today by Ann Lee. In an address to bankers, Lee said …" — the next
// sentence reports the dated remarks it was just told of, by the same person.
export const whenRemarksMadeBy: WhenRule = {
  name: 'link/when-remarks-made-by',
  // (its first checks return null without a visible time within 300 characters before the quote's own line or sentence)
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const text = doc.folded;
    const anchor = Math.min(quote.start, quote.cue?.start ?? quote.start);
    // the quote's sentence, and the one just before it
    // (a line break before the last ". " cannot win: searched after it only, not back through the whole text)
    const dot = text.lastIndexOf('. ', anchor);
    const lineBreak = text.slice(Math.max(0, dot), anchor + 1).lastIndexOf('\n');
    const ownStart = Math.max(dot + 2, lineBreak < 0 ? 0 : Math.max(0, dot) + lineBreak + 1);
    const head = text.slice(Math.max(0, ownStart - 300), ownStart);
    const prev = head.trimEnd();
    if (!prev.endsWith('.')) return null;
    const cut = Math.max(prev.lastIndexOf('. ', prev.length - 2) + 2, prev.lastIndexOf('\n') + 1, 0);
    const from = ownStart - head.length + cut;
    // only the previous sentence is searched, never the rest of the article
    const window = text.slice(from, ownStart);
    // the date follows "made" in that sentence, 12 characters at most after it: none there, nothing to read
    const first = timexes[firstStartingAt(timexes, from)];
    if (!first || first.start > ownStart + 12) return null;
    if (!/\bmade\b/.test(window) || /["\u201C\u201D]/.test(text.slice(from, anchor))) return null;
    // a date of the quote's own sentence is its own
    if (timexes.some((t) => t.start >= ownStart && t.start < anchor && toWhen(t) !== null)) return null;
    REMARKS.lastIndex = 0;
    for (let m = REMARKS.exec(window); m; m = REMARKS.exec(window)) {
      const made = /^[^.]{0,60}?\bmade\s+/.exec(window.slice(m.index + m[0].length));
      if (!made) continue;
      const at = from + m.index + m[0].length + made[0].length;
      const t = timexes.find((x) => x.start >= at && x.start <= at + 12 && toWhen(x) !== null);
      const when = t ? toWhen(t) : null;
      if (!t || !when) continue;
      const by = /^\s+by\s+([^.]{0,100})/.exec(text.slice(t.end, ownStart));
      if (by && countWholeWord(by[1] ?? '', surname) > 0) return { when, timex: t };
    }
    return null;
  },
};
