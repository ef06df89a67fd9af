import { firstStartingAt } from '../quotes/quote-context.js';
import type { TimeExpression } from '../types.js';
import { quoteSentenceNamesTime, sentenceBeforeQuote } from './sentence-before-quote.js';
import { toWhen, type WhenRule, withoutAbbreviations } from './when-rule.js';

// The written vehicles a cue names by its verb: "tweeted" for a tweet, "posted"/"wrote" for a post, "wrote" for a
// letter.
const VEHICLE_OF_CUE: readonly [RegExp, RegExp][] = [
  [/^tweeted\b/i, /^(?:tweet|twitter post)$/i],
  [/^(?:posted|wrote)\b/i, /^(?:post|posting|blog post|facebook post)$/i],
  [/^wrote\b/i, /^(?:letter|op-ed|column|essay)$/i],
];
const NOUN = '(tweet|twitter post|post|posting|blog post|facebook post|letter|op-ed|column|essay)';
// "in a Sunday tweet", "in an op-ed Friday", "in a tweet on Sunday": the vehicle with its day, owned by the
// sentence's subject (a determiner, not another's possessive: "Vell's Sunday tweet").
const DAY_THEN_NOUN = /\b(?:in|via)\s+(?:a|an|his|her|their|its)\s+$/i;
const NOUN_AFTER_DAY = new RegExp(`^\\s+${NOUN}\\b`, 'i');
const NOUN_BEFORE_DAY = new RegExp(
  `\\b(?:in|via)\\s+(?:a|an|his|her|their|its)\\s+${NOUN}\\s+(?:on\\s+)?$`,
  'i',
);
// the vehicle is someone else's: "a Sunday tweet by Vell", "a letter from the union"
const OWNED_BY_OTHER = /^\s+(?:\S+\s+)?(?:by|from)\b/i;

// "Ed Vell unveiled a new nickname for his rival in a Sunday tweet. ¶ “…,” Vell tweeted." — the sentence right
// before the quote names a written vehicle of the subject's with its day, and the quote's cue is that vehicle's
// verb: the quote is from it.
export const whenVehicleBefore: WhenRule = {
  name: 'link/when-vehicle-before',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const kinds = VEHICLE_OF_CUE.filter(([verb]) => verb.test(cue.text)).map(([, noun]) => noun);
    if (!kinds.length) return null;
    const published = doc.article.date;
    if (!published) return null;
    const text = withoutAbbreviations(doc.folded);
    const before = sentenceBeforeQuote(text, quote);
    if (!before) return null;
    let found: { when: string; timex: TimeExpression } | null = null;
    for (let i = firstStartingAt(timexes, before.start); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= before.end) break;
      const when = toWhen(t);
      if (!when) continue;
      // one time in the sentence only
      if (found) return null;
      if (when > published.slice(0, when.length)) return null;
      const lead = text.slice(before.start, t.start);
      const after = text.slice(t.end, before.end);
      const nounAfter = DAY_THEN_NOUN.test(lead) ? NOUN_AFTER_DAY.exec(after) : null;
      const nounBefore = NOUN_BEFORE_DAY.exec(lead);
      const noun = nounAfter?.[1] ?? nounBefore?.[1];
      if (!noun || !kinds.some((k) => k.test(noun))) return null;
      if (OWNED_BY_OTHER.test(nounAfter ? after.slice(nounAfter[0].length) : after)) return null;
      found = { when, timex: t };
    }
    if (!found) return null;
    // the quote's own sentence names no time of its own
    if (quoteSentenceNamesTime(text, timexes, quote, before.end)) return null;
    return found;
  },
};
