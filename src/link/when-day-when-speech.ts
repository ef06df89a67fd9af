import { firstStartingAt } from '../quotes/quote-context.js';
import { namedSurname, SPEECH_ACT_VERBS, sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// A speech act in a "when" clause: "when Roe went off script to comment on …", "when Roe tweeted that …"
const SPEECH_ACT = new RegExp(
  `\\b(?:${[...SPEECH_ACT_VERBS, 'said', 'told', 'tweeted', 'wrote', 'claimed', 'commented', 'lashed out', 'weighed in'].join('|')}|to\\s+(?:comment|speak|talk|criticize|criticise|attack|weigh in))\\b`,
  'i',
);

// After the day: its possessive occasion ("'s council meeting"), a comma, "when" and the clause.
const DAY_THEN_WHEN = /^(?:['\u2019]s(?:\s+[\p{L}-]+){1,4})?\s*,?\s*when\s+([^.!?\n"\u201C]{0,160})/iu;

/** "So it was no surprise Thursday, when Charles Roe went off script to comment on the race." — a day followed by
 * a "when" clause that narrates the speaker's words dates the speaker's first quote after it (at most two
 * paragraphs on, no other quote between); later ones follow it by the rules that carry a speaker's day. */
export const whenDayWhenSpeech: WhenRule = {
  name: 'link/when-day-when-speech',
  // (its first checks return null without a visible time within 500 characters before the quote or its cue)
  needs: 'time-near',
  find({ doc, quote, timexes, before }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const text = doc.folded;
    const anchor = Math.min(quote.start, quote.cue?.start ?? quote.start);
    // (quote marks open the quote: the narration ends before them)
    const last = (before ?? []).at(-1);
    const from = Math.max(0, anchor - 500, last ? last.end : 0);
    const published = doc.article.date ?? '';
    // a past day told after the clause moves the story on ("… this week when he promised …. ¶ After his win on
    // Tuesday, …")
    let movedOn = false;
    for (let i = firstStartingAt(timexes, anchor) - 1; i >= 0; i--) {
      const t = timexes[i];
      if (!t) continue;
      if (t.start < from) return null;
      const when = toWhen(t);
      if (!when || when.length < 7) continue;
      // the day (or its occasion: "at Monday night's debate"), a comma, "when", then the speaker and the speech
      // act, all in one sentence
      const rest = text.slice(t.end, anchor);
      const clause = DAY_THEN_WHEN.exec(rest);
      if (!clause) {
        if (when <= published.slice(0, when.length)) movedOn = true;
        continue;
      }
      if (movedOn) return null;
      const words = clause[1] ?? '';
      // (or the quote's own cue ends the clause: "… when she said the toll would stay"; the speaker then may be a
      // pronoun when the sentence names them before the day: "Roe was booed at Monday's debate when she said …")
      const cue = quote.cue;
      const ownCue =
        cue !== null &&
        cue.start === anchor &&
        clause.index + clause[0].length === rest.length &&
        SPEECH_ACT.test(cue.text);
      const named =
        new RegExp(`\\b${surname}\\b`).exec(words) ??
        (ownCue &&
        /^(?:he|she|they)\b/i.test(words) &&
        new RegExp(`\\b${surname}\\b`).test(text.slice(sentenceStartAt(text, t.start), t.start))
          ? { index: 0 }
          : null);
      const act = SPEECH_ACT.exec(words) ?? (ownCue ? { index: words.length } : null);
      if (!named || !act || act.index < named.index) continue;
      return { when, timex: t };
    }
    return null;
  },
};
