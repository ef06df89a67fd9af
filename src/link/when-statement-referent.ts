import { isSameClause, toWhen, type WhenRule } from './when-rule.js';

const DOCUMENT =
  '(statement|report|letter|memo|communique|communiqué|declaration|ruling|order|study|survey|filing|post|tweet|release|announcement)';

// "In a statement on Monday, the ministry said …  The statement also said …" — the later quote takes the date of
// the earlier, dated statement it refers back to.
export const whenStatementReferent: WhenRule = {
  name: 'link/when-statement-referent',
  find({ doc, quote, timexes }) {
    const text = doc.folded;
    const cueStart = quote.cue?.start ?? quote.start;
    const lead = text.slice(Math.max(0, cueStart - 40), cueStart);
    const ref = new RegExp(
      `\\b(?:the|that|this|its|his|her|their)\\s+(?:\\w+\\s+)?${DOCUMENT}\\s+(?:also\\s+|further\\s+)?$`,
      'i',
    ).exec(lead);
    if (!ref) return null;
    const noun = (ref[1] ?? '').toLowerCase();
    const earlier = new RegExp(`\\b(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?${noun}\\b`, 'gi');
    let found: { when: string; timex: (typeof timexes)[number] } | null = null;
    for (let m = earlier.exec(text); m && m.index < cueStart - 40; m = earlier.exec(text)) {
      const nounEnd = m.index + m[0].length;
      for (const t of timexes) {
        if (t.start < nounEnd) continue;
        const when = toWhen(t);
        if (when && isSameClause(text.slice(nounEnd, t.start), 40)) found = { when, timex: t };
        break;
      }
    }
    return found;
  },
};
