import { leadDay, sentenceStartAt, toWhen, type WhenRule, withoutAbbreviations } from './when-rule.js';

// the lead tells an occasion as held: "a few hundred people attended a tea party on Saturday"
const HELD =
  /\b(?:attended|held|hosted|organi[sz]ed|staged|gathered|celebrated|took part in|turned out for|packed)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|planned|plans? to|next)\b/i;
// the quote's sentence places it there: "At the event, …", "told guests at the gathering"
const AT_THE_OCCASION =
  /\b(?:at|during|after|before)\s+the\s+(?:event|occasion|gathering|meeting|party|celebration|ceremony|service|festival|rally|dinner|reception|session|launch|forum|concert|vigil|march|protest|function|fundraiser|show)\b/i;
const PAST_CUE =
  /^(?:\w+\s+)?(?:said|told|added|declared|stated|insisted|stressed|noted|explained|warned|urged|called)\b/i;

// "On Saturday, a few hundred people attended a tea party in Dunmore. … At the event, host Ann Vell said "…"" — a
// quote its sentence places at "the event" of an article whose lead tells one occasion held on one day, before the
// text gives any other date, was given there.
export const whenLeadAttended: WhenRule = {
  name: 'link/when-lead-attended',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes }) {
    const cue = quote.cue;
    if (!cue || !PAST_CUE.test(cue.text)) return null;
    const text = doc.folded;
    const day = leadDay(text, timexes);
    if (!day) return null;
    const { end: leadEnd, sentence, timex: t, when } = day;
    const plain = withoutAbbreviations(sentence);
    if (!HELD.test(plain) || NOT_HELD.test(plain) || /["\u201C\u201D]/.test(plain)) return null;
    const at = Math.min(quote.start, cue.start);
    if (at < leadEnd) return null;
    // the quote's own sentence, outside the reported words
    const sentenceStart = Math.max(leadEnd, sentenceStartAt(text, at));
    const beforeQuote = text.slice(sentenceStart, Math.max(sentenceStart, quote.start));
    const afterQuote =
      text.slice(quote.end, Math.max(quote.end, cue.end) + 60).split(/[.!?\n"\u201C]/)[0] ?? '';
    if (!AT_THE_OCCASION.test(beforeQuote) && !AT_THE_OCCASION.test(afterQuote)) return null;
    // any other date since the lead (inside reported words too) may move the story to another day
    if ((allTimexes ?? timexes).some((u) => u.start >= leadEnd && u.start < at && toWhen(u) !== null))
      return null;
    return { when, timex: t };
  },
};
