import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import {
  isBackgroundTime,
  isSameSource,
  leadDay,
  STORY_WINDOW_DAYS,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
} from './when-rule.js';

// Cues of words spoken then: "said", "told a news conference", "she added" (not "has said", "argued", "reported").
const SAID =
  /^(?:\w+\s+)?(?:said|says|told|tells|added|declared|stated|stressed|insisted|explained|warned|urged|called)\b/i;

// The quote's sentence opens another occasion or time.
const ANOTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|back then|ago|since|last (?:week|month|year|time)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned|suggested|noted)|interview|tweet(?:ed|s)?|posted|wrote|writes|on (?:Twitter|Facebook|Instagram)|(?:will|would|could|might|plans? to|expected to)\s+(?:\w+\s+)?(?:say|tell|argue|announce))\b/i;

// Days the lead tells no event of: "will vote on Monday".
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|plans? to|next|upcoming)\b/i;

// "Twenty people were hurt by a blast in Dunmore tonight. ¶ "We see no link to terror," Mayor Ann Roe told
// reporters." — a story of the day it is published: the first source it quotes after a lead that gives that day
// once, with no other time since and none in the quote's sentence, spoke that day (the source's further quotes go
// on from it by link/when-speaker-day). Only the first source: later ones may be background or reactions of
// another day, and a lead of an earlier day ("yesterday") leaves reports of the day after open.
export const whenStoryDay: WhenRule = {
  name: 'link/when-story-day',
  find({ doc, quote, timexes, allTimexes, before }) {
    const published = doc.article.date;
    const pub = parseDay(published);
    if (!published || !pub || published.length !== 10) return null;
    const cue = quote.cue;
    if (!cue || !SAID.test(cue.text)) return null;
    const text = doc.folded;
    // "… fires, which state media said were under control": a report inside a relative clause is an aside
    const clauseBefore =
      text
        .slice(Math.max(0, cue.start - 60), cue.start)
        .split(/[,;:.!?\n]/)
        .at(-1) ?? '';
    if (/^\s*(?:which|who|whom|whose)\b/i.test(clauseBefore)) return null;
    const day = leadDay(text, timexes);
    if (!day || day.when !== published || NOT_HELD.test(day.sentence)) return null;
    const earliest = formatDay(addDays(pub, -STORY_WINDOW_DAYS));
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    if (at < day.end) return null;
    // the first source quoted after the lead (its earlier quotes undated or of that day)
    for (const q of before ?? []) {
      if (q.end <= day.end) continue;
      if (!isSameSource(q, quote)) return null;
      if (q.when && q.when !== day.when) return null;
    }
    // no other past time since the lead (inside reported words too), bar background ("who died in 1994")
    const all = allTimexes ?? timexes;
    for (let i = firstStartingAt(all, day.end); i < all.length; i++) {
      const u = all[i];
      if (!u || u.start >= at) break;
      const w = toWhen(u);
      if (w === null || w === day.when) continue;
      if (w > published.slice(0, w.length)) continue;
      if (isBackgroundTime(text, u, earliest)) continue;
      return null;
    }
    const end = Math.max(quote.end, cue.end);
    const sentenceStart = sentenceStartAt(text, at);
    const sentenceEnd = sentenceEndAfter(text, end);
    for (let i = firstStartingAt(timexes, sentenceStart); i < timexes.length; i++) {
      const u = timexes[i];
      if (!u || u.start >= sentenceEnd) break;
      if (toWhen(u) && toWhen(u) !== day.when) return null;
    }
    // nor another time or occasion in the quote's own sentence: "Roe said in an interview last year"
    const own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    if (ANOTHER_TIME.test(own)) return null;
    return { when: day.when, timex: day.timex };
  },
};
