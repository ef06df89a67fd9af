import { leadDay, toWhen, type WhenRule } from './when-rule.js';

// a gathering the lead reports as held: "marched in Dunmore on Saturday", "a rally on Sunday"
const GATHERING =
  /\b(?:march|marched|marches|rally|rallied|protest|protested|demonstration|vigil|summit|conference|convention)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|planned)\b/i;
// the quote's paragraph places its speakers there: "speakers at the rally", "told the march"
const AT_GATHERING =
  /\b(?:at|told|addressed|addressing)\s+the\s+(?:[\w-]+\s+)?(?:march|rally|protest|demonstration|vigil|summit|conference|convention|crowd|marchers|protesters)\b/i;
const PAST_CUE = /^(?:\w+\s+)?(?:said|told|added|called|urged|warned|declared|insisted)\b/i;

// "Thousands marched in Dunmore on Saturday … There were several speakers at the rally. Ann Lee said …" — a quote
// whose paragraph places it at the gathering the lead dates, before any other date, was given there.
export const whenLeadGathering: WhenRule = {
  name: 'link/when-lead-gathering',
  // (its first checks return null without leadDay(text, allTimexes), null → null)
  needs: 'lead-day-all',
  find({ doc, quote, timexes, allTimexes }) {
    if (!quote.cue || !PAST_CUE.test(quote.cue.text)) return null;
    const text = doc.folded;
    // the date may lie inside a report of the lead ("organizers say a million marched on Saturday")
    const day = leadDay(text, allTimexes ?? timexes);
    if (!day || !GATHERING.test(day.sentence) || NOT_HELD.test(day.sentence)) return null;
    const { end: leadEnd, timex: t, when } = day;
    const at = Math.min(quote.start, quote.cue.start);
    if (at < leadEnd) return null;
    const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!AT_GATHERING.test(text.slice(paragraphStart, at))) return null;
    // (inside reported words too: "was found guilty in May")
    if ((allTimexes ?? timexes).some((u) => u.start >= leadEnd && u.start < at && toWhen(u) !== null))
      return null;
    return { when, timex: t };
  },
};
