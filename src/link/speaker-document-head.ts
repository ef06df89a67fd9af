import { quoteWith } from '../quotes/quote-with.js';
import { speakerDocumentOwner } from './speaker-document-owner.js';
import type { SpeakerRule } from './speaker-rule.js';

// the document's phrase with its owner inside, then what the document is about or when it is dated
const HEAD_THEN_MODIFIER =
  /^(.*?\b(?:report|statement|study|survey|letter|memo|analysis|review|poll|document|bulletin|book))\s+(?:on|about|into|of|dated|published|released|issued|posted|in|for)\b/u;
// an owner inside the head: a capitalised word after its first ("a National Audit Office report", "the WHO's …")
const OWNER_INSIDE = /^\S+\s+(?:[\p{L}\d-]+\s+)*?\p{Lu}/u;

/**
 * "a Tarn Audit Office report on the 20 biggest projects said", "according to the WHO's situation report dated
 * March 16": a document with its owner inside and a phrase after its head speaks for the owner, as the head alone
 * would (speaker/document-owner on "a Tarn Audit Office report").
 */
export const speakerDocumentHead: SpeakerRule = (input) => {
  const m = input.quote.mention;
  const head = m ? HEAD_THEN_MODIFIER.exec(m.text)?.[1] : undefined;
  if (!m || !head || !OWNER_INSIDE.test(head)) return null;
  const mention = { start: m.start, end: m.start + head.length, text: head };
  const choice = speakerDocumentOwner({ ...input, quote: quoteWith(input.quote, { mention }) });
  return choice?.speaker && choice.rule === 'speaker/document-owner'
    ? { speaker: choice.speaker, rule: 'speaker/document-head' }
    : null;
};
