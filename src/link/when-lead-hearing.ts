import { leadDay, toWhen, type WhenRule } from './when-rule.js';

// a court proceeding the lead reports as held: "sentenced", "at the hearing", "told the court"
// (not a verdict: "a jury convicted X yesterday" ends a trial whose statements came before)
const PROCEEDING = /\b(?:sentenced|sentencing|hearing|court|trial|inquest|testified)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled)\b/i;
// a report in the past, as made at the hearing: "said", "told the court", "went on to say"
const PAST_CUE = /^(?:\w+\s+)?(?:said|told|added|went|asked|argued|insisted|testified|stated|explained)\b/i;

// "Yesterday in Harlow Crown Court, Judge Ann Lee sentenced Tom Vell to life. … The judge said, "…"" — in a story
// about one dated court proceeding, a quote with no date of its own, before any other date, was given there.
export const whenLeadHearing: WhenRule = {
  name: 'link/when-lead-hearing',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes }) {
    if (!quote.cue || !PAST_CUE.test(quote.cue.text)) return null;
    const text = doc.folded;
    // one day, given once: "Yesterday", "On Tuesday"
    const day = leadDay(text, timexes);
    if (!day || !PROCEEDING.test(day.sentence) || NOT_HELD.test(day.sentence)) return null;
    const { end: leadEnd, timex: t, when } = day;
    const at = Math.min(quote.start, quote.cue.start);
    if (at < leadEnd) return null;
    // any later date may move the story to another day or occasion
    // (inside reported words too: "was found guilty in May")
    if ((allTimexes ?? timexes).some((u) => u.start >= leadEnd && u.start < at && toWhen(u) !== null))
      return null;
    return { when, timex: t };
  },
};
