import { isHabitualReport } from './habitual-report.js';
import { escapeRegExp } from './speaker-names.js';
import { outsideQuotes } from './when-occasion-continues.js';
import {
  DAY_RULES,
  hasAuxiliaryBeforeCue,
  NOT_HAPPENED,
  REPORT_CUE,
  tellsPast,
} from './when-reports-today.js';
import {
  namedSurname,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
  withoutCausalSince,
} from './when-rule.js';

// The quote's own sentence opens another occasion or time: "said in a letter", "had said", "last week".
const OWN_OTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|at the time|ago|since|last (?:week|month|year)|(?:has|have|had|will|would)\s+(?:\w+\s+)?(?:said|told|say|tell)|in (?:a|an|his|her|its|their) |interview|statement|letter|tweet(?:ed)?|posted|wrote)\b/i;

// Words a source is named by in the sentence before, when not by name: "police", "the bank", "the ministry".
const HEAD = /^(?:the\s+)?(?:[\p{L}.'-]+\s+)*?([\p{L}'-]{3,})$/u;

// "Police and rioters clashed in north Lorne on Sunday. ¶ Police said a patrol car was hit by a fire bomb." — in a
// story of the publication day, a source the sentence before names as doing the day's past event ("police …
// clashed on Sunday", "the Vell central bank today released …") speaks of it that day: not before the event, not
// after the story. Not a source only named in a relative clause or an object, nor a sentence of things to come.
export const whenActorToday: WhenRule = {
  name: 'link/when-actor-today',
  find({ doc, quote, timexes }) {
    const published = doc.article.date;
    const cue = quote.cue;
    if (published?.length !== 10 || !cue || !REPORT_CUE.test(cue.text.trim()) || !quote.speaker) return null;
    const text = doc.folded;
    if (hasAuxiliaryBeforeCue(text, cue.start)) return null;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const ownStart = sentenceStartAt(text, at);
    if (ownStart < 2) return null;
    // the sentence before (its day read outside any reported words)
    const prevStart = sentenceStartAt(text, ownStart - 1);
    const day = timexes.find(
      (t) => t.start >= prevStart && t.end <= ownStart && DAY_RULES.test(t.rule) && toWhen(t) === published,
    );
    if (!day) return null;
    const prev = outsideQuotes(withoutAbbreviations(text.slice(prevStart, ownStart)));
    if (/["\u201C\u201D]/.test(text.slice(prevStart, ownStart))) return null;
    if (NOT_HAPPENED.test(prev) || !tellsPast(prev)) return null;
    // the source named there, as an actor: its surname or head noun, not after "who"/"which" nor as an object
    const surname = namedSurname(quote);
    const head = surname ?? HEAD.exec(quote.speaker.trim())?.[1] ?? null;
    if (!head) return null;
    const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'giu').exec(prev);
    if (!named) return null;
    const beforeName = prev.slice(0, named.index);
    if (
      /\b(?:who|which|whom|whose|that|by|to|with|against|at|from|for|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+)*$/iu.test(
        beforeName,
      )
    )
      return null;
    // the quote's own sentence names no other time or occasion
    const ownEnd = sentenceEndAfter(text, Math.max(quote.end, cue.end));
    if (timexes.some((t) => t.start >= ownStart && t.start < ownEnd && toWhen(t) !== null)) return null;
    const own = `${text.slice(ownStart, quote.start)} ${text.slice(quote.end, ownEnd)}`;
    if (OWN_OTHER_TIME.test(withoutCausalSince(outsideQuotes(own))) || isHabitualReport(text, quote))
      return null;
    return { when: published, timex: day };
  },
};
