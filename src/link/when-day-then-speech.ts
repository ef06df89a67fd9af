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

// What may stand before the day that opens the sentence: "On Saturday,", "Late Friday,", "Earlier on Monday,".
const DAY_OPENER = /^\s*(?:(?:On|Early|Late|Earlier|Later)\s+(?:on\s+)?)?$/;

// An occasion of words opening the sentence up to its day: "In his statement Saturday,", "In an interview on Monday,".
const OCCASION_OPENER =
  /^\s*In\s+(?:an?|his|her|their|its)\s+(?:[\p{L}'-]+\s+){0,4}?(?:statement|interview|speech|address|remarks|letter|essay|op-ed|column|post|blog post|tweet|video|broadcast|briefing|news conference|press conference)\s+(?:(?:on|at)\s+)?$/iu;

// "On Saturday, Senator Ann Roe of Vell, a rival, assailed the plan. ¶ “It will fail,” Ms. Roe said." — the sentence
// just before a quote opens with the day, and its subject, the quote's speaker, narrates a statement (or the
// opening names the statement itself: "In her statement Saturday, Roe went further. ¶ “…,” she said."): the quote
// is part of it. (link/when-speech-then-day reads the day after the verb, link/when-narrated-speech a day after the
// name in the quote's paragraph.)
export const whenDayThenSpeech: WhenRule = {
  name: 'link/when-day-then-speech',
  // (its first checks return null without a visible time in the sentence right before (on the quote's line or the line before))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const pub = parseDay(doc.article.date);
    if (!pub) return null;
    // "She told the envoys that …": an audience of its own may be another occasion
    if (quote.cue && /^(?:told|tells?|has|have|had|will|would)\b/i.test(quote.cue.text)) return null;
    if (isHabitualReport(doc.folded, quote)) return null;
    const text = withoutAbbreviations(doc.folded);
    // the quote, its cue or its speaker opens its sentence, right after the one before
    const before = sentenceBeforeQuote(text, quote);
    if (!before) return null;
    const { start: prevStart, end: prevEnd } = before;
    // exactly one time expression in the sentence, a day within the week before publication
    const inSentence: TimeExpression[] = [];
    for (let i = firstStartingAt(timexes, prevStart); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= prevEnd) break;
      inSentence.push(t);
    }
    const [day] = inSentence;
    if (!day || inSentence.length !== 1) return null;
    const when = toWhen(day);
    if (when?.length !== 10 || when > formatDay(pub) || when < formatDay(addDays(pub, -STORY_WINDOW_DAYS)))
      return null;
    const opening = text.slice(prevStart, day.start);
    // the day closes the opening: "On Saturday, …", "In his statement Saturday, …" ("Saturday night," too)
    const comma = /^(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+/.exec(text.slice(day.end, prevEnd));
    if (!comma) return null;
    const rest = text.slice(day.end + comma[0].length, prevEnd);
    if (OCCASION_OPENER.test(opening)) {
      // the speaker named right after it, as its subject: "…, Sanders did go further"
      const named = /^((?:[\p{Lu}][\p{L}.'-]*\s+){0,4})([\p{Lu}][\p{L}'-]+)\b/u.exec(rest);
      if (named?.[2] !== surname) return null;
    } else {
      if (!DAY_OPENER.test(opening)) return null;
      const verb = NARRATED_SPEECH_ACT.exec(rest);
      if (!verb || countWholeWord(rest.slice(0, verb.index), surname) === 0) return null;
      // the speaker is the subject, named before any verb and close to the speech act (not "On Friday, police
      // arrested Roe, who denied …")
      const at = rest.indexOf(surname);
      if (at < 0 || at > 60 || verb.index - at > 90) return null;
      if (/\b(?:who|whom|whose|which|that|\p{Ll}+ed)\b/u.test(rest.slice(0, at))) return null;
    }
    // the quote's own sentence names no time of its own
    if (quoteSentenceNamesTime(text, timexes, quote, prevEnd)) return null;
    return { when, timex: day };
  },
};
