import type { Quote, TimeExpression } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { whenContentClosingVehicle } from './when-content-closing-vehicle.js';
import { NOT_HAPPENED, PAST_VERB, whenReportsToday } from './when-reports-today.js';
import {
  inOtherDocuments,
  isReportInRelativeClause,
  isSameGroup,
  isSameSource,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
} from './when-rule.js';

// A new occasion opens: "Earlier, X said …", "X previously said …", "In a separate interview, X said …",
// "When X tweeted that …", "X told Radio Vell the day before the vote …".
const NEW_OCCASION =
  /\b(?:earlier|previously|later|once|formerly|in the past|last (?:week|month|year)|in (?:a|an) (?:separate|earlier|later|other|different|another)|separately|at the time|then|when|the (?:day|night|week) (?:before|after)|the (?:previous|prior) (?:day|night|evening))\b/i;

// A time that opens a span, in a clause of its own: "since he arrived on".
const SINCE_CLAUSE = /\bsince\s+[^,.;:!?]*$/i;

// The rules whose date lies in its quote's own span ("… in an interview on Friday", "said he welcomed today's
// cut").
const OWN_SPAN = new Set([whenContentClosingVehicle.name, whenReportsToday.name]);

// "Lee said on Friday "We will stay." Lee also said the plan was fair. He added, "It is over."" — a quote that
// goes on from the previous quote of the same speaker, with no new date or occasion between them, continues
// that statement and takes its date.
export const whenSameStatement: WhenRule = {
  name: 'link/when-same-statement',
  // (its first checks return null without the previous quote's date (prev.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before, allTimexes }) {
    // The previous quote, or the one this quote is nested in ("X said on Friday he …, which he said would …").
    // (not a report nested in the quote before it, or told in a relative clause of its sentence, when this quote
    // lies outside both: "Roe said he did not believe a video in which his son said he wanted to stay. … he
    // insisted …" goes on from Roe's words)
    const last = (before ?? []).at(-1);
    const outer = (before ?? []).at(-2);
    const prev =
      last && outer && quote.start >= outer.end && isInnerReport(doc.folded, outer, last) ? outer : last;
    if (!prev?.when || !prev.whenTimex) return null;
    const sameSpeaker =
      (prev.speakerEntity !== null && prev.speakerEntity === quote.speakerEntity) ||
      (prev.speaker !== null && prev.speaker === quote.speaker) ||
      isSameGroup(prev.speaker, quote.speaker);
    if (!sameSpeaker) return null;
    const text = doc.folded;
    // "Roe, who told growers earlier this year they must cut output, said she will …": another statement
    if (isReportInRelativeClause(text, prev)) return null;
    // "… had been expected after the company said in December that …": a report in a time clause is background
    if (isReportInTimeClause(text, prev)) return null;
    // "X said on Thursday …. In January, X announced …. X said …": after a flashback to an older statement of a
    // speaker whose later one was told already, which of the two a further quote goes on is not said
    const prevWhen = prev.when;
    const flashback = (before ?? [])
      .slice(0, -1)
      .some((b) => b.when && isSameSource(b, prev) && isLater(b.when, prevWhen));
    if (flashback) return null;
    const nested = prev.start <= quote.start && quote.end <= prev.end;
    const from = nested ? prev.start : Math.max(prev.end, prev.cue?.end ?? 0);
    const to = Math.min(quote.start, quote.cue?.start ?? quote.start);
    const gap = from < to ? text.slice(from, to) : '';
    // Same paragraph, or the next one when the previous quote's date is its own (no chains across paragraphs).
    const breaks = (gap.match(/\n+/g) ?? []).length;
    // (a paragraph of quoted words with no cue of their own, right after the previous quote, goes on with its
    // words: "``I am the father … ¶ ``Why should it be delayed?''")
    const runsOn = breaks === 1 && !quote.cue && /^[\s.,"'`\u201C\u201D\u2018\u2019]*$/.test(gap);
    if (breaks > 1 || (breaks === 1 && prev.whenRule === 'link/when-same-statement' && !runsOn)) return null;
    if (gap.length > 300) return null;
    // … in the cue and right after it: "X later said …", "X also said earlier he might …".
    const cueAndAfter = quote.cue
      ? text.slice(quote.cue.start, Math.min(quote.cue.end + 30, text.length))
      : '';
    if (NEW_OCCASION.test(gap) || NEW_OCCASION.test(cueAndAfter.split(/[.,;:"\u201C]/)[0] ?? '')) return null;
    // Words of another time: "Lee has said …", "Lee had told …", "Lee would say …".
    if (quote.cue && /^(?:has|have|had|will|would)\b/i.test(quote.cue.text)) return null;
    // … or again and again: "Roe has repeatedly and publicly said …", "she often says …"
    if (isHabitualReport(text, quote)) return null;
    // A finding is the document's content, not a statement made again: "a survey issued this month said … It found …".
    if (quote.cue && /^(?:\w+\s+)?(?:found|finds|showed|shows|concluded|concludes)\b/i.test(quote.cue.text))
      return null;
    // Two documents are two occasions: "According to the WHO's report dated March 16, …. The WHO's website said …".
    if (inOtherDocuments(prev, quote)) return null;
    // A post is its own occasion: "Trump said on Friday … He tweeted …" (not after words given as written:
    // "Roe said on Twitter on Friday that … She writes that …")
    const posted = /\b(?:tweet|wrote|writes|posted|posts|published)/i;
    if (
      quote.cue &&
      posted.test(quote.cue.text) &&
      !posted.test(prev.cue?.text ?? '') &&
      !isGivenInWriting(text, prev)
    )
      return null;
    // Any date between them may move the story to another day.
    const lo = nested ? prev.start : Math.min(prev.end, quote.start);
    // (not a time a span starts from: "He has spoken with his son three times since he arrived on April 6, and he
    // insisted …")
    if (
      timexes.some(
        (t) =>
          t.start >= lo &&
          t.start < to &&
          toWhen(t) !== null &&
          t.id !== prev.whenTimex &&
          !SINCE_CLAUSE.test(text.slice(Math.max(lo, t.start - 60), t.start)),
      )
    )
      return null;
    // Words telling of a past event dated after that day were said later: "On May 2, Tarn said it was told the
    // sale was off. But talks resumed after Vell made its bid on May 30, Tarn said."
    if (tellsLaterPast(text, quote, allTimexes ?? timexes, prevWhen)) return null;
    // (a closing vehicle's date lies in its own reported words' span: "… in an interview on Friday"; so does the day
    // of an event the words tell: "Roe said she welcomed today's cut. However, she said …")
    const timex = (prev.whenRule && OWN_SPAN.has(prev.whenRule) ? (allTimexes ?? timexes) : timexes).find(
      (t) => t.id === prev.whenTimex,
    );
    if (!timex) return null;
    return { when: prev.when, timex };
  },
};

// Where written words are given: "on Twitter", "in a blog post", "in a letter to members", "in a statement".
const IN_WRITING =
  /\b(?:on (?:Twitter|Facebook|Instagram|Medium|(?:his|her|their|its) (?:blog|website|Facebook page))|in (?:a|an|his|her|their|its) (?:[\p{L}-]+\s+){0,2}?(?:tweet|post|blog post|letter|email|e-mail|op-ed|column|essay|memo|statement|message|note)s?)\b/iu;

/** The quote's own sentence, its reported words left out, gives them as written ("said on Twitter on Friday"). */
function isGivenInWriting(text: string, q: Quote): boolean {
  const from = sentenceStartAt(text, Math.min(q.start, q.cue?.start ?? q.start));
  const to = sentenceEndAfter(text, Math.max(q.start, Math.max(q.end, q.cue?.end ?? q.end) - 1));
  return IN_WRITING.test(`${text.slice(from, q.start)} ${text.slice(q.end, to)}`);
}

/** True for `inner`, a report inside `outer`'s words, or told in a relative clause of `outer`'s sentence
 * ("… a video in which his son said he wanted to stay"). */
function isInnerReport(text: string, outer: Quote, inner: Quote): boolean {
  if (outer.start <= inner.start && inner.end <= outer.end) return true;
  const cue = inner.cue;
  if (!cue || cue.start < outer.end) return false;
  const between = text.slice(outer.end, cue.start);
  return (
    between.length < 120 &&
    !/[.!?;\n]/.test(between) &&
    /\b(?:which|whom)\s+(?:[\p{L}'-]+\s+){0,3}$/iu.test(between)
  );
}

/** True when the quote's own words date a past event to a day ("launched its bid on May 30") after `day` (a past
 * verb in the date's own clause; not "growth through 1987 and into 1988"). */
function tellsLaterPast(
  text: string,
  quote: Quote,
  timexes: readonly TimeExpression[],
  day: string,
): boolean {
  return timexes.some((t) => {
    if (t.start < quote.start || t.end > quote.end) return false;
    const when = toWhen(t);
    // (the speaker's own "today" is the day of the words, not a later one)
    if (!when || when.length < 10 || /\b(?:today|tonight|this)\b/i.test(t.text) || !isLater(when, day))
      return false;
    const lead = text.slice(quote.start, t.start);
    const clause = lead.slice(
      Math.max(...[',', ';', ':', '.', '!', '?'].map((c) => lead.lastIndexOf(c))) + 1,
    );
    return PAST_VERB.test(clause) && !NOT_HAPPENED.test(clause);
  });
}

/** True when date a lies after date b at the precision both give ("2005-02-24" after "2005-01"). */
function isLater(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

// "after the company said", "since Ms Roe told …": a subordinator right before the report's subject
const TIME_CLAUSE_BEFORE_SUBJECT = /\b(?:after|before|since|until|because)\s+$/i;
const TIME_CLAUSE_BEFORE_CUE =
  /\b(?:after|before|since|until|because)\s+(?:(?:the|a|an|its|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?|\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s+$/u;

/** A report told in a time clause ("… was expected after the company said in December that …"): background to
 * the sentence, no occasion a later quote of the speaker goes on. */
function isReportInTimeClause(
  text: string,
  q: { mention: { start: number } | null; cue: { start: number } | null },
): boolean {
  if (q.mention)
    return TIME_CLAUSE_BEFORE_SUBJECT.test(text.slice(Math.max(0, q.mention.start - 12), q.mention.start));
  if (!q.cue) return false;
  return TIME_CLAUSE_BEFORE_CUE.test(text.slice(Math.max(0, q.cue.start - 60), q.cue.start));
}
