import { countWholeWord } from './speaker-names.js';
import { namedSurname, onlyPastDayBetween, sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// The person put a question to, the day right after the verb: "was asked on Friday", "was asked yesterday",
// "were questioned by reporters today" (not "will be asked", nor "was asked about … after the bank on Friday cut …").
const ASKED_ON = /\b(?:was|were)\s+(?:asked|questioned|pressed|quizzed|interviewed)\b/g;
const TO_DAY = /^\s+(?:by\s+(?:[\p{L}'-]+\s+){1,3}?)?(?:on\s+)?$/u;

// How far back the question's sentence may start (it is the sentence right before the quote's).
const REACH = 400;

// "Mayor Ada Kell was asked on Friday about the toll. "It will fall," she said." — the answer of the person asked,
// in the next sentence of the paragraph, takes the day of the question (not a quote of another person, nor one
// after another day or a paragraph break).
export const whenAskedThenSaid: WhenRule = {
  name: 'link/when-asked-then-said',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const published = doc.article.date;
    const surname = namedSurname(quote);
    if (!published || !surname || !quote.cue) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, quote.cue.start, quote.mention?.start ?? quote.start);
    const own = sentenceStartAt(text, at);
    const from = Math.max(0, own - REACH);
    const before = text.slice(from, own);
    let asked: RegExpExecArray | null = null;
    ASKED_ON.lastIndex = 0;
    for (let m = ASKED_ON.exec(before); m; m = ASKED_ON.exec(before)) asked = m;
    if (!asked) return null;
    const askedEnd = from + asked.index + asked[0].length;
    // one sentence end only between the question and the quote's sentence, and no paragraph break
    const between = text.slice(askedEnd, own);
    if (
      /\n\s*\n/.test(between) ||
      /[.!?]/.test(between.slice(0, -1).replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov)\./g, ''))
    )
      return null;
    // the person asked: the quote's speaker named before the verb, in that sentence, outside any quoted words
    // (after the closing mark of words quoted to the end of the sentence before: '… refuge." Mr Kell was asked')
    const subject = text
      .slice(sentenceStartAt(text, from + asked.index), from + asked.index)
      .replace(/^["'\u201D\u2019\s]+/, '');
    if (countWholeWord(subject, surname) === 0 || /["\u201C\u201D]/.test(subject)) return null;
    const t = timexes.find((x) => x.start >= askedEnd && x.start < own);
    if (!t || !TO_DAY.test(text.slice(askedEnd, t.start)) || !toWhen(t)) return null;
    // the only date from the question to the quote
    const only = onlyPastDayBetween(timexes, t.start, at, published);
    return only && only.timex === t ? only : null;
  },
};
