import { firstStartingAt } from '../quotes/quote-context.js';
import type { TimeExpression } from '../types.js';
import {
  REPORT_VERBS,
  SPEECH_ACT_VERBS,
  sentenceStartAt,
  speechActPattern,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// The verbs of a statement the next sentence's "he added" goes on from.
const SPEECH = speechActPattern([...SPEECH_ACT_VERBS, ...REPORT_VERBS, 'tweeted', 'declared']);
// '"…," he added.' / '"…", she continued.' — the pronoun and cue after the quote
const PRONOUN_AFTER = /^["'\u201D\u2019\s,.]*(?:he|she|they)\s+$/i;
// 'He added: "…"' — the pronoun and cue opening the sentence
const PRONOUN_BEFORE = /^\s*(?:he|she|they)\s+$/i;
// A day opening its sentence: "On Tuesday, …", "Yesterday …", "Late on Friday, …"
const OPENS = /^\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/i;

// "On Tuesday, Prime Minister Ada Roe, speaking to a think tank, called the pact "void and unlawful". ¶ "It
// ignores the sea law," she added." — "he added" goes on from the statement the sentence before narrated with its
// opening day, whoever the speaker was read as.
export const whenAddedToDated: WhenRule = {
  name: 'link/when-added-to-dated',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    const published = doc.article.date;
    if (!cue || !published || quote.type !== 'direct') return null;
    if (!/^(?:added|continued|went on)$/i.test(cue.text)) return null;
    const text = doc.folded;
    const after = cue.start >= quote.end && PRONOUN_AFTER.test(text.slice(quote.end, cue.start));
    const own = sentenceStartAt(text, Math.min(quote.start, cue.start));
    const beforeQuote =
      cue.end <= quote.start &&
      PRONOUN_BEFORE.test(text.slice(own, cue.start)) &&
      /^[\s,:]*["\u201C]?$/.test(text.slice(cue.end, quote.start));
    if (!after && !beforeQuote) return null;
    // the quote opens its sentence ('"It ignores …," she added'), so the sentence before is the one it goes on from
    if (after && !/^[\s"'\u201C\u2018]*$/.test(text.slice(own, quote.start))) return null;
    if (own < 2) return null;
    // the sentence before, across one paragraph break at most
    let end = own;
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    if ((text.slice(end, own).match(/\n/g) ?? []).length > 2 || end < 2) return null;
    const prevStart = sentenceStartAt(text, end - 1);
    const days: TimeExpression[] = [];
    for (let i = Math.max(0, firstStartingAt(timexes, prevStart) - 1); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.end <= prevStart) continue;
      if (t.start >= own) break;
      const w = toWhen(t);
      if (w === null) continue;
      // any other time in that sentence leaves the statement's day unsaid
      if (w.length !== 10 || w > published) return null;
      days.push(t);
    }
    const day = days[0];
    if (days.length !== 1 || !day) return null;
    const when = toWhen(day);
    if (!when) return null;
    const sentenceText = withoutAbbreviations(text.slice(prevStart, own));
    const lead = withoutAbbreviations(text.slice(prevStart, day.start));
    if (!OPENS.test(lead)) return null;
    // the statement's verb follows the day in that sentence, before any subordinate clause about another event
    const rest = sentenceText.slice(day.end - prevStart);
    const verb = SPEECH.exec(rest);
    if (!verb) return null;
    if (/\b(?:who|which|after|before|since|following|because|when|while)\b/i.test(rest.slice(0, verb.index)))
      return null;
    return { when, timex: day };
  },
};
