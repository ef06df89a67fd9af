import { addDays, type Day, formatDay, formatWeek, parseDay } from '../dates/calendar.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { hasWholeWord } from './speaker-names.js';
import {
  isBackgroundTime,
  isSameSource,
  isWeekToCome,
  leadDay,
  namedSurname,
  STORY_WINDOW_DAYS,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// Cues of words spoken then: "said", "told a news conference", "she added" (not "has said", "argued", "reported").
const SAID =
  /^(?:\w+\s+)?(?:said|says|told|tells|added|declared|stated|stressed|insisted|explained|warned|urged|called)\b/i;

// The quote's sentence opens another occasion or time.
const ANOTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|back then|ago|since|last (?:week|month|year|time)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned|suggested|noted)|interview|tweet(?:ed|s)?|posted|wrote|writes|on (?:Twitter|Facebook|Instagram)|(?:will|would|could|might|plans? to|expected to)\s+(?:\w+\s+)?(?:say|tell|argue|announce))\b/i;

// A lead that tells what befell its person, no occasion to speak: "Roe was arrested on Friday".
const PASSIVE = /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/i;

// A week's value: "2017-W22", "2017-W22-WE".
const WEEK = /^\d{4}-W\d{2}/;

// Days the lead tells no event of: "will vote on Monday".
export const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|plans? to|next|upcoming)\b/i;

// "Twenty people were hurt by a blast in Dunmore tonight. ¶ "We see no link to terror," Mayor Ann Roe told
// reporters." — a story of the day it is published: the first source it quotes after a lead that gives that day
// once, with no other time since and none in the quote's sentence, spoke that day (the source's further quotes go
// on from it by link/when-speaker-day). Only the first source: later ones may be background or reactions of
// another day; and after a lead of an earlier day ("yesterday") only the person the lead names, as others may have
// reported the day after.
export const whenStoryDay: WhenRule = {
  name: 'link/when-story-day',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes, before }) {
    const story = storyOfLead(doc.folded, doc.article.date, quote, timexes, SAID);
    if (!story) return null;
    const { published, pub, text, day } = story;
    const cue = quote.cue;
    if (!cue) return null;
    const earliest = formatDay(addDays(pub, -STORY_WINDOW_DAYS));
    // a lead of an earlier day in the week dates only the person it names: "Yesterday, Ada Roe won the hurdles
    // final. ¶ … ¶ Speaking to Radio Vell, Roe said …" (not "Officials said …" after "A fire yesterday …")
    // ("Roe was arrested on Friday" tells no occasion to speak; "Roe told the mayors …" names an audience of its own)
    if (day.when !== published) {
      const surname = namedSurname(quote);
      if (day.when < earliest || !surname || !hasWholeWord(day.sentence, surname)) return null;
      if (PASSIVE.test(day.sentence) || /^(?:\w+\s+)?(?:told|tells)\b/i.test(cue.text)) return null;
    }
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const found = parseDay(day.when);
    if (at < day.end || !found) return null;
    // the first source quoted after the lead (its earlier quotes undated or of that day); a lead that quotes
    // this source itself passes its date on by the rules of one statement or occasion
    for (const q of before ?? []) {
      if (q.end <= day.end) {
        if (q.end > day.from && isSameSource(q, quote)) return null;
        continue;
      }
      if (!isSameSource(q, quote)) return null;
      if (q.when && q.when !== day.when) return null;
    }
    if (movesOffDay(text, quote, timexes, allTimexes ?? timexes, day, at, published)) return null;
    return { when: day.when, timex: day.timex };
  },
};

/** True for "today" as the present of a state, no day of an event: "struggles which, even today, inflame …". */
function isPresentDay(text: string, t: TimeExpression): boolean {
  return (
    /^today$/i.test(t.text) && /\b(?:even|still)\s+$/i.test(text.slice(Math.max(0, t.start - 7), t.start))
  );
}

/** A quote told with a plain cue after a lead that dates a held event on or before the publication day. */
export interface StoryOfLead {
  published: string;
  pub: Day;
  text: string;
  day: NonNullable<ReturnType<typeof leadDay>>;
}

/**
 * The lead day a later source's words may take: the article has a full publication day, the quote a cue `said`
 * accepts, not inside a relative clause, and the lead a day no later than publication of an event it tells as held
 * (not "will vote on Sunday").
 */
export function storyOfLead(
  text: string,
  published: string | null,
  quote: Quote,
  timexes: TimeExpression[],
  said: RegExp,
): StoryOfLead | null {
  const pub = parseDay(published);
  if (!published || !pub || published.length !== 10) return null;
  const cue = quote.cue;
  if (!cue || !said.test(cue.text)) return null;
  // "… fires, which state media said were under control": a report inside a relative clause is an aside
  const clauseBefore =
    text
      .slice(Math.max(0, cue.start - 60), cue.start)
      .split(/[,;:.!?\n]/)
      .at(-1) ?? '';
  if (/^\s*(?:which|who|whom|whose)\b/i.test(clauseBefore)) return null;
  const day = leadDay(text, timexes);
  if (!day || day.when > published || NOT_HELD.test(day.sentence)) return null;
  return { published, pub, text, day };
}

/** True when the story leaves the lead's day before or at the quote: another past time since the lead (inside
 * reported words too, bar background: "who died in 1994"; a week the day does not lie in: "Last week, the council
 * declined …"), another day in the quote's sentence, or another time or occasion there ("Roe said in an interview
 * last year"), or words said again and again ("Roe has repeatedly and publicly said …", "Roe often says …"). */
export function movesOffDay(
  text: string,
  quote: Quote,
  timexes: readonly TimeExpression[],
  all: readonly TimeExpression[],
  day: { end: number; when: string },
  at: number,
  published: string,
  // words of the sentence that name the lead's occasion ("at a later press briefing"), no other time
  occasion?: RegExp,
): boolean {
  const found = parseDay(day.when);
  const pub = parseDay(published);
  if (!found || !pub) return true;
  const earliest = formatDay(addDays(pub, -STORY_WINDOW_DAYS));
  for (let i = firstStartingAt(all, day.end); i < all.length; i++) {
    const u = all[i];
    if (!u || u.start >= at) break;
    if (WEEK.test(u.value) && !u.value.startsWith(formatWeek(found)) && !isWeekToCome(text, u)) return true;
    const w = toWhen(u);
    if (w === null || w === day.when || isPresentDay(text, u)) continue;
    if (w > published.slice(0, w.length)) continue;
    if (isBackgroundTime(text, u, earliest)) continue;
    return true;
  }
  const end = Math.max(quote.end, quote.cue?.end ?? quote.end);
  const sentenceStart = sentenceStartAt(text, at);
  const sentenceEnd = sentenceEndAfter(text, end);
  for (let i = firstStartingAt(timexes, sentenceStart); i < timexes.length; i++) {
    const u = timexes[i];
    if (!u || u.start >= sentenceEnd) break;
    if (toWhen(u) && toWhen(u) !== day.when && !isPresentDay(text, u)) return true;
  }
  let own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
  if (occasion) own = own.replace(occasion, ' ');
  return ANOTHER_TIME.test(withoutCausalSince(own)) || isHabitualReport(text, quote);
}
