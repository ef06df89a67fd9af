import { findClause } from '../dates/find-direction.js';
import type { Quote, TimeExpression } from '../types.js';
import {
  isObjectOfNarration,
  isParentheticalCue,
  isSameClause,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// "told his cabinet on", "told Radio Zarn in Dunmore on": hearers and place, nothing the day could date instead
const TOLD_HEARERS_ON =
  /^told\s+(?!(?:[^,.;:]*\s)?(?:about|of|after|before|since|that|how|what|when)\s)[^,.;:"\u201C\u201D]{1,40}?\s+(?:on\s+)?$/iu;
// "Roe was told Wednesday by the mayor that …": the day of the telling, the hearer its subject
const PASSIVE_TOLD_ON = /^(?:was|were)\s+told\s+(?:on\s+)?$/i;
/** "said in Friday's speech", "told Sunday's programme": the text between cue and a possessive day leads to the
 * occasion or the hearers, not into the reported words ("said she felt Tuesday's pleas …"). */
function leadsToOccasion(cue: string, between: string): boolean {
  return /\b(?:in|at|during|on)\s+$/i.test(between) || (/\btold$/i.test(cue) && /^\s*$/.test(between));
}
// A cue that takes no hearer nor object before the reported clause: "said", "added", "contended".
const SAY_ALONE =
  /^(?:\w+ly\s+)?(?:said|says|added|adds|argued|contended|insisted|maintained|stated|noted)$/i;

/** "He said the arguments cited by Roe yesterday "…"": after a bare "said", a noun phrase before the day opens the
 * reported clause, and the day is the reported words' (not the speaker after the cue: "…," said the ministry on
 * Friday). */
export function opensReportedClause(text: string, quote: Quote, dayStart: number): boolean {
  const cue = quote.cue;
  // (the reported words after the day: '"…," said the ministry on Friday' names the speaker after "said")
  if (!cue || dayStart < cue.end || quote.start < dayStart || !SAY_ALONE.test(cue.text.trim())) return false;
  if (quote.mention && quote.mention.start >= cue.end && quote.mention.start < dayStart) return false;
  return /^\s*(?:the|a|an|his|her|its|their|these|those)\s+\S+\s/i.test(text.slice(cue.end, dayStart));
}
const ADVERB_RULES = /^dates\/(?:weekday|deictic-day|relative-period|ago|time-with-day|time-of-day)$/;

/** "last fall", "this spring": a season the publication day places in its year. */
function isRelativeSeason(t: TimeExpression): boolean {
  return t.rule === 'dates/season' && /^(?:last|this|past)\s/i.test(t.text);
}

// A written date or month after the hearers and "in"/"on": "told Radio Vell in August", "told the court on May 3".
const WRITTEN_DATE_RULES = /^dates\/(?:bare-month|month-day|day-month|month-year|month-relative-year)$/;
function isWrittenDateAfterIn(t: TimeExpression, inCue: string): boolean {
  return WRITTEN_DATE_RULES.test(t.rule) && /\s(?:in|on)\s+$/i.test(inCue);
}

// What may stand before a date that opens the cue's clause: "On Friday, …", "However, earlier this year, …".
const OPENS_CLAUSE =
  /^\s*["']?\s*(?:(?:however|meanwhile|separately|and|but)\s*,?\s+)?(?:(?:on|in|at|by|over|during|earlier|later|late|early|and|but|then)\s+)?$/i;

/** The text before a date in its clause, less an earlier date that the date only makes precise ("Last week, on
 * December 8, Harlow announced …" → "" before "December 8"). */
function withoutStackedTime(
  lead: string,
  from: number,
  timexes: readonly TimeExpression[],
  at: number,
): string {
  const prev = timexes[at - 1];
  if (!prev || prev.start < from) return lead;
  const after = lead.slice(prev.end - from);
  if (!/^\s*,\s*(?:on\s+)?$/i.test(after)) return lead;
  return lead.slice(0, prev.start - from);
}

// "…, TASS was told at NATO headquarters on Friday."  "X said on Friday that …"  "On Friday, X told reporters …"
// "The committee concluded in a report made public in January that …" — the date the cue's own clause gives.
export const whenCueGoverned: WhenRule = {
  name: 'link/when-cue-governed',
  // (its first checks return null without a visible time in the cue or within 70 characters after it, or ending within 50 before it)
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    // After the cue, in its clause: "said on Friday", "told TASS on Friday", "was told … on Friday"
    for (const t of timexes) {
      // before the cue: nothing below can take it (checked first: a long article has thousands)
      if (t.start < cue.start) continue;
      if (t.start < cue.end) {
        // In the cue itself when the cue was read long: "told his cabinet on Sunday" — only a day after the
        // hearers of "told", nothing else ("said in a report about the crash on Friday" dates the crash).
        const inCue = t.start >= cue.start ? text.slice(cue.start, t.start) : '';
        const when = toWhen(t);
        // ("told U.S. growers earlier this year": an abbreviation's periods end nothing)
        // ("told Radio Vell last fall": a season with its year, 2015-FA → 2015)
        if (
          when &&
          (ADVERB_RULES.test(t.rule) || isRelativeSeason(t) || isWrittenDateAfterIn(t, inCue)) &&
          (TOLD_HEARERS_ON.test(withoutAbbreviations(inCue)) || PASSIVE_TOLD_ON.test(inCue))
        )
          return { when, timex: t };
        // the cue read with its day adverb before the verb: "The ministry yesterday disclosed that …" (in the past:
        // "Its defenders today argue" is about these days)
        if (
          when &&
          ADVERB_RULES.test(t.rule) &&
          t.start === cue.start &&
          /^\s+(?:\w+\s+)?(?:\w+ed|said|told|wrote|spoke|gave|made)$/i.test(text.slice(t.end, cue.end))
        )
          return { when, timex: t };
        continue;
      }
      if (t.start >= quote.start && t.start < quote.end) break; // the reported content begins
      // "said she felt Tuesday's pleas might …", "said Monday's vote showed …": a day that qualifies a noun is in the
      // reported words — not the occasion's ("said in Friday's speech") nor the hearers of "told" ("told Sunday's
      // programme")
      if (
        /^['\u2019]s\b/.test(text.slice(t.end, t.end + 3)) &&
        !leadsToOccasion(cue.text, text.slice(cue.end, t.start))
      )
        break;
      const when = toWhen(t);
      if (!when) continue;
      const gap = text.slice(cue.end, t.start);
      // "He said the arguments cited by Roe yesterday …": after a bare "said", a noun phrase opens the reported
      // clause (not the speaker told after the cue: "…," said the ministry on Friday)
      if (opensReportedClause(text, quote, t.start)) break;
      // "said through Friday it had received …", "said until Monday …": the end of a span the content counts over
      if (/\b(?:through|thru|until|till|since)\s+$/i.test(gap)) break;
      // "X said the bridge was safe, and it fell down in March": a new clause after the content has its own time.
      if (t.start >= quote.end && /,\s*(?:and|but|or)\s/i.test(text.slice(quote.end, t.start))) break;
      // "said 2005 should be …": a bare date right after the cue opens the content; an adverb needs a
      // preposition ("on Friday", "in January") unless it stands alone ("said Friday", "said yesterday").
      // ("indicated last December he expected …": the expression's own "last" makes it an adverb)
      const adverbial =
        /\b(?:on|in|at|during|earlier|early|late|last|this)\s+$/i.test(gap) ||
        ADVERB_RULES.test(t.rule) ||
        /^(?:last|earlier)\s/i.test(t.text);
      if (adverbial && isSameClause(gap, 70)) return { when, timex: t };
      break;
    }
    // Before the cue, opening its clause: "On Friday, Putin said …", "Putin on Friday said …" — not before
    // "according to", which has no time of its own ("On Sunday, according to witnesses, a man entered …").
    if (/^according\b/i.test(cue.text)) return null;
    // "At the end of 1986, he said, the value … exceeded …": a cue set off by commas inside the reported clause
    // leaves the date before it to the clause
    if (isParentheticalCue(text, quote)) return null;
    // "On Monday, Orr knocked a statement by actor Tom Vell that …": a speech noun that is the object of another's
    // past verb, its source after it ("by", "from"), leaves the date before it to that verb
    if (isObjectOfNarration(text, quote)) return null;
    for (let i = timexes.length - 1; i >= 0; i--) {
      const t = timexes[i];
      if (!t || t.end > cue.start) continue;
      if (t.end > quote.start && t.start < quote.end) break;
      if (quote.end <= cue.start && t.end <= quote.end) break; // "'…,' he said": dates before belong to the quote
      const when = toWhen(t);
      if (!when) break;
      const gap = text.slice(t.end, cue.start);
      // Only a date opening the clause ("On Friday, X said") or right before the cue ("X on Friday said");
      // not one inside a relative clause ("X, who won in 1999 for …, said").
      const clause = findClause(text, t.start, t.end);
      const lead = withoutStackedTime(text.slice(clause.from, t.start), clause.from, timexes, i);
      const opensClause = OPENS_CLAUSE.test(lead);
      // "Ahold expects flat profits in 1987 but said …", "The bank did not rule out a rise in December but noted
      // …": a month or year before a coordinated cue tells the first verb's object, not when the cue was said
      if (!opensClause && when.length < 10 && !ADVERB_RULES.test(t.rule) && /\b(?:and|but)\b/i.test(gap))
        break;
      const beforeCue = gap.length <= 20 && !/[,]/.test(gap) && !/\b(?:who|which|that)\b/i.test(lead);
      // "…, to which on February 1 Amazon Web Services acknowledged …": a relative clause the date opens and the
      // cue's named subject completes
      const opensRelative =
        /\b(?:which|whom|who)\s+(?:on|in)\s+$/i.test(lead) &&
        /^\s+(?:\p{Lu}[\p{L}.'&-]*\s+){1,5}$/u.test(gap);
      if ((opensClause || beforeCue || opensRelative) && isSameClause(gap, 50) && !/"/.test(gap))
        return { when, timex: t };
      break;
    }
    return null;
  },
};
