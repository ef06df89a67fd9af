import { leadDay, sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// an occasion the lead reports as held: "joined the alliance at a ceremony on Friday", "a summit on Monday"
const OCCASION =
  /\b(ceremony|signing|inauguration|funeral|memorial service|summit|news conference|press conference|convention|commemoration)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|planned|next)\b/i;
const PAST_CUE = /^(?:\w+\s+)?(?:said|told|added|called|urged|warned|declared|insisted|stressed|noted)\b/i;

// "Three states joined the alliance at a ceremony in Lemberg on Friday. … In speeches before the ceremony, the
// ministers said …  Vell said …" — once the text has come back to the occasion the lead dates ("the ceremony"),
// quotes with no date of their own, before any other date, were given there.
export const whenLeadOccasion: WhenRule = {
  name: 'link/when-lead-occasion',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes, before }) {
    if (!quote.cue || !PAST_CUE.test(quote.cue.text)) return null;
    const text = doc.folded;
    const day = leadDay(text, timexes);
    if (!day) return null;
    const { end: leadEnd, sentence, timex: t, when } = day;
    const occasion = OCCASION.exec(sentence);
    if (!occasion?.[1] || NOT_HELD.test(sentence)) return null;
    const at = Math.min(quote.start, quote.cue.start);
    if (at < leadEnd) return null;
    // the quote's sentence refers back to that occasion ("In speeches before the signing ceremony, X said"), or
    // the quote goes on from one that did ("Vell said …" in the next paragraph)
    const upTo = Math.max(quote.end, quote.cue.end);
    const sentenceStart = Math.max(leadEnd, sentenceStartAt(text, at));
    const back = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?${occasion[1]}\\b`, 'i');
    const goesOn = (before ?? []).at(-1)?.whenTimex === t.id;
    if (!goesOn && !back.test(text.slice(sentenceStart, upTo))) return null;
    // any later date may move the story to another day (inside reported words too)
    if ((allTimexes ?? timexes).some((u) => u.start >= leadEnd && u.start < at && toWhen(u) !== null))
      return null;
    return { when, timex: t };
  },
};
