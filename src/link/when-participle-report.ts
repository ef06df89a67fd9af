import { REPORT_PARTICIPLES, toWhen, type WhenRule } from './when-rule.js';

const PARTICIPLE = new RegExp(`^(?:${REPORT_PARTICIPLES.join('|')})$`, 'i');
// the main clause reports the same act: "X warned …", "X told …"
const REPORT_VERB =
  /\b(?:said|told|warned|announced|urged|stated|declared|insisted|stressed|argued|criticised|criticized|accused|defended|denied|rejected|appealed|pledged|promised|vowed)\b/i;
const ADVERBIAL = /\b(?:on|in|at|during|earlier|later|late|early|last|this)\s+$/i;
const NEW_CLAUSE =
  /[.!?;:"\u201C\u201D]|\b(?:who|which|whom|whose|because|although|while|after|before|when|where|if|that)\b/i;

// "Zarnia warned the union earlier in the day against a strike, saying talks would fail." — a participle
// report goes on from its main clause's report, and takes the date that clause gives it.
// What may stand before a date that opens the sentence: "In March, …", "Earlier on Friday, …".
const LEAD_WORDS = /^(?:\s|,|on|in|at|during|earlier|later|late|early|this|last|also|and|but|then)*$/i;

/** "In March, at a debate, Roe announced her plan, saying …": the date opens the sentence whose main verb, before
 * the participle with nothing but its object between, reports the same act. */
function opensReportSentence(
  text: string,
  from: number,
  t: { start: number; end: number },
  cue: number,
): boolean {
  if (!LEAD_WORDS.test(text.slice(from, t.start))) return false;
  const rest = text.slice(t.end, cue);
  return rest.length <= 200 && REPORT_VERB.test(rest) && !NEW_CLAUSE.test(rest);
}

export const whenParticipleReport: WhenRule = {
  name: 'link/when-participle-report',
  // (its first checks return null without a visible time within 300 characters before the cue)
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || !PARTICIPLE.test(cue.text) || quote.start < cue.end) return null;
    const text = doc.folded;
    if (!/,\s*$/.test(text.slice(Math.max(0, cue.start - 3), cue.start))) return null;
    const head = text.slice(Math.max(0, cue.start - 300), cue.start);
    const ends = /(?:[.!?]["'\u201D\u2019]?\s+(?=["\u201C]?\p{Lu})|\n)/gu;
    let from = cue.start - head.length;
    for (let m = ends.exec(head); m; m = ends.exec(head))
      from = cue.start - head.length + m.index + m[0].length;
    const inMain = timexes.filter((t) => t.start >= from && t.end <= cue.start && toWhen(t) !== null);
    if (inMain.length !== 1) return null;
    const t = inMain[0];
    const when = t ? toWhen(t) : null;
    if (!t || !when) return null;
    const verb = REPORT_VERB.exec(text.slice(from, t.start));
    if (!verb) return opensReportSentence(text, from, t, cue.start) ? { when, timex: t } : null;
    if (
      !ADVERBIAL.test(text.slice(Math.max(from, t.start - 12), t.start)) &&
      !/^(?:earlier|later)\b/i.test(t.text)
    )
      return null;
    if (
      NEW_CLAUSE.test(text.slice(from + verb.index, t.start)) ||
      NEW_CLAUSE.test(text.slice(t.end, cue.start))
    )
      return null;
    return { when, timex: t };
  },
};
