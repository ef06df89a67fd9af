import { hasTimeWithin, toWhen, type WhenRule, withoutAbbreviations } from './when-rule.js';

// "Speaking to reporters on Monday," / ", speaking on Monday," — the occasion phrase of the sentence's report.
const SPEAKING =
  /\b(?:speaking|talking|addressing|testifying|appearing|answering|writing)\b(?:\s+(?:to|at|in|on|before|with|from)\b)?/gi;
// What may not stand between the day and the cue: a sentence end, a quote, a new clause or another report.
const NEW_CLAUSE =
  /[.!?;:"\u201C\u201D]|\b(?:who|which|whom|whose|because|although|while|after|before|when|where|if|that|said|says|told)\b/i;

// "Speaking to reporters in Dunmore on Monday, Mayor Lina Vell said …", "Vell, speaking on Monday, said …" — the
// date of the participle phrase that introduces the speaker is the statement's.
export const whenSpeakingParticiple: WhenRule = {
  name: 'link/when-speaking-participle',
  // (its first checks return null without a visible time within 200 characters before the cue (hasTimeWithin))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || quote.start < cue.end) return null;
    // a date in the 200 characters before the cue the phrase is looked for in: with none there, it is not read
    if (!hasTimeWithin(timexes, Math.max(0, cue.start - 200), cue.start)) return null;
    const text = doc.folded;
    const head = withoutAbbreviations(text.slice(Math.max(0, cue.start - 200), cue.start));
    const offset = cue.start - head.length;
    const sentence = head.split(/[.!?]["'\u201D\u2019]?\s+(?=\p{Lu})|\n/u).at(-1) ?? '';
    const from = offset + head.length - sentence.length;
    SPEAKING.lastIndex = 0;
    const m = SPEAKING.exec(sentence);
    if (!m) return null;
    const phraseStart = from + m.index + m[0].length;
    // the phrase runs to its comma; the day lies in it
    const comma = text.indexOf(',', phraseStart);
    if (comma < 0 || comma > cue.start) return null;
    const inPhrase = timexes.filter((t) => t.start >= phraseStart && t.end <= comma && toWhen(t) !== null);
    const t = inPhrase.at(-1);
    const when = t ? toWhen(t) : null;
    if (!t || !when || inPhrase.length !== 1) return null;
    // "Speaking about the attack on Monday": the day of what was spoken about
    const before = withoutAbbreviations(text.slice(phraseStart, t.start));
    if (/[.;:"\u201C\u201D]|\b(?:about|of|on the|regarding|after|since|following)\b/i.test(before))
      return null;
    if (NEW_CLAUSE.test(withoutAbbreviations(text.slice(t.end, cue.start)))) return null;
    if (cue.start - t.end > 100) return null;
    return { when, timex: t };
  },
};
