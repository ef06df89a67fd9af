import { isHabitualReport } from './habitual-report.js';
import { withoutQuotedTitles } from './quoted-title.js';
import { countWholeWord } from './speaker-names.js';
import { namedSurname, sentenceStartsBefore, toWhen, type WhenRule } from './when-rule.js';

// Occasions a person goes to and speaks at ("visited the plant", "attended the launch"), or speaks out at
// ("lashed out at the council Sunday night").
// "held a news conference", "gave an interview".
const VISIT =
  /\b(?:visited|toured|attended|opened|unveiled|inaugurated|hosted|chaired|addressed|met|spoke|appeared|presented|launched|lashed out|hit out|slammed|blasted|assailed|took issue|took aim|railed|lambasted|denounced|decried|mocked|ridiculed|criticized|criticised|condemned|praised|(?:held|gave|called)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:news conference|press conference|briefing|rally|speech|interview|address))\b/i;
const REPORT_CUE = /^(?:\w+\s+)?(?:said|told|added|says)\b/i;
// How far back the occasion may be told, in sentences.
const SENTENCES_BACK = 3;

// "Mayor Lina Vell visited the flooded site on Monday. … "The bridge will reopen," she said." — a quote of the
// person an earlier sentence has at a dated occasion, with no other date since, was given there.
export const whenDatedVisit: WhenRule = {
  name: 'link/when-dated-visit',
  find({ doc, quote, timexes, allTimexes }) {
    const cue = quote.cue;
    const surname = namedSurname(quote);
    if (!cue || !surname || !REPORT_CUE.test(cue.text)) return null;
    const text = doc.folded;
    // "…," Roe has said for years.: words said again and again, of no one day
    if (isHabitualReport(text, quote)) return null;
    const anchor = Math.min(quote.start, cue.start);
    const upTo = Math.max(quote.end, cue.end);
    // sentence starts before the quote's own sentence, nearest first
    const from = Math.max(0, anchor - 1200);
    // no dated expression before the quote in reach: nothing to borrow (most quotes; saves the sentence scan)
    if (!timexes.some((t) => t.start >= from && t.start < upTo && toWhen(t) !== null)) return null;
    const starts = sentenceStartsBefore(text, anchor, 1200);
    const all = allTimexes ?? timexes;
    for (let i = 1; i <= SENTENCES_BACK && i < starts.length; i++) {
      const sStart = starts[i] ?? 0;
      const sEnd = starts[i - 1] ?? anchor;
      const sentence = text.slice(sStart, sEnd);
      const inSentence = timexes.filter((t) => t.start >= sStart && t.end <= sEnd && toWhen(t) !== null);
      // any date after this sentence, up to the quote's end (inside reported words too), moved the story on
      if (all.some((u) => u.start >= sEnd && u.start < upTo && toWhen(u) !== null)) return null;
      // (quoted words of someone else's; a quoted show's name is none: 'Speaking to Kestrel's “Morning Hour,” …')
      if (/["\u201C\u201D]/.test(withoutQuotedTitles(sentence))) continue;
      const t = inSentence[0];
      const when = t ? toWhen(t) : null;
      if (!t || !when) continue;
      if (inSentence.length !== 1 || when.length !== 10) return null;
      const verb = VISIT.exec(sentence);
      if (!verb) return null;
      // the speaker is the subject: named before the verb, no clause between
      const subject = sentence.slice(0, verb.index);
      if (countWholeWord(subject, surname) === 0) return null;
      if (/\b(?:who|which|that|after|before|when)\b|,.*,/i.test(subject)) return null;
      return { when, timex: t };
    }
    return null;
  },
};
