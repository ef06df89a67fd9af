import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import type { Quote } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { escapeRegExp } from './speaker-names.js';
import { ANCHOR_RULES, NEW_OCCASION, outsideQuotes } from './when-occasion-continues.js';
import {
  INDEFINITE,
  inOtherDocuments,
  isReportInRelativeClause,
  isSameSource,
  namedSurname,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// Bare cues of words going on from the occasion: "Roe said", "she noted" (not "has said", "says", "wrote"; nor "added",
// "went on", which go on from the words just before: link/when-occasion-continues reads those).
const BARE_CUE =
  /^(?:said|explained|noted|insisted|stressed|argued|declared|remarked|pointed out|saying|noting)$/i;

// The occasions the anchor's sentence may name: "during a panel discussion on May 16", "in an interview on Friday".
const OCCASION =
  /\b(?:interview|rally|debate|hearing|speech|address|press conference|news conference|briefing|town hall|forum|testimony|appearance|broadcast|podcast|meeting|summit|session|ceremony|convention|sermon|lecture|panel|discussion|symposium|conference|seminar|luncheon|dinner|commencement|event)\b/i;

// The quote's own sentence opens another time or occasion: "Roe said last year", "in a statement", "at the time".
const OWN_OTHER_TIME =
  /\b(?:(?:in|at|during|on|through|via)\s+(?:a|an|his|her|their|its|another)\s|subsequent|previous|prior|earlier|note|memo|e-?mail|message|post|op-ed|column|essay|book|video|later|recently|at the time|then|(?:has|have|had|will|would)\s+(?:\w+\s+)?(?:said|told|say|tell)|statement|interview|letter|tweet(?:ed)?|posted|wrote|rally|speech|hearing|debate|conference|briefing|told)\b/i;

// Words told of the speaker between, as another statement: "Roe told Radio Vell on Monday", "she said in 2012".
const SPOKE =
  '(?:said|says|told|tells|wrote|writes|tweeted|posted|added|spoke|speaks|testified|argued|claimed|insisted|stated|declared|interview(?:ed)?|statement)';

// How long after publication's day the occasion may lie back.
const MAX_DAYS_BACK = 31;

// "Ann Roe praised the mayor during a panel discussion on May 16 in Lorne: "…," Roe said. ¶ [paragraphs of other
// people's deeds, dated Monday and Tuesday] ¶ "…," Roe said." — a speaker the story dates at one named occasion
// (panel, interview, speech …) in the month before publication, quoted again with a bare cue and no word of another
// time or statement of hers between, goes on at that occasion: the days told between are other people's.
// Wider than link/when-occasion-continues (no gap limit, days of others' deeds between), narrower in the cue.
export const whenOccasionResumes: WhenRule = {
  name: 'link/when-occasion-resumes',
  // (its first checks return null without the anchor's date (anchor.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, allTimexes, before }) {
    const cue = quote.cue;
    if (!cue || !BARE_CUE.test(cue.text.trim())) return null;
    if (!quote.speaker || INDEFINITE.test(quote.speaker)) return null;
    const surname = namedSurname(quote);
    if (!surname) return null;
    const published = doc.article.date;
    const pub = parseDay(published);
    if (!published || !pub || published.length !== 10) return null;
    // the speaker's quotes before: the first dated at an occasion, every one since dated alike
    let anchor: Quote | null = null;
    const mine = (before ?? []).filter((q) => isSameSource(q, quote));
    for (const q of mine) {
      if (!anchor) {
        if (q.when && q.whenRule && ANCHOR_RULES.has(q.whenRule)) anchor = q;
        else return null; // an undated quote before the occasion: its time is not the story's to give
        continue;
      }
      if (q.when !== anchor.when) return null;
    }
    if (anchor?.when?.length !== 10 || inOtherDocuments(anchor, quote)) return null;
    if (isReportInRelativeClause(doc.folded, anchor)) return null;
    if (anchor.when > published || anchor.when < formatDay(addDays(pub, -MAX_DAYS_BACK))) return null;
    const text = doc.folded;
    const timex = (allTimexes ?? timexes).find((t) => t.id === anchor.whenTimex);
    if (!timex) return null;
    // the anchor's sentence names the occasion
    const anchorFrom = sentenceStartAt(
      text,
      Math.min(anchor.start, anchor.cue?.start ?? anchor.start, timex.start),
    );
    const anchorTo = sentenceEndAfter(text, Math.max(anchor.end, anchor.cue?.end ?? anchor.end, timex.end));
    if (!OCCASION.test(outsideQuotes(text.slice(anchorFrom, anchorTo)))) return null;
    // other sources' dated words between move the story to their days: only a quote naming its speaker again comes back
    const escaped = escapeRegExp(surname);
    const named = new RegExp(`\\b${escaped}\\b`).test(quote.mention?.text ?? '');
    if (
      !named &&
      (before ?? []).some(
        (q) => q.start > anchor.start && !isSameSource(q, quote) && q.when && q.when !== anchor.when,
      )
    )
      return null;
    // the quote's own sentence: no time, no other occasion, no habit
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const end = Math.max(quote.end, cue.end);
    const ownStart = sentenceStartAt(text, at);
    const ownEnd = sentenceEndAfter(text, end);
    if (
      timexes.some((t) => t.start >= ownStart && t.start < ownEnd && toWhen(t) !== null && t.id !== timex.id)
    )
      return null;
    const own = withoutCausalSince(
      outsideQuotes(`${text.slice(ownStart, quote.start)} ${text.slice(quote.end, ownEnd)}`),
    );
    if (OWN_OTHER_TIME.test(own) || NEW_OCCASION.test(own) || isHabitualReport(text, quote)) return null;
    // nothing between tells the speaker speaking at another time: "Roe told Radio Vell on Monday …", "In a
    // separate interview, she …"
    const last = mine.at(-1) ?? anchor;
    const between = outsideQuotes(text.slice(Math.max(anchorTo, last.end), ownStart));
    const spoke = new RegExp(
      `(?:\\b${escaped}(?:['\u2019]s)?|\\b(?:he|she|they))\\s+(?:\\S+\\s+){0,3}?${SPOKE}\\b`,
      'i',
    );
    if (spoke.test(between)) return null;
    return { when: anchor.when, timex };
  },
};
