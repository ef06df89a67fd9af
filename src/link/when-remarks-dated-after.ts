import { firstStartingAt } from '../quotes/quote-context.js';
import type { TimeExpression } from '../types.js';
import { cachedRegExp } from './speaker-names.js';
import { namedSurname, sentenceEndAfter, toWhen, type WhenRule } from './when-rule.js';

// The words of an occasion: "remarks", "comments", "a speech", "an interview".
const OCCASION_NOUN =
  '(?:remarks|comments|speech|address|interview|statement|testimony|appearance|briefing|news conference|press conference|sermon|lecture)';

// The sentence after the quote's tells when the words were said: "She made the remarks on Friday at a rally",
// "He was speaking at a rally on Friday", "Her comments, made on Friday, drew applause", "Roe spoke on Friday".
const MADE_THEM = new RegExp(
  `^(?:(?:made|delivered|gave|offered|issued)\\s+(?:the|these|those|his|her|their|its)\\s+(?:\\p{L}+\\s+)?${OCCASION_NOUN}\\b|(?:was|were)\\s+(?:speaking|addressing|talking|testifying)\\b|spoke\\b)`,
  'iu',
);
const THEIR_REMARKS = new RegExp(
  `^(?:his|her|their|the)\\s+${OCCASION_NOUN}\\s*,?\\s+(?:were\\s+|was\\s+)?(?:made|came|delivered)\\b`,
  'iu',
);

const NAMED_REMARKS = new RegExp(
  `^${OCCASION_NOUN}\\s*,?\\s+(?:were\\s+|was\\s+)?(?:made|came|delivered)\\b`,
  'iu',
);

// Words that tell of another time: "had made the remarks", "has spoken", "will speak".
const OTHER_TIME = /\b(?:had|has|have|will|would)\b/i;

// '"We will not back down," Mayor Ann Roe said. She made the remarks on Friday at a rally in Dunmore.' — the text
// dates the words after giving them, in the next sentence, whose subject is the speaker (a pronoun or the speaker's
// name) and whose verb is the making of those remarks. The one time expression there, in the past, is the
// statement's date.
export const whenRemarksDatedAfter: WhenRule = {
  name: 'link/when-remarks-dated-after',
  // (its first checks return null without a visible time in the next sentence (on the quote's line or the next non-blank one))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const text = doc.folded;
    const published = doc.article.date;
    if (!published) return null;
    const cue = quote.cue;
    const end = Math.max(quote.end, cue?.end ?? quote.end);
    const sentenceEnd = quoteSentenceEnd(text, end);
    // the next sentence, in the paragraph or the next one
    const rest = text.slice(sentenceEnd, sentenceEnd + 400);
    const lead = /^["'\u201D\u2019]*(\s*)/.exec(rest);
    if (!lead || (lead[1]?.match(/\n/g) ?? []).length > 2) return null;
    const nextStart = sentenceEnd + (lead[0]?.length ?? 0);
    const nextEnd = sentenceEndAfter(text, nextStart);
    // the one time of that sentence dates the words: with none there, the sentence is not read (most quotes)
    const first = timexes[firstStartingAt(timexes, nextStart)];
    if (!first || first.start >= nextEnd) return null;
    const next = text.slice(nextStart, nextEnd);
    if (OTHER_TIME.test(next)) return null;
    const surname = namedSurname(quote);
    const subject = /^(?:(he|she|they)|(his|her|their)\b)\s*/i.exec(next);
    const named = surname && next.startsWith(surname) ? surname : null;
    let madeThem = false;
    if (subject?.[1] || named) {
      const after = next.slice((subject?.[0] ?? `${named} `).length).replace(/^(?:also|later|then)\s+/i, '');
      madeThem = MADE_THEM.test(after);
    }
    // "Roe's comments came during a Kestrel TV interview Saturday": the speaker's name as the possessor
    // (only a sentence that opens with the surname: a pattern per surname costs more to build than to try)
    const possessor = named ? cachedRegExp(`^${named}['\u2019]s\\s+`, 'u').exec(next) : null;
    const theirs =
      THEIR_REMARKS.test(next) || (possessor !== null && NAMED_REMARKS.test(next.slice(possessor[0].length)));
    if (!madeThem && !theirs) return null;
    return onlyPastTime(timexes, nextStart, nextEnd, published);
  },
};

/** The one time expression from `from` to `to`, not after publication, or none (two, or one still to come). */
function onlyPastTime(
  timexes: readonly TimeExpression[],
  from: number,
  to: number,
  published: string,
): { when: string; timex: TimeExpression } | null {
  let found: { when: string; timex: TimeExpression } | null = null;
  for (let i = firstStartingAt(timexes, from); i < timexes.length; i++) {
    const t = timexes[i];
    if (!t || t.start >= to) break;
    const when = toWhen(t);
    if (!when) continue;
    if (found || when > published.slice(0, when.length)) return null;
    found = { when, timex: t };
  }
  return found;
}

/** Where the quote's sentence ends: right after the quote when its words end one ('"… aren't you?" At his …'),
 * else at the next sentence end. */
function quoteSentenceEnd(text: string, end: number): number {
  const m = /^[.!?]?["'\u201D\u2019]*/.exec(text.slice(end, end + 4))?.[0] ?? '';
  if (/[.!?]/.test(text.charAt(end - 1) + m) && /^\s/.test(text.charAt(end + m.length)))
    return end + m.length;
  return sentenceEndAfter(text, end);
}
