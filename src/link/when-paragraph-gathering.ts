import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import {
  STORY_WINDOW_DAYS,
  sentenceStartsBefore,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// A gathering where people speak: "the council met", "at Wednesday's meeting", "the hearing on Monday".
const GATHERING =
  /\b(?:meeting|hearing|debate|summit|talks|news conference|press conference|convention|rally|assembly|forum|town hall|ceremony|briefing)\b/i;
// A gathering still to come or not held: "will meet on Monday", "the hearing on Monday was postponed", "the
// parties prepared for the final days of the race, including a debate Thursday".
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|due to|expected to|scheduled|planned|plans? to|next|upcoming|postponed|cancell?ed|delayed|ahead of|(?:is|are)\s+(?:holding|hosting|meeting)|prepar(?:e|es|ed|ing)\s+for|gird(?:s|ed|ing)?\s+for|gear(?:s|ed|ing)?\s+up|run-up to|final days)\b/i;
// A day in a clause about another thing: "Roe, who met the council on Monday, …", "after the meeting on Monday".
const OTHER_CLAUSE = /\b(?:who|whom|whose|which|after|before|since|until|following)\b/i;
// Words spoken then: "said", "told members", "added" (not "has said", "would say").
const PAST_CUE =
  /^(?:(?:also|then)\s+)?(?:said|told|added|asked|argued|urged|warned|insisted|replied|responded)\b/i;
// The quote's own sentence opens another occasion or time: "Roe said in an interview …", "Roe said earlier …",
// "Roe in a blog post said …" (written words are no gathering's).
const ANOTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|in the past|at the time|ago|since|last (?:week|month|year)|interview|tweet(?:ed)?|posts?|posted|blog|op-ed|column|essay|wrote|statement|letter|programme|program|radio|television|TV|newspaper|BBC|CNN)\b/i;
// How far back in the paragraph the gathering may be told, in sentences: the one before.
const SENTENCES_BACK = 1;

// "The council met on Wednesday to discuss the bridge. Ann Roe told members it was unsafe. Omar Hale said he
// disagreed." — a report in the paragraph of a dated gathering of speakers, told after it with no other time
// between and no other occasion in its own sentence, was made there.
export const whenParagraphGathering: WhenRule = {
  name: 'link/when-paragraph-gathering',
  find({ doc, quote, timexes, allTimexes }) {
    const pub = parseDay(doc.article.date);
    const cue = quote.cue;
    if (!pub || !cue || !PAST_CUE.test(cue.text)) return null;
    const text = withoutAbbreviations(doc.folded);
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
    // no time before the quote in its paragraph: nothing to borrow (most quotes)
    if (!timexes.some((t) => t.start >= paragraphStart && t.start < at && toWhen(t) !== null)) return null;
    const starts = sentenceStartsBefore(text, at, 1200).filter((s) => s >= paragraphStart);
    const own = starts[0];
    if (own === undefined) return null;
    const end = Math.max(quote.end, cue.end);
    const ownStop = end + (text.slice(end).search(/[.!?\n]/) + 1 || text.length - end);
    const all = allTimexes ?? timexes;
    for (let i = 1; i <= SENTENCES_BACK && i < starts.length; i++) {
      const sStart = starts[i] ?? 0;
      const sEnd = starts[i - 1] ?? at;
      const inSentence = all.filter((t) => t.start >= sStart && t.end <= sEnd && toWhen(t) !== null);
      if (!inSentence.length) continue;
      const [t] = inSentence;
      const sentence = text.slice(sStart, sEnd);
      if (inSentence.length !== 1 || !t || !timexes.includes(t)) return null;
      if (!GATHERING.test(sentence) || NOT_HELD.test(sentence) || /"/.test(sentence)) return null;
      if (OTHER_CLAUSE.test(text.slice(sStart, t.start))) return null;
      const when = toWhen(t);
      if (when?.length !== 10 || when > formatDay(pub) || when < formatDay(addDays(pub, -STORY_WINDOW_DAYS)))
        return null;
      // no other time since, up to the end of the quote's sentence (inside reported words too)
      if (all.some((u) => u !== t && u.start >= sStart && u.start < ownStop && toWhen(u) !== null))
        return null;
      if (ANOTHER_TIME.test(`${text.slice(own, quote.start)} ${text.slice(quote.end, ownStop)}`)) return null;
      return { when, timex: t };
    }
    return null;
  },
};
