import { firstStartingAt } from '../quotes/quote-context.js';
import { countWholeWord } from './speaker-names.js';
import { namedSurname, SPEECH_ACT_VERBS, speechActPattern, toWhen, type WhenRule } from './when-rule.js';

// Verbs that narrate a statement ("questioned", "criticised"), so a quote of the same person next to them is part
// of it; not events such as "was arrested" or "arrived", after which a statement may come days later.
const SPEECH_ACT = speechActPattern([
  ...SPEECH_ACT_VERBS,
  'emphasized',
  'emphasised',
  'stressed',
  'tweeted',
  'wrote',
  'acknowledged',
]);

// an occasion of words opening the sentence up to its date: "In a Kestrel Post essay last week", "In an interview on
// Monday"
const OCCASION_OPENING =
  /^\s*In\s+(?:an?|his|her|their|its)\s+(?:[\p{L}'-]+\s+){0,5}?(?:essay|op-ed|column|article|letter|statement|interview|speech|address|post|blog post|tweet|video|broadcast|briefing|news conference|press conference)\s+(?:(?:on|in|at|from)\s+)?$/iu;

// "Senator Ada Roe and Mayor Lina Vell both yesterday questioned the plan. Vell called it unfair. Roe said "…""
// — a quote of a person whose statement the same paragraph has just narrated with a date takes that date.
export const whenNarratedSpeech: WhenRule = {
  name: 'link/when-narrated-speech',
  // (its first checks return null without a visible time within 400 characters before the quote or its cue)
  needs: 'time-near',
  find({ doc, quote, timexes, before }) {
    const surname = namedSurname(quote);
    if (!surname) return null;
    const text = doc.folded;
    const anchor = Math.min(quote.start, quote.cue?.start ?? quote.start);
    // Back to the start of the paragraph, at most 400 characters.
    // (searched within those 400 only: a search of the whole text per quote was quadratic)
    const reach = Math.max(0, anchor - 400);
    const paraStart = Math.max(
      text.slice(reach, Math.max(reach, anchor)).lastIndexOf('\n') + 1 + reach,
      anchor - 400,
    );
    const from = paraStart;
    for (let i = firstStartingAt(timexes, anchor) - 1; i >= 0; i--) {
      const t = timexes[i];
      if (!t || t.end > anchor) continue;
      if (t.start < from) return null;
      const when = toWhen(t);
      if (!when) continue;
      // The timex's sentence: from the last sentence end before it to the next one after it.
      const sStart = Math.max(from, text.lastIndexOf('. ', t.start) + 2);
      const endRel = text.slice(t.end, anchor).search(/[.!?](?:\s|$)/);
      if (endRel < 0) return null; // the date is in the quote's own sentence: earlier rules decide there
      const sentence = text.slice(sStart, t.end + endRel);
      const subject = text.slice(sStart, t.start);
      const verb = SPEECH_ACT.exec(text.slice(t.end, t.end + endRel));
      // "In a Kestrel Post essay last week, Ann Roe acknowledged their plight. "…," she wrote." — the date of an
      // occasion that opens the sentence, the person named right after it
      const opening = OCCASION_OPENING.exec(subject);
      if (opening) {
        const rest = text.slice(t.end, t.end + endRel);
        const named = /^\s*,\s*((?:[\p{Lu}][\p{L}.'-]*\s+){0,4})([\p{Lu}][\p{L}'-]+)\s+/u.exec(rest);
        const act = named ? SPEECH_ACT.exec(rest.slice(named[0].length)) : null;
        if (named?.[2] !== surname || !act || act.index > 0) return null;
        if (/["\u201C\u201D]/.test(sentence)) return null;
        if (
          (before ?? []).some((q) => q.start > t.end && q.end <= anchor && q.when !== null && q.when !== when)
        )
          return null;
        return { when, timex: t };
      }
      // "Roe hinted as much yesterday when reporters asked …": the person, the speech act, then the date.
      const actThenDay = actBeforeDay(subject, surname);
      // "Roe and Vell both yesterday questioned …": the person is named before the date, the speech act after it.
      if (!actThenDay && (countWholeWord(subject, surname) === 0 || !verb || verb.index > 30)) return null;
      // "Keating, who lost the 1996 election, welcomed …": the date sits in a clause about the person, closed by
      // its comma before the verb.
      if (!actThenDay && text.slice(t.end, t.end + (verb?.index ?? 0)).includes(',')) return null;
      if (/["\u201C\u201D]/.test(sentence)) return null;
      // A quote in between dated otherwise moved the story on.
      if (
        (before ?? []).some((q) => q.start > t.end && q.end <= anchor && q.when !== null && q.when !== when)
      )
        return null;
      return { when, timex: t };
    }
    return null;
  },
};

// A speech act right before the date, the person its subject: "Roe hinted as much ", "Vell signalled on ".
const HINTED = new RegExp(
  `^(?:${[...SPEECH_ACT_VERBS, 'hinted', 'implied', 'signalled', 'signaled', 'indicated'].join('|')})$`,
  'i',
);

/** True when the text before the date ends "<surname> [one word] <speech act> [up to three words]" ("President Roe
 * hinted as much ", "Roe also implied "), lower-case words only after the name ("Roe on Friday …" is read above). */
function actBeforeDay(subject: string, surname: string): boolean {
  const at = subject.lastIndexOf(surname);
  if (at < 0 || /[\p{L}]/u.test(subject.charAt(at + surname.length))) return false;
  const words = subject
    .slice(at + surname.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 1 || words.length > 5 || words.some((w) => !/^\p{Ll}+$/u.test(w))) return false;
  return words.slice(0, 2).some((w) => HINTED.test(w));
}
