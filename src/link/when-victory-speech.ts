import { dateSinceLead } from './date-since-lead.js';
import { hasWholeWord } from './speaker-names.js';
import { bodyLead } from './when-lead-object-act.js';
import { namedSurname, sentenceEndAfter, sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// A lead telling a dated contest's result: "Ann Roe prevailed in the Lorne primary Tuesday", "Roe won the vote on
// Sunday", "Roe defeated Tom Vell on Tuesday", "Roe scored a decisive victory in Tuesday's primary".
const RESULT =
  /\b(?:won|prevailed|swept|carried|clinched|captured|lost|defeated|beat|edged|routed|trounced|victory|defeat)\b/i;
// The speech of that result's night: "In a victory speech from Dunmore", "in her concession speech"; the loser's
// congratulations: "Vell tweeted congratulations to Roe, adding …".
const RESULT_SPEECH =
  /\b(?:(?:victory|concession)\s+(?:speech|remarks|address)|congratulat(?:ed|ions|ing))\b/i;
// How far after the lead the speech may be told.
const REACH = 1500;

// "Ann Roe prevailed in the Lorne primary Tuesday, … ¶ In a victory speech from Dunmore, Roe argued she is the
// stronger candidate." — a victory or concession speech of a person the lead's dated result names is that night's:
// the words its sentence reports (the speaker named in the lead) take the lead's day, when no other date stands
// between (bar one inside a relative aside: "Dunmore -- which votes on Saturday --").
export const whenVictorySpeech: WhenRule = {
  name: 'link/when-victory-speech',
  find({ doc, quote, allTimexes, timexes }) {
    const cue = quote.cue;
    const surname = namedSurname(quote);
    if (!cue || !surname) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start);
    const start = sentenceStartAt(text, at);
    const sentence = text.slice(start, sentenceEndAfter(text, Math.max(quote.end, cue.end)));
    if (!RESULT_SPEECH.test(sentence)) return null;
    const lead = bodyLead(text);
    if (!lead) return null;
    const [from, leadEnd] = lead;
    if (start < leadEnd || start > leadEnd + REACH) return null;
    const leadText = text.slice(from, leadEnd);
    if (/["\u201C\u201D]/.test(leadText) || !RESULT.test(leadText) || !hasWholeWord(leadText, surname))
      return null;
    const all = allTimexes ?? timexes;
    const days = all.filter((t) => t.start >= from && t.end <= leadEnd && toWhen(t)?.length === 10);
    const day = days[0];
    const when = day ? toWhen(day) : null;
    if (!day || !when || days.length !== 1) return null;
    // no other date since the lead
    if (dateSinceLead(all, text, doc.article.date ?? '', leadEnd, at, when)) return null;
    return { when, timex: day };
  },
};
