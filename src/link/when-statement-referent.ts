import type { Quote, TimeExpression } from '../types.js';
import {
  isSameClause,
  sentenceEndAfter,
  sentenceStartAt,
  sentenceStartsBefore,
  toWhen,
  type WhenFound,
  type WhenRule,
} from './when-rule.js';

const DOCUMENT =
  '(statement|report|letter|memo|communique|communiqué|declaration|ruling|order|study|survey|filing|post|tweet|release|announcement)';

// "The statement also said": the document the cue refers back to
const REFERENCE = new RegExp(
  `\\b(?:the|that|this|its|his|her|their)\\s+(?:\\w+\\s+)?${DOCUMENT}\\s+(?:also\\s+|further\\s+)?$`,
  'i',
);

const EARLIER = new Map<string, RegExp>();

/** "a statement", "the ministry's two-page statement": the document's earlier mentions (one regex per noun, its
 * search restarted at each use). */
function earlierMention(noun: string): RegExp {
  let re = EARLIER.get(noun);
  if (!re) {
    re = new RegExp(`\\b(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?${noun}\\b`, 'gi');
    EARLIER.set(noun, re);
  }
  re.lastIndex = 0;
  return re;
}

// "In a statement on Monday, the ministry said …  The statement also said …" — the later quote takes the date of
// the earlier, dated statement it refers back to.
export const whenStatementReferent: WhenRule = {
  name: 'link/when-statement-referent',
  find({ doc, quote, timexes, dated, allTimexes }) {
    const text = doc.folded;
    const cueStart = quote.cue?.start ?? quote.start;
    const lead = text.slice(Math.max(0, cueStart - 40), cueStart);
    const ref = REFERENCE.exec(lead);
    // a document, not a name: "The Huffington Post said", "the Daily Report said"
    if (!ref || ref[1] !== ref[1]?.toLowerCase()) return null;
    const noun = ref[1] ?? '';
    const earlier = earlierMention(noun);
    let found: { when: string; timex: (typeof timexes)[number] } | null = null;
    for (let m = earlier.exec(text); m && m.index < cueStart - 40; m = earlier.exec(text)) {
      const nounEnd = m.index + m[0].length;
      if (!text.endsWith(noun, nounEnd)) continue; // "the Huffington Post in an interview Thursday"
      const after = timexes.find((t) => t.start >= nounEnd);
      const when = after ? toWhen(after) : null;
      if (after && when && isSameClause(text.slice(nounEnd, after.start), 40)) found = { when, timex: after };
      else
        found =
          openingDate(text, timexes, m.index) ??
          toldWithQuote(text, dated, allTimexes ?? timexes, m.index) ??
          found;
    }
    return found;
  },
};

/** The day of a dated quote whose own sentence names the statement outside its words: "After the meeting, a
 * statement was issued saying "…"" (dated with the meeting's day) … "The statement said …". */
function toldWithQuote(
  text: string,
  dated: readonly Quote[],
  all: readonly TimeExpression[],
  nounAt: number,
): WhenFound | null {
  for (const q of dated) {
    if (q.when?.length !== 10 || (nounAt >= q.start && nounAt < q.end)) continue;
    const from = sentenceStartAt(text, Math.min(q.start, q.cue?.start ?? q.start));
    const to = sentenceEndAfter(text, Math.max(q.end, q.cue?.end ?? q.end));
    if (nounAt < from || nounAt >= to) continue;
    const timex = all.find((t) => t.id === q.whenTimex);
    if (timex) return { when: q.when, timex };
  }
  return null;
}

/** The one date opening the sentence the statement is first named in, when nothing dated stands between them:
 * "Late on Sunday, the president, in a statement delivered by his spokesman, announced …". */
function openingDate(text: string, timexes: TimeExpression[], nounAt: number): WhenFound | null {
  const sentenceStart = sentenceStartsBefore(text, nounAt, 300)[0] ?? 0;
  const inSentence = timexes.filter((t) => t.start >= sentenceStart && t.end <= nounAt && toWhen(t) !== null);
  const t = inSentence[0];
  const when = t ? toWhen(t) : null;
  if (!t || !when || inSentence.length !== 1) return null;
  if (!/^\s*(?:(?:late|early|earlier|later|on|in|at|during)\s+)*$/i.test(text.slice(sentenceStart, t.start)))
    return null;
  if (/["\u201C\u201D]/.test(text.slice(t.end, nounAt))) return null;
  return { when, timex: t };
}
