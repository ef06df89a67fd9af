import type { Document } from '../normalize/normalize-article.js';
import type { Paragraph, Sentence, Token } from '../types.js';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Paragraphs, sentences and tokens of the document. (Placeholder: paragraphs only, to be replaced.) */
export function segmentText(doc: Document): Segmentation {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of doc.text.matchAll(re)) {
    if (m[0].trim()) paragraphs.push({ index: paragraphs.length, start: m.index, end: m.index + m[0].length });
  }
  const sentences: Sentence[] = paragraphs.map((p, i) => ({ index: i, paragraph: p.index, start: p.start, end: p.end }));
  return { paragraphs, sentences, tokens: [] };
}
