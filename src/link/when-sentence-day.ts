import { firstStartingAt } from '../quotes/quote-context.js';
import type { TimeExpression } from '../types.js';
import { opensReportedClause } from './when-cue-governed.js';
import {
  isAttributiveYear,
  isObjectOfNarration,
  isParentheticalCue,
  quoteEndsSentence,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// A day inside a clause about another event: "Ann Roe, who was arrested on Friday, said …", "after the vote on
// Monday", "since Tuesday".
// "Speaking about the flood on Friday, …", "Pointing to figures released yesterday, …": the day of what was spoken
// about.
const OTHER_EVENT =
  /\b(?:who|whom|whose|which|after|before|since|until|following|because|where|while|about|regarding|concerning|referring|recalling|describing|discussing|pointing|citing)\b/i;
// Figures dated by their release: "… retail data released yesterday, he said …" (the day of the figures).
const RELEASED =
  /\b(?:data|figures|numbers|statistics|results|report|survey|poll|study|accounts|estimates)\s+(?:released|published|issued|out)\s+$/i;
// Days the statement is not made on: "will meet on Monday", "plans to vote Friday", "Monday's debate".
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|plans? to|next|upcoming)\b/i;

// "President Ann Roe, opening the museum on Saturday, said …", "Roe spoke out Tuesday about the mill, arguing
// that …", "Hale blasted Roe as a “disgrace” Wednesday on The Morning Show." — the one day the quote's own sentence
// gives, outside the reported words and outside any clause about another event, is the statement's day.
export const whenSentenceDay: WhenRule = {
  name: 'link/when-sentence-day',
  // (its first checks return null without a visible time in the quote's own sentence)
  needs: 'time-near',
  find({ doc, quote, timexes, before: earlier }) {
    const published = doc.article.date;
    if (!published) return null;
    const text = doc.folded;
    const cue = quote.cue;
    // "On Sunday, according to witnesses, a man entered …": the day of what is reported, not of the report;
    // "had said", "would say": words of another time
    if (cue && /^(?:according|has|have|had|will|would)\b/i.test(cue.text)) return null;
    // "Vell said on Friday that the builder had said …": a quote inside another's reported words is not dated by
    // the outer report's day
    if (earlier?.some((q) => q.start <= quote.start && q.end >= quote.end && q !== quote)) return null;
    const at = Math.min(quote.start, cue?.start ?? quote.start, quote.mention?.start ?? quote.start);
    const end = Math.max(quote.end, cue?.end ?? quote.end, quote.mention?.end ?? quote.end);
    const sentenceStart = sentenceStartAt(text, at);
    // (a sentence's rest, read from a bounded window: the whole text per quote was quadratic)
    const rest = withoutAbbreviations(text.slice(end, end + 1000));
    // ("… the international community." Nkurunziza was taken ill on Saturday …": the quote's words end it)
    const sentenceEnd =
      end === quote.end && quoteEndsSentence(text, quote)
        ? end
        : end + (rest.search(/[.!?\n]/) + 1 || rest.length);
    const days: TimeExpression[] = [];
    // from the sentence's first expression on (a scan from the text's start per quote was quadratic)
    for (let i = Math.max(0, firstStartingAt(timexes, sentenceStart) - 1); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.end <= sentenceStart) continue;
      if (t.start >= sentenceEnd) break;
      const w = toWhen(t);
      // (a year naming a thing, "its 2018 Ballot Act", tells no time of the sentence)
      if (w === null || isAttributiveYear(text, t)) continue;
      // any other time in the sentence leaves the statement's day unsaid
      if (w.length !== 10 || w > published.slice(0, w.length)) return null;
      days.push(t);
    }
    const day = days[0];
    const when = day ? toWhen(day) : null;
    if (!day || !when || days.some((t) => toWhen(t) !== when)) return null;
    // the day's own clause: from the comma or sentence start before it
    const before = withoutAbbreviations(text.slice(sentenceStart, day.start));
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('—')) + 1);
    if (
      OTHER_EVENT.test(clause) ||
      NOT_HELD.test(clause) ||
      RELEASED.test(clause) ||
      /^['’]s\b/.test(text.slice(day.end))
    )
      return null;
    // "… said through Friday it had received …", "… the week ended Wednesday, the bank said", "the period that ended
    // on March 11": the end of a span counted over (not an event's end: "a meeting that ended last night")
    if (/\b(?:through|thru|till)\s+$/i.test(before)) return null;
    if (
      /\b(?:days?|weeks?|months?|quarters?|years?|half|period|session)\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?$/i.test(
        before,
      )
    )
      return null;
    // "On Friday the police arrested a man, and Mayor Vell said …": a new clause with its own subject (not one that
    // goes on with the same subject: "Roe asked for a visa Friday, but was told …", "Roe and Hale signed the pact
    // Friday, and Hale claimed …")
    const from = Math.min(day.end, at);
    const to = Math.max(day.start, at);
    const joint = /,\s+(?:and|but|while|whereas)\s|;/.exec(text.slice(from, to));
    if (
      joint &&
      !(cue && day.end <= at && isSameSubjectGoingOn(text, sentenceStart, day, from + joint.index, cue))
    )
      return null;
    // "Hale told the Courier that on May 6, after driving home, Roe "walked into the station …"": a day after the
    // cue's "that" opens the reported clause
    if (cue && cue.end <= day.start && /\bthat\b/i.test(text.slice(cue.end, day.start))) return null;
    // (or a noun phrase after a bare "said": "He said the arguments cited by Roe yesterday "tend to be weak."")
    if (opensReportedClause(text, quote, day.start)) return null;
    // "… was driving a truck "erratically" … on the night of June 21": a quote with no cue in the day's own sentence
    // is a phrase of the narration, and the day that of the narrated event (a day in the sentence before, where
    // its speaker was named, still dates it: "Roe said on Friday she would run. "…"")
    if (!cue && day.start >= sentenceStartAt(text, quote.start)) return null;
    // "As of March 13, Roe said, about 3,000 units had been tendered": a cue set off by commas inside the reported
    // clause leaves the day before it to the clause
    if (cue && day.end <= cue.start && isParentheticalCue(text, quote)) return null;
    // "On Monday, Orr knocked a statement by actor Tom Vell that …": the day is Orr's, not the statement's
    if (day.end <= (cue?.start ?? 0) && isObjectOfNarration(text, quote)) return null;
    // "… after the leak of a recording in which someone says Vell "…"": the cue in a clause about another thing
    // (not "where": "went to the station on May 3, where they claimed …" is there that day)
    if (cue && day.end <= cue.start && /\b(?:in|on|during) which\b/i.test(text.slice(day.end, cue.start)))
      return null;
    return { when, timex: day };
  },
};

// The clause after ", and" / ", but" up to the report: nothing (a verb of the same subject: ", but was told") or a
// capitalised name the sentence named before its day (", and Yeltsin claimed" after "Kuchma and Yeltsin signed …").
const GOING_ON = /^,\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:(\p{Lu}[\p{L}'-]+)\s+)?$/u;

/** True when the one ", and"/", but" between the day and the report goes on with the sentence's own subject. */
function isSameSubjectGoingOn(
  text: string,
  sentenceStart: number,
  day: TimeExpression,
  joint: number,
  cue: { start: number },
): boolean {
  const rest = text.slice(joint, cue.start);
  if (/[;,].*[,;]|;/.test(rest.slice(1))) return false;
  const m = GOING_ON.exec(rest);
  if (!m) return false;
  const name = m[1];
  if (!name) return true;
  // the name stands in the subject, before the day ("Presidents Kuchma and Yeltsin signed … Friday")
  return new RegExp(`\\b${name}\\b`).test(text.slice(sentenceStart, day.start));
}
