import { onlyPastDayBetween, sentenceStartAt, type WhenRule } from './when-rule.js';

// A reply told as made at once: "immediately said", "immediately rejected" (not "did not immediately say",
// "could not immediately confirm").
const IMMEDIATE_CUE = /^immediately\s+\p{L}+/iu;
const NEGATED_BEFORE = /\b(?:not|n't|never)\s+$/i;

// How many sentences back the dated event may be told, in the quote's paragraph.
const MAX_SENTENCES_BACK = 2;

// "Then on Saturday, Rask put forward his proposal. … The ministry immediately said it rejects the proposal." — a
// reply made at once takes the day of the event told just before it: the nearest earlier time expression (a day, month or
// year), within two sentences of the quote's in its paragraph, with no other time since.
export const whenImmediateReply: WhenRule = {
  name: 'link/when-immediate-reply',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || !IMMEDIATE_CUE.test(cue.text)) return null;
    const text = doc.folded;
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return null;
    const published = doc.article.date;
    if (!published) return null;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    // the sentences before, back to the paragraph's start
    let from = sentenceStartAt(text, at);
    for (let n = 0; n < MAX_SENTENCES_BACK && from > 0 && text.charAt(from - 1) !== '\n'; n++)
      from = sentenceStartAt(text, from - 1);
    // the nearest time expression before the cue, in reach, and the only one there (not a time still to come:
    // "… will vote on Friday.")
    return onlyPastDayBetween(timexes, from, cue.start, published);
  },
};
