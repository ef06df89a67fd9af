import type { Document } from '../normalize/normalize-article.js';
import type { Paragraph, Sentence, Token } from '../types.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tagTokens } from './tag-tokens.js';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

// "Mr Cook argued", "Downing Street": a capitalised word inside a sentence that the tagger read as a verb is a name.
function fixNamePos(value: string, pos: string, sentenceInitial: boolean): string {
  if (sentenceInitial || !/^\p{Lu}\p{Ll}/u.test(value)) return pos;
  return pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' ? 'PROPN' : pos;
}

/** Paragraphs, sentences and POS-tagged tokens of the document; every offset is UTF-16 into `doc.text`. */
export function segmentText(doc: Document): Segmentation {
  const text = doc.text;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    const local = tagTokens(text.slice(p.start, p.end)).map((t) => ({
      ...t,
      start: t.start + p.start,
      end: t.end + p.start,
    }));
    const ss = splitSentences(text, p, local, sentences.length);
    let si = 0;
    let prev: string | null = null;
    for (const t of local) {
      while (si < ss.length - 1 && t.start >= (ss[si]?.end ?? 0)) si++;
      const s = ss[si];
      const first = !s || t.start === s.start || prev === null || /^["“‘'«(:—–-]$/.test(prev);
      tokens.push({
        start: t.start,
        end: t.end,
        pos: fixNamePos(t.value, t.pos, first),
        norm: t.value.toLowerCase(),
        sentence: s ? s.index : sentences.length,
      });
      prev = t.value;
    }
    sentences.push(...ss);
  }
  return { paragraphs, sentences, tokens };
}
