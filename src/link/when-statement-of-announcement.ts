import type { Quote } from '../types.js';
import { isSameSource, sentenceEndAfter, sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// The quote's sentence gives its occasion as a statement, undated: "In a statement, the company said …", "…, the
// union said in a statement."
const IN_A_STATEMENT = /\bin\s+an?\s+(?:brief\s+|short\s+|written\s+|joint\s+)?statement\b/i;

// The quote's sentence or the narration since tells of another statement: "in a later statement", "a second
// statement", "had said".
const ANOTHER_STATEMENT =
  /\b(?:earlier|later|previous|previously|second|new|another|separate|follow-up|subsequent|updated)\s+statements?\b|\bstatements?\s+(?:on|issued on|released on)\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:said|stated|announced)\b/i;
// The quote's own sentence tells of another time: "last week".
const ANOTHER_TIME = /\blast\s+(?:week|month|year)\b/i;

// How far the announcement may lie before the quote.
const MAX_GAP = 2500;

// "Late on Sunday, the Vell Alliance announced it had signed a truce. … ¶ In a statement, the Alliance said, "…"" —
// a quote given in an undated statement takes the day of the announcement its source made earlier in the text: the
// latest quote of that source before it, dated to a day, its cue an announcement or its sentence a statement, with
// no quote of the source on another day since.
export const whenStatementOfAnnouncement: WhenRule = {
  name: 'link/when-statement-of-announcement',
  // (its first checks return null without the anchor's date (anchor.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before }) {
    const cue = quote.cue;
    if (!cue || !/^(?:\w+\s+)?(?:said|says|stated|added)\b/i.test(cue.text)) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const sentenceStart = sentenceStartAt(text, at);
    const end = Math.max(quote.end, cue.end);
    const sentenceEnd = sentenceEndAfter(text, end);
    const own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    if (!IN_A_STATEMENT.test(own) || ANOTHER_STATEMENT.test(own) || ANOTHER_TIME.test(own)) return null;
    // its own sentence gives no time (those are for the rules that read it)
    if (timexes.some((t) => t.start >= sentenceStart && t.start < sentenceEnd && toWhen(t) !== null))
      return null;
    // the source's latest quote before it
    const earlier = before ?? [];
    let anchor: Quote | null = null;
    for (let i = earlier.length - 1; i >= 0; i--) {
      const q = earlier[i];
      if (q && isSameSource(q, quote)) {
        anchor = q;
        break;
      }
    }
    const when = anchor?.when;
    if (!anchor || when?.length !== 10 || !when || !anchor.cue || !anchor.whenTimex) return null;
    if (quote.start - anchor.end > MAX_GAP) return null;
    const anchorStart = sentenceStartAt(text, Math.min(anchor.start, anchor.cue.start));
    const anchorSentence = text.slice(
      anchorStart,
      sentenceEndAfter(text, Math.max(anchor.end, anchor.cue.end)),
    );
    const announced =
      /^(?:\w+\s+)?(?:announced|declared|stated)\b/i.test(anchor.cue.text) ||
      /\bstatement\b/i.test(anchorSentence);
    if (!announced || /\binterview\b/i.test(anchorSentence)) return null;
    // no talk of another statement between them
    if (
      ANOTHER_STATEMENT.test(
        text.slice(anchor.end, sentenceStart).replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' '),
      )
    )
      return null;
    const id = anchor.whenTimex;
    const timex = timexes.find((t) => t.id === id);
    return timex ? { when, timex } : null;
  },
};
