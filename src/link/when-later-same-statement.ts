import type { Document } from '../normalize/normalize-article.js';
import type { Quote, TimeExpression } from '../types.js';
import {
  isReportInRelativeClause,
  isSameSource,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenFound,
} from './when-rule.js';

/** What a rule reading a later quote sees: the quote, the quote right after it as dated so far. */
export interface LaterWhenContext {
  doc: Document;
  quote: Quote;
  /** The next quote in text order (none nested in this one), with its date as found. */
  next: Quote;
  /** Time expressions outside every quote's content, in text order. */
  timexes: TimeExpression[];
}

// Rules whose date is the cue's own day, told with the later quote: "…," Roe said on Monday.
const OWN_DAY_RULES = new Set([
  'link/when-cue-governed',
  'link/when-remarks-dated-after',
  'link/when-later-same-statement',
]);

// Plain cues of words spoken then: "said", "told", "added" (not "has said", "would tell", "argued").
const PLAIN_CUE = /^(?:\w+\s+)?(?:said|says|told|tells|added|adds|explained|noted|stressed|insisted)\b/i;

// Words that open another occasion or time between the two quotes or in the quote's own sentence.
const ANOTHER_OCCASION =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|back then|ago|since|then|when|last (?:week|month|year|time)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned|noted)|interview|statement|speech|letter|rally|hearing|briefing|conference|tweet(?:ed|s)?|posted|wrote|writes|on (?:Twitter|Facebook|Instagram)|(?:will|would|could|might)\s+(?:\w+\s+)?(?:say|tell))\b/i;

// "The source said the plan was dead. "He was told the handwriting was on the wall," the source said Monday." —
// an undated quote followed at once, in the same paragraph, by a quote of the same source whose own cue gives the
// day of speaking: one talk, told in parts, the day given with its last part. Nothing may come between them but
// plain narration (no other quote, date or occasion), and the quote's own cue must be a plain "said".
export const whenLaterSameStatement = {
  name: 'link/when-later-same-statement',
  find({ doc, quote, next, timexes }: LaterWhenContext): WhenFound | null {
    const when = next.when;
    if (when?.length !== 10 || !when || !next.whenRule || !OWN_DAY_RULES.has(next.whenRule)) return null;
    if (!isSameSource(quote, next) || (quote.speaker !== null && quote.speaker !== next.speaker)) return null;
    const cue = quote.cue;
    if (!cue || !PLAIN_CUE.test(cue.text)) return null;
    const text = doc.folded;
    if (isReportInRelativeClause(text, quote)) return null;
    // the stretch from this quote's sentence to the next quote's own words: one paragraph, short
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const from = sentenceStartAt(text, at);
    const end = Math.max(quote.end, cue.end);
    const to = Math.min(next.start, next.cue?.start ?? next.start, next.mention?.start ?? next.start);
    if (to <= end || to - end > 300) return null;
    // (or the next paragraph, from the lead: "Rep. Ann Roe called for … which she said is "a trap". ¶ "…," Roe told
    // Radio Vell on Wednesday.")
    // (or the next paragraph when the later quote opens it: "Roe said the envoy left. ¶ The envoy will visit Vell
    // too, Roe said at a briefing today.")
    const breaks = text.slice(from, to).match(/\n\s*/g) ?? [];
    if (breaks.length > 1) return null;
    // (there with a plain "said" only: '"…," Roe told Radio Vell on Friday.' may be an interview of its own)
    if (breaks.length === 1 && !isInLead(text, from)) {
      if (!opensParagraph(text, to) || !/^(?:\w+\s+)?(?:said|says|added)\b/i.test(next.cue?.text ?? ''))
        return null;
    }
    // the narration around the two quotes (their reported words left out) opens no other time or occasion
    const ownEnd = sentenceEndAfter(text, end);
    const narration = `${text.slice(from, quote.start)} ${text.slice(quote.end, Math.max(ownEnd, to))}`;
    if (ANOTHER_OCCASION.test(narration)) return null;
    // no date in this quote's sentence or between the two outside the reported words
    if (timexes.some((t) => t.start >= from && t.start < to && toWhen(t) !== null)) return null;
    const timex = timexes.find((t) => t.id === next.whenTimex);
    if (!timex) return null;
    return { when, timex };
  },
};

/** True when only quote marks and spaces stand between the start of the paragraph and `at`. */
function opensParagraph(text: string, at: number): boolean {
  return /^[\s"'\u201C\u201D\u2018\u2019`]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** True when at most two short lines (a headline, a standfirst) stand before `at`: it is in the story's first
 * paragraph. */
function isInLead(text: string, at: number): boolean {
  const lines = text.slice(0, at).split('\n');
  lines.pop(); // the line `at` is in
  const before = lines.filter((l) => l.trim());
  return before.length <= 2 && before.every((l) => l.trim().length <= 120);
}
