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
// wink-nlp learns every unseen word into the lexicon its tokenizer consults, so a word once read ("The plan is
// Arnoldo's, he said.") would later be kept whole ("Arnoldo's claims") and an article's tokens would depend on
// the articles read before it. The tokenizer's lookups keep to the model's own lexicon; learned words go to a
// layer over it, where wink finds them again to reuse their features (and the POS feature of a new word finds
// its just-learned lower case).
interface CoreLexicon {
  features: { lexeme: { hash: Record<string, number> } };
}
interface LexiconLookup {
  lookup(text: string): number[] | null;
}
type FeatureMethods = Record<string, (word: string, category: number, cache: LexiconLookup) => unknown>;
let core: CoreLexicon | undefined;
let learned: Record<string, number> = {};
const loadCore = model.core as () => CoreLexicon;
const loadFeatures = model.featureFn as (...args: unknown[]) => FeatureMethods;
const withLearned = new WeakMap<LexiconLookup, LexiconLookup>();
function lookupWithLearned(cache: LexiconLookup): LexiconLookup {
  let view = withLearned.get(cache);
  if (!view) {
    view = Object.assign(Object.create(cache) as LexiconLookup, {
      lookup: (text: string) => {
        const index = learned[text];
        return cache.lookup(text) ?? (index === undefined ? null : [index]);
      },
    });
    withLearned.set(cache, view);
  }
  return view;
}
const nlp = winkNLP(
  {
    ...model,
    core: () => (core = loadCore()),
    featureFn: (...args: unknown[]) => {
      const features = loadFeatures(...args);
      const pos = features.pos;
      if (pos) features.pos = (word, category, cache) => pos(word, category, lookupWithLearned(cache));
      return features;
    },
  },
  ['pos'],
);
if (core) {
  learned = Object.create(core.features.lexeme.hash) as Record<string, number>;
  core.features.lexeme.hash = learned;
}
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
