import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One wink-nlp token with its UTF-16 offsets into the string it was read from, plus `base`. */
export interface TaggedToken {
  start: number;
  end: number;
  value: string;
  pos: string;
}

// Only POS: wink's sentence boundaries (our sentences come from split-sentences) and the default pipeline's
// negation, sentiment, NER and custom entities cost time and change no token or tag: wink tags the whole
// string with its own automata, whatever sentences it found.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * Tokens with POS tags; offsets rebuilt from wink's lossless tokenization and shifted by `base` (the
 * paragraph's start in the article), so no second pass has to move them.
 */
export function tagTokens(text: string, base = 0): TaggedToken[] {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink keeps the text as written; guard anyway so offsets never drift.
    const found = text.startsWith(value, at) ? at : text.indexOf(value, at);
    if (found < 0) continue;
    // line breaks inside a paragraph come back as tokens of their own: not words
    if (!value.trim()) {
      at = found + value.length;
      continue;
    }
    out.push({ start: base + found, end: base + found + value.length, value, pos: tags[i] ?? 'X' });
    at = found + value.length;
  }
  return out;
}
