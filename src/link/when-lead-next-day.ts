import { hasWholeWord } from './speaker-names.js';
import { bodyLead } from './when-lead-object-act.js';
import {
  NARRATED_SPEECH_ACT,
  namedSurname,
  REPORT_VERBS,
  sentenceEndAfter,
  speechActPattern,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

const REPORT = speechActPattern([...REPORT_VERBS, 'appeared']);
// The name opening the next sentence, with at most an appositive before the verb: "Tom Orr, son of the mayor,".
const NAME_OPENS = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?:,[^,.;]{2,80},)?\s*/u;

// "As the mayor toured the docks, his son said the fight had just begun. ¶ Tom Orr, son of the mayor, talked
// politics Monday on a morning show." — a lead that sums up words with no day of their own, the next sentence
// telling the same speaker's talk with its day: the lead's words are that talk's.
export const whenLeadNextDay: WhenRule = {
  name: 'link/when-lead-next-day',
  find({ doc, quote, allTimexes, timexes }) {
    const cue = quote.cue;
    const surname = namedSurname(quote);
    if (!cue || !surname) return null;
    const text = doc.folded;
    const lead = bodyLead(text);
    if (!lead) return null;
    const [from, leadEnd] = lead;
    // the words and their cue in the lead, which names no time
    if (quote.start < from || Math.max(quote.end, cue.end) > leadEnd) return null;
    const all = allTimexes ?? timexes;
    if (all.some((t) => t.start < leadEnd && t.end > from)) return null;
    const nextStart = leadEnd + (/^\s*/.exec(text.slice(leadEnd))?.[0].length ?? 0);
    const plain = withoutAbbreviations(text.slice(nextStart, nextStart + 400));
    const next = plain.slice(0, sentenceEndAfter(plain, 0));
    if (/["\u201C\u201D]/.test(next)) return null;
    // the speaker opens it, then a verb of speech before its one day ("talked politics Monday", "spoke Monday")
    const name = NAME_OPENS.exec(next);
    if (!name || !hasWholeWord(name[0], surname)) return null;
    const days = all.filter((t) => t.start >= nextStart && t.end <= nextStart + next.length);
    const day = days[0];
    const when = day ? toWhen(day) : null;
    if (!day || !when || when.length !== 10 || days.length !== 1) return null;
    // the verb right after the name, the day within a few words of it
    const rest = next.slice(name[0].length, day.start - nextStart);
    if (rest.length > 60) return null;
    const verb = /^(\S+(?:\s+down)?)/.exec(rest)?.[1] ?? '';
    if (NARRATED_SPEECH_ACT.test(verb) || /^appeared$/i.test(verb)) return { when, timex: day };
    // a report verb only with the day right after it ("said Monday", "said on Monday"), not a day inside the words
    // it reports ("Tarn said under the Nov 25 agreement it …", "said it filed the papers on April 10")
    if (!REPORT.test(verb) || !/^\S+\s+(?:on\s+|late\s+|early\s+)?$/.test(rest)) return null;
    return { when, timex: day };
  },
};
