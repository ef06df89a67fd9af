import { addDays, formatDay, formatWeek, parseDay } from '../dates/calendar.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';
import { isAfterUndatedInterview } from './after-undated-interview.js';
import { isInClauseBeforeCue } from './clause-before-cue.js';
import { isHabitualReport } from './habitual-report.js';
import { isInSinceClause } from './since-clause.js';
import { cachedRegExp, escapeRegExp } from './speaker-names.js';
import {
  INDEFINITE,
  inOtherDocuments,
  isBackgroundParagraph,
  isBackgroundTime,
  isParentheticalCue,
  isReportInRelativeClause,
  isSameSource,
  isWeekToCome,
  namedSurname,
  STORY_WINDOW_DAYS,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// The quote's sentence opens another occasion or time: "Roe has long said …", "In an earlier interview, …",
// "last week", "on Twitter", "years ago", "…," continued the letter (written when the story does not say).
const ANOTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|back then|ago|since|the (?:day|night|week) (?:before|after)|the (?:previous|prior) (?:day|night|evening)|last (?:week|month|year|time|spring|summer|fall|autumn|winter)|(?:has|have|had)\s+(?:long\s+|repeatedly\s+|often\s+|also\s+|previously\s+|since\s+|already\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned|suggested|noted)|(?:a|an|another|one|separate|previous|earlier)\s+(?:separate\s+|earlier\s+|previous\s+|recent\s+)?(?:interview|speech|letter|essay|op-ed|book|memoir|tweet|post|podcast)|the\s+(?:letter|essay|op-ed|memoir)|on (?:Twitter|Facebook|Instagram)|tweet(?:ed|s)?|posted|wrote|writes|(?:will|would|could|might|plans? to|expected to|is to|are to)\s+(?:\w+\s+)?(?:say|tell|argue|announce))\b/i;

// An occasion of its own, whose day the story does not give: "Roe told reporters …", "at a rally".
const OCCASION =
  /\b(?:told (?:reporters|journalists|supporters|the crowd|an audience|the audience|lawmakers|delegates|viewers|listeners)|interview|rally|press conference|news conference|briefing|speech|hearing|debate)\b/i;

// A relative clause after a comma, to the sentence's end: ", who died three months ago".
const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which)\b/;

// A week's value: "2016-W36".
const WEEK = /^\d{4}-W\d{2}$/;
// A week reaching up to now: "for the last week", "over the past week".
const SPAN_TO_NOW = /\b(?:for|over)\s+$/i;
const LAST_WEEK = /^(?:the\s+)?(?:last|past)\s+week$/i;

// Words said at another time, told between the speaker's dated quote and this one: "Roe has previously told the
// court …".
const SAID_BEFORE =
  /\b(?:has|have|had)\s+(?:already\s+|previously\s+|repeatedly\s+|long\s+)?(?:said|told|testified|argued|claimed)\b/gi;

// A cue in the present tense: "then says", "tells", "asks".
const PRESENT_CUE = /\b(?:says|tells|adds|asks|replies|writes)\b/i;

// Cues of words said at a time the story does not tell: "has said", "would say".
const NOT_TOLD_NOW = /^(?:has|have|had|will|would|could|might)\b/i;

// "Mayor Ann Roe said on Friday the blast was deliberate. ¶ Police said a second device was found. ¶ "We see no
// link to terror," Roe said." — a quote with no date of its own, of a speaker the story has already dated on the
// day it last names (within the week before publication), belongs to that day: when no older date has moved the
// story since and its own sentence names no other time or occasion. Wider than link/when-occasion-continues (no
// occasion word, no distance limit), narrower than a story's day for everyone it quotes.
export const whenSpeakerDay: WhenRule = {
  name: 'link/when-speaker-day',
  // (its first checks return null without an earlier dated quote with a speaker (before.some(q => q.when && q.speaker)))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before, allTimexes }) {
    const published = doc.article.date;
    const pub = parseDay(published);
    if (!published || !pub || published.length !== 10) return null;
    // only for a speaker the story has already dated (the anchor below): most quotes have no dated quote before
    // them, and need no scan back over the story's times
    if (!(before ?? []).some((q) => q.when && q.speaker !== null)) return null;
    const earliest = formatDay(addDays(pub, -STORY_WINDOW_DAYS));
    const text = doc.folded;
    const cue = quote.cue;
    if (cue && NOT_TOLD_NOW.test(cue.text)) return null;
    // (nor said again and again: "Roe often says …", "…," Roe has long said.)
    if (isHabitualReport(text, quote)) return null;
    const at = Math.min(quote.start, cue?.start ?? quote.start, quote.mention?.start ?? quote.start);
    const sentenceStart = sentenceStartAt(text, at);
    // the latest dated narration before the quote (its own sentence included, up to the quote)
    let day: TimeExpression | null = null;
    const weeks: string[] = [];
    const seen = withStatedTimes(timexes, allTimexes, before ?? [], quote, published);
    // an earlier statement of the quote's own source
    const isOwn = (q: Quote): boolean =>
      q.speaker !== null &&
      ((!INDEFINITE.test(q.speaker) && isSameSource(q, quote)) || isUnnamedSourceAgain(q, quote)) &&
      // (not one told in another document: "the WHO's report dated March 16 …. The WHO's website said …")
      !inOtherDocuments(q, quote) &&
      !isReportInRelativeClause(text, q);
    // the latest day in the week the speaker was dated on: a day before it, told since, is background to the
    // speaker's occasion, not a move of the story ("Roe told reporters on Friday …" ¶ "Lee said on Thursday …" ¶
    // Roe said …), unless it dated the speaker's own words
    // (not for words told in the present, a scene played back: "On tape Orr is heard asking … Orr then says: …")
    const scene = cue !== null && PRESENT_CUE.test(cue.text);
    // (another source's statement of that day, or a sentence not naming the speaker: not "Roe announced on
    // Thursday a fund …", the speaker's own act)
    const named = namedSurname(quote);
    const isOtherDay = (t: TimeExpression): boolean => {
      const dates = (before ?? []).filter((q) => q.whenTimex === t.id);
      if (dates.some(isOwn)) return false;
      if (dates.length > 0 || !named) return true;
      const sentence = text.slice(sentenceStartAt(text, t.start), sentenceEndAfter(text, t.end));
      return !cachedRegExp(`\\b${escapeRegExp(named)}\\b`).test(sentence);
    };
    let ownDay = '';
    for (const q of before ?? [])
      if (q.when && q.when.length === 10 && q.when >= earliest && q.when > ownDay && isOwn(q))
        ownDay = q.when;
    // from the last expression starting before the quote back (not from the text's end, per quote)
    for (let i = firstStartingAt(seen, at) - 1; i >= 0; i--) {
      const t = seen[i];
      if (!t || t.end > at) continue;
      // ("Six months ago, the senator said, the toll was only a plan": a time of the reported words)
      if (isInClauseBeforeCue(text, t, [...(before ?? []).slice(-3), quote])) continue;
      // a week (one across two months too) moves no story when the day lies in it ("This week, the president
      // declined …"): checked once the day is found; not one still to come, nor one in a relative clause
      if (WEEK.test(t.value)) {
        // (a week that dates a statement is another occasion: "he said at a town hall this week")
        if ((before ?? []).some((q) => q.whenTimex === t.id)) return null;
        const clause = RELATIVE_CLAUSE.test(text.slice(sentenceStartAt(text, t.start), t.start));
        // (nor one still to come: "a plan to be unveiled at the assembly later this week")
        // (nor a span up to now: "he has been in Vell for the last week")
        const span =
          SPAN_TO_NOW.test(text.slice(Math.max(0, t.start - 5), t.start)) && LAST_WEEK.test(t.text);
        if (t.value <= formatWeek(pub) && !clause && !span && !isWeekToCome(text, t)) weeks.push(t.value);
        continue;
      }
      const w = toWhen(t);
      if (w === null) continue;
      // a day still to come tells no statement; a year or month in a sentence before is background
      if (w > published.slice(0, w.length)) continue;
      // a relative clause about someone or something tells its own past: ", Lee, who died three months ago."
      if (w.length !== 10 && RELATIVE_CLAUSE.test(text.slice(sentenceStartAt(text, t.start), t.start)))
        continue;
      // any other past time since moves the story ("In 2012, the board said it would raise fares.", "this month"),
      // unless it lies wholly before the story's week inside its sentence: background ("… shot down the plane on
      // April 6, 1994.")
      if (w.length !== 10 || w < earliest) {
        // (not the date of a statement: "Roe, who told a court in 2009 that …")
        if ((before ?? []).some((q) => q.whenTimex === t.id)) return null;
        if (isBackgroundTime(text, t, earliest)) continue;
        // ("… has spoken with him three times since he arrived on April 6": the start of a span)
        if (w < earliest.slice(0, w.length) && isInSinceClause(text, t)) continue;
        // nor a past told in a paragraph of its own with no words said in it: "In 2015, the city lost a court case over
        // the bridge." ¶ "We will fight on," Roe said.
        if (w < earliest.slice(0, w.length) && isBackgroundParagraph(text, t, at)) continue;
        return null;
      }
      if (w < ownDay && !scene && isOtherDay(t)) continue;
      day = t;
      break;
    }
    if (!day) return null;
    const found = parseDay(toWhen(day));
    if (!found || weeks.some((v) => formatWeek(found) !== v)) return null;
    // only for a speaker the story has already dated on that day: "Roe said on Friday …" ¶ … ¶ "…," Roe said.
    const dayWhen = toWhen(day);
    let anchor: Quote | undefined;
    for (let i = (before?.length ?? 0) - 1; i >= 0 && !anchor; i--) {
      const q = before?.[i];
      if (q && q.when === dayWhen && isOwn(q)) anchor = q;
    }
    if (!anchor) return null;
    // nor when the speaker's words since are told as of another time: "X has previously told the court …"
    // (the speaker named just before: not "Roe's lawyers have said …")
    const surname = named;
    const gap = text
      .slice(Math.max(anchor.end, anchor.cue?.end ?? anchor.end), sentenceStart)
      .replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' ');
    for (const m of gap.matchAll(SAID_BEFORE))
      if (surname && new RegExp(`\\b${surname}\\s+(?:\\w+\\s+){0,2}$`).test(gap.slice(0, m.index)))
        return null;
    // the quote's sentence names no other time, nor another occasion (outside the quoted words)
    const end = Math.max(quote.end, cue?.end ?? quote.end);
    const sentenceEnd = sentenceEndAfter(text, end);
    // (a relative clause about someone else after the quote keeps its own times: "…," Roe said, not needing to
    // name Lee, who died three months ago.)
    const tail = text.slice(quote.end, sentenceEnd);
    const clause = RELATIVE_CLAUSE.exec(tail);
    const clauseStart = clause ? quote.end + clause.index : sentenceEnd;
    for (let i = firstStartingAt(timexes, sentenceStart); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= clauseStart) break;
      if (isInClauseBeforeCue(text, t, [quote])) continue;
      if (t !== day && t.end <= sentenceEnd && toWhen(t) && !isBackgroundTime(text, t, earliest)) return null;
    }
    // (the words before a cue set off by commas are reported ones: "Six months ago, the senator said, …")
    // (but a "since" of time there frames what is told: "Since she took office, Roe said, the council has paid …")
    const ownFrom = isParentheticalCue(text, quote) ? at : sentenceStart;
    const own = `${text.slice(ownFrom, quote.start)} ${text.slice(quote.end, clauseStart)}`;
    if (ANOTHER_TIME.test(withoutCausalSince(own)) || OCCASION.test(own)) return null;
    if (/\bsince\b/i.test(withoutCausalSince(text.slice(sentenceStart, ownFrom)))) return null;
    // (nor words after a sentence opening with an undated interview: "In an interview with Lorne Radio, Roe …")
    if (isAfterUndatedInterview(text, quote, timexes)) return null;
    const when = toWhen(day);
    return when ? { when, timex: day } : null;
  },
};

/**
 * The time expressions a quote may see, with those inside reported words that dated an earlier statement of its
 * own speaker: "Lorne Mills said it sold its bakery today." ¶ "The sale ends a long search," the company said. —
 * the day of that statement is a time of the story, though the words it was said in hold it (not another
 * source's: "Tom Orr told reporters on Monday …" ¶ "An aide said the remarks, printed today, were accurate." ¶
 * Orr said …), and only on the publication day (a past day inside the words is more often the day of what they
 * tell: "Vell Corp told analysts yesterday …"). In text order.
 */
function withStatedTimes(
  timexes: TimeExpression[],
  allTimexes: readonly TimeExpression[] | undefined,
  before: readonly Quote[],
  quote: Quote,
  published: string,
): TimeExpression[] {
  if (!allTimexes) return timexes;
  const visible = new Set(timexes.map((t) => t.id));
  const stated = new Set<string>();
  for (const q of before)
    if (q.when === published && q.whenTimex && q.speaker === quote.speaker && !visible.has(q.whenTimex))
      stated.add(q.whenTimex);
  if (stated.size === 0) return timexes;
  return [...timexes, ...allTimexes.filter((t) => stated.has(t.id))].sort((a, b) => a.start - b.start);
}

/**
 * An unnamed source ("an official", "one trader") quoted again through a mention that points back at it ("the
 * official added", "he said"): the speaker layer gave both quotes that one source. "A port official said on
 * Monday the cranes had stopped." ¶ "Work resumes next week," the official added. Not a second "an official said".
 */
function isUnnamedSourceAgain(anchor: Quote, quote: Quote): boolean {
  const mention = quote.mention?.text;
  return (
    anchor.speaker !== null &&
    anchor.speaker === quote.speaker &&
    mention !== undefined &&
    /^(?:he|she|they|it|the\s)/i.test(mention.trim())
  );
}
