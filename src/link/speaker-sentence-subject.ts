import { rangeIndexHolding } from '../quotes/span-index.js';
import { fullestName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

const REPORTED =
  /\b(?:said|says|added|adds|wrote|writes|stated|declared|told\s+[\p{L}\s]{1,30}?|tweeted)\s*[,:]?\s*$/u;

// 'Ann Lee cited the treaty and said, "They must help us."' — a quote whose cue the quote finder did not tie to a
// mention: the name that opens the quote's own sentence, when a report verb stands right before the quote or
// reports the clause the quote sits in.
export const speakerSentenceSubject: SpeakerRule = ({ quote, text, seg, names }) => {
  if (quote.mention || quote.type !== 'direct') return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, quote.start - 1)];
  if (!sentence) return null;
  const lead = text.slice(sentence.start, quote.start).replace(/["“`]+\s*$/, '');
  // 'Ann Lee said the raid was "to stop the smugglers".': the quote inside the clause she reports
  const inClause =
    /\b(?:said|says|added|stated|declared|argued|insisted|claimed|warned)\b/.test(lead) &&
    !/["“”]/.test(lead);
  if (!REPORTED.test(lead) && !inClause) return null;
  const subject = narrationSubject(text, seg, names, sentence.start, sentence.start + 1);
  if (!subject) return null;
  return { speaker: fullestName(names, subject) ?? subject, rule: 'speaker/sentence-subject' };
};
