import { hasWholeWord } from './speaker-names.js';
import { namedSurname, sentenceStartAt, toWhen, type WhenRule, withoutAbbreviations } from './when-rule.js';

// A document the sentence's subject put out: "Ann Roe released a memo titled …", "the union sent a letter to …".
const RELEASED =
  /\b(?:released|issued|sent|sent out|circulated|published|put out)\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:memo|memorandum|letter|statement|report|note|op-ed|essay|email)\b/iu;
// A cue reading the document: "He writes", "she wrote", "the memo says".
const WRITTEN_CUE = /^(?:writes|wrote|states|stated|argues|argued)\b/i;

// "On Monday night, campaign chief Ann Roe released a memo titled "Where the Race Stands." ¶ She writes the lead is
// "all but safe."" — the sentence right before the quote's tells its speaker putting out a document on a day, the
// quote's cue reads it: the words are that document's, of that day.
export const whenReleasedDocument: WhenRule = {
  name: 'link/when-released-document',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    const surname = namedSurname(quote);
    if (!cue || !surname || !WRITTEN_CUE.test(cue.text)) return null;
    const text = withoutAbbreviations(doc.folded);
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    // the quote's sentence (its words may be quoted in part: 'He writes she has "built a lead."')
    let own = sentenceStartAt(text, at);
    while (own > 0 && /[\s"'\u201C\u201D]/.test(text.charAt(own - 1))) own--;
    const ownStart = sentenceStartAt(text, at);
    if (!/[.!?]/.test(text.charAt(own - 1)) || (text.slice(own, ownStart).match(/\n/g) ?? []).length > 2)
      return null;
    // the sentence before (a quoted title may end it: 'titled "Where the Race Stands."')
    const start = sentenceStartAt(text, own - 1);
    const before = text.slice(start, own);
    const released = RELEASED.exec(before);
    if (!released || !hasWholeWord(before.slice(0, released.index), surname)) return null;
    const days = timexes.filter((t) => t.start >= start && t.end <= own && toWhen(t)?.length === 10);
    const day = days[0];
    const when = day ? toWhen(day) : null;
    if (!day || !when || days.length !== 1) return null;
    // the quote's own sentence names no time
    const ownEnd = text.slice(quote.end).search(/[.!?\n]/);
    if (timexes.some((t) => t.start >= ownStart && t.start < (ownEnd < 0 ? text.length : quote.end + ownEnd)))
      return null;
    return { when, timex: day };
  },
};
