import { firstStartingAt } from '../quotes/quote-context.js';
import { namedSurname, SPEECH_ACT_VERBS, toWhen, type WhenRule } from './when-rule.js';

// A speech act in a "when" clause: "when Roe went off script to comment on …", "when Roe tweeted that …"
const SPEECH_ACT = new RegExp(
  `\\b(?:${[...SPEECH_ACT_VERBS, 'said', 'told', 'tweeted', 'wrote', 'commented', 'lashed out', 'weighed in'].join('|')}|to\\s+(?:comment|speak|talk|criticize|criticise|attack|weigh in))\\b`,
  'i',
);

/** "So it was no surprise Thursday, when Charles Roe went off script to comment on the race." — a day followed by
 * a "when" clause that narrates the speaker's words dates the speaker's first quote after it (at most two
 * paragraphs on, no other quote between); later ones follow it by the rules that carry a speaker's day. */
export const whenDayWhenSpeech: WhenRule = {
  name: 'link/when-day-when-speech',
  find({ doc, quote, timexes, before }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const text = doc.folded;
    const anchor = Math.min(quote.start, quote.cue?.start ?? quote.start);
    // (quote marks open the quote: the narration ends before them)
    const last = (before ?? []).at(-1);
    const from = Math.max(0, anchor - 500, last ? last.end : 0);
    for (let i = firstStartingAt(timexes, anchor) - 1; i >= 0; i--) {
      const t = timexes[i];
      if (!t) continue;
      if (t.start < from) return null;
      const when = toWhen(t);
      if (!when || when.length < 7) continue;
      // the day, a comma, "when", then the speaker and the speech act, all in one sentence
      const rest = text.slice(t.end, anchor);
      const clause = /^\s*,?\s*when\s+([^.!?\n"\u201C]{0,160})/i.exec(rest);
      if (!clause) continue;
      const words = clause[1] ?? '';
      const named = new RegExp(`\\b${surname}\\b`).exec(words);
      const act = SPEECH_ACT.exec(words);
      if (!named || !act || act.index < named.index) continue;
      return { when, timex: t };
    }
    return null;
  },
};
