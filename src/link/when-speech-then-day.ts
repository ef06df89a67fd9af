import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import type { TimeExpression } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { quoteSentenceNamesTime, sentenceBeforeQuote } from './sentence-before-quote.js';
import { countWholeWord } from './speaker-names.js';
import {
  NARRATED_SPEECH_ACT,
  namedSurname,
  STORY_WINDOW_DAYS,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// "… at a rally on Wednesday night when Mr. Roe took issue with …": the day of the clause the statement is told in
const DAY_WHEN = /^\s*,?\s+when\s+(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}$/u;

// "Mayor Ann Roe blasted the plan as a “sham” on Friday on a radio show. ¶ “It will fail,” she said." — the
// sentence just before a quote narrates the same person's statement, then its day: the quote is part of it.
// (link/when-narrated-speech reads "Roe yesterday questioned …", the day before the verb, in one paragraph;
// link/when-dated-visit an occasion up to three sentences back, with no quoted words and no clause in the subject.)
export const whenSpeechThenDay: WhenRule = {
  name: 'link/when-speech-then-day',
  // (its first checks return null without a visible time in the sentence right before (on the quote's line or the line before))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const pub = parseDay(doc.article.date);
    if (!pub) return null;
    // "She told the envoys that …": an audience of its own may be another occasion
    if (quote.cue && /^(?:told|tells?)\b/i.test(quote.cue.text)) return null;
    // "Roe has long said …": words said again and again, of no one day
    if (isHabitualReport(doc.folded, quote)) return null;
    const text = withoutAbbreviations(doc.folded);
    // the quote, its cue or its speaker opens its sentence, right after the one before
    const before = sentenceBeforeQuote(text, quote);
    if (!before) return null;
    const { start: prevStart, end: prevEnd } = before;
    // the day is one of that sentence's times: with none there, its verb is not looked for (most sentences)
    const first = timexes[firstStartingAt(timexes, prevStart)];
    if (!first || first.start >= prevEnd) return null;
    const sentence = text.slice(prevStart, prevEnd);
    const verb = NARRATED_SPEECH_ACT.exec(sentence);
    if (!verb || countWholeWord(sentence.slice(0, verb.index), surname) === 0) return null;
    // exactly one time expression after the verb, a day within the week before publication (one before the
    // verb belongs to the subject's own clauses: "Roe, who left office in May, blasted …")
    const afterVerb: TimeExpression[] = [];
    for (let i = firstStartingAt(timexes, prevStart + verb.index); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= prevEnd) break;
      afterVerb.push(t);
    }
    // (or, with none after it, the one day of a "when" clause the verb is told in: "boiled over at a rally on
    // Wednesday night when Mr. Roe took issue with …")
    const [day] = afterVerb.length
      ? afterVerb
      : dayOfWhenClause(text, timexes, prevStart, prevStart + verb.index);
    if ((afterVerb.length && afterVerb.length !== 1) || !day) return null;
    const when = toWhen(day);
    if (when?.length !== 10 || when > formatDay(pub) || when < formatDay(addDays(pub, -STORY_WINDOW_DAYS)))
      return null;
    // the quote's own sentence names no time of its own
    if (quoteSentenceNamesTime(text, timexes, quote, prevEnd)) return null;
    return { when, timex: day };
  },
};

/** The sentence's one time expression when it stands right before "when <name> <verb>", else none. */
function dayOfWhenClause(
  text: string,
  timexes: TimeExpression[],
  sentenceStart: number,
  verbStart: number,
): TimeExpression[] {
  const before: TimeExpression[] = [];
  for (let i = firstStartingAt(timexes, sentenceStart); i < timexes.length; i++) {
    const t = timexes[i];
    if (!t || t.start >= verbStart) break;
    // (a duration names no time of the sentence: "After weeks of sniping, …")
    if (toWhen(t) !== null) before.push(t);
  }
  const [day] = before;
  return day && before.length === 1 && DAY_WHEN.test(text.slice(day.end, verbStart)) ? [day] : [];
}
