import { rangeIndexHolding } from '../quotes/span-index.js';
import { isNamed, paragraphOf, type SpeakerRule } from './speaker-rule.js';

// "the statement", "the report": a document the text gave before
const THE_DOCUMENT = /^[Tt]he\s+(statement|report|letter|release|communique|memo)$/u;

// 'In a statement the Tarn Animal Society said it had "grave concerns" …. "…," said the statement.' → the society:
// "the statement" after a named source said something in a statement is that source's.
export const speakerDocumentOfSpeaker: SpeakerRule = ({ quote, previous, seg, text }) => {
  const d = THE_DOCUMENT.exec(quote.mention?.text ?? '');
  if (!d?.[1]) return null;
  const noun = new RegExp(String.raw`\b(?:a|an|its|their)\s+(?:[\p{L}-]+\s+)?${d[1]}\b`, 'iu');
  const here = paragraphOf(seg, quote.start);
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p) continue;
    if (here - paragraphOf(seg, p.start) > 2) break;
    // the sentence of the earlier report's attribution
    const at = p.cue?.start ?? p.mention?.start ?? p.start;
    const s = seg.sentences[rangeIndexHolding(seg.sentences, at)];
    if (!s || !noun.test(text.slice(s.start, s.end))) continue;
    return p.speaker && isNamed(p.speaker)
      ? { speaker: p.speaker, rule: 'speaker/document-of-speaker' }
      : null;
  }
  return null;
};
