import {
  hasTimeWithin,
  isAttributiveYear,
  isObjectOfNarration,
  isParentheticalCue,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// Words that may precede the opening date: "On Friday", "Earlier this week on Wednesday", "Late on Sunday".
const LEAD_WORDS =
  /^(?:\s|,|on|in|at|over|during|earlier|later|late|early|this|last|week|also|and|but|then)*$/i;
// What may not stand between the date and the cue: a sentence end, a quote, a new clause or a new subject.
const NEW_CLAUSE =
  /[.!?;:"\u201C\u201D]|\b(?:who|which|whom|whose|because|although|while|after|before|when|where|if|that|said|says|told|announced|,\s*(?:and|but))\b/i;

const COMMA_RELATIVE = /,\s*(?:who|which)\b[^,;:.!?"\u201C\u201D]{0,160},\s*/gi;

// "On Friday in Dunmore, as part of a campaign rally, Mayor Vell said, "…"" — a date opening the sentence whose
// main verb is the cue dates the statement, however long the scene-setting between them.
export const whenSentenceOpener: WhenRule = {
  name: 'link/when-sentence-opener',
  // (its first checks return null without a visible time within 300 characters before the cue (hasTimeWithin))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || quote.start < cue.end) return null; // only "…, X said, "…"" / "X said that …"
    // a date in the 300 characters the sentence is looked for in, before the cue: with none there, no sentence is
    // read (most quotes)
    if (!hasTimeWithin(timexes, Math.max(0, cue.start - 300), cue.start)) return null;
    if (/^according\b/i.test(cue.text)) return null; // "On Sunday, according to witnesses, a man …": the event's date
    // "At the end of 1986, he said, the value … exceeded …": the opening date is the reported clause's
    if (isParentheticalCue(doc.folded, quote)) return null;
    // "On Monday, Orr knocked a statement by actor Tom Vell that …": the day is Orr's, not the statement's
    if (isObjectOfNarration(doc.folded, quote)) return null;
    const text = doc.folded;
    // The sentence's start: after the last sentence end (".", "!", "?", a closing quote) or line break.
    // (periods of abbreviations blanked: "Late Monday, U.S. officials said"; a danda "।" or "。" ends one too)
    const head = withoutAbbreviations(text.slice(Math.max(0, cue.start - 300), cue.start));
    let sentenceStart = cue.start - head.length;
    const ends = /(?:[.!?]["'\u201D\u2019]?\s+(?=["\u201C]?\p{Lu})|[\u0964\u0965\u3002]\s*|\n)/gu;
    for (let m = ends.exec(head); m; m = ends.exec(head))
      sentenceStart = cue.start - head.length + m.index + m[0].length;
    for (const t of timexes) {
      if (t.start < sentenceStart) continue;
      if (t.end > cue.start) return null;
      const when = toWhen(t);
      if (!when) continue; // "Earlier this week on Wednesday": the week is a lead word, the day dates it
      const lead = text.slice(sentenceStart, t.start);
      // Strip earlier timexes of the lead ("this week") before checking its words.
      const leadWords = timexes
        .filter((u) => u.start >= sentenceStart && u.end <= t.start)
        .reduce((s, u) => s.replace(text.slice(u.start, u.end), ' '), lead);
      if (!LEAD_WORDS.test(leadWords)) return null;
      const gap = text.slice(t.end, cue.start);
      // (a relative clause set off by commas is the subject's, not a new clause: "Earlier this week, Ann Roe, who
      // ran the port when it closed, conceded …")
      const main = gap.replace(COMMA_RELATIVE, ' ');
      if (main.length > 140 || NEW_CLAUSE.test(withoutAbbreviations(main))) return null;
      // (not a year that names a thing: "filed a suit over its 2018 Ballot Act, saying …")
      if (
        timexes.some(
          (u) => u.start >= t.end && u.end <= cue.start && toWhen(u) !== null && !isAttributiveYear(text, u),
        )
      )
        return null;
      return { when, timex: t };
    }
    return null;
  },
};
