import { onlyPastDayBetween, sentenceEndAfter, sentenceStartAt, type WhenRule } from './when-rule.js';

// A cue of an answer: "replied", "then answered", "responded:" (not "has replied", "did not respond").
const ANSWER_CUE = /^(?:then\s+)?(?:replied|answered|responded|retorted|shot back)\b/i;

// The question told before it: "were asked", "asked him whether", "was questioned".
const ASKED = /\b(?:asked|questioned)\b/i;

// How many sentences back the question may be told (news paragraphs are often one sentence each).
const MAX_SENTENCES_BACK = 2;

// "At a news conference on Friday, the ministers were asked whether they would sign. There was a long pause.
// Then Ada Roe replied: "…"" — an answer takes the day of the question told just before it: the only time
// expression between the question's sentence (two sentences back at most) and the cue.
export const whenAnswerAsked: WhenRule = {
  name: 'link/when-answer-asked',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    const published = doc.article.date;
    if (!cue || !published || !ANSWER_CUE.test(cue.text)) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    // the question among the quote's sentence and the two before it
    let from = sentenceStartAt(text, at);
    let asked = -1;
    for (let n = 0; n <= MAX_SENTENCES_BACK; n++) {
      if (ASKED.test(text.slice(from, n === 0 ? at : sentenceEndAfter(text, from)))) {
        asked = from;
        break;
      }
      // (back over the blank lines between paragraphs)
      let end = from;
      while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
      if (end === 0) break;
      from = sentenceStartAt(text, end - 1);
    }
    if (asked < 0) return null;
    // the one time expression from the question to the cue (not a time still to come: "will be asked on Friday")
    return onlyPastDayBetween(timexes, asked, cue.start, published);
  },
};
