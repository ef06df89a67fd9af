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
//
// wink-nlp learns every unseen word into the lexicon its tokenizer consults, so a word once read ("The plan is
// Arnoldo's, he said.") would later be kept whole ("Arnoldo's claims") and an article's tokens would depend on
// the articles read before it. The tokenizer's lookups keep to the model's own lexicon; learned words go to a
// layer over it, where wink finds them again to reuse their features (and the POS feature of a new word finds
// its just-learned lower case). Since nothing read depends on the layer, a tagger that has learned too many
// words is replaced by a fresh one: a long stream keeps a bounded lexicon.
interface CoreLexicon {
  features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
}
interface LexiconLookup {
  lookup(text: string): number[] | null;
}
type FeatureMethods = Record<string, (word: string, category: number, cache: LexiconLookup) => unknown>;
const loadCore = model.core as () => CoreLexicon;
const loadFeatures = model.featureFn as (...args: unknown[]) => FeatureMethods;

/** Words a tagger may learn before it is replaced (about 16 MB of wink's tables, measured on invented words). */
export const MAX_LEARNED_WORDS = 100_000;

function loadTagger() {
  let core: CoreLexicon | undefined;
  let learned: Record<string, number> = {};
  let view: LexiconLookup | undefined;
  // the POS feature of a new word looks its lower case up: let it find a learned one
  const lookupWithLearned = (cache: LexiconLookup): LexiconLookup => {
    view ??= Object.assign(Object.create(cache) as LexiconLookup, {
      lookup: (text: string) => {
        const index = learned[text];
        return cache.lookup(text) ?? (index === undefined ? null : [index]);
      },
    });
    return view;
  };
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
  if (!core) throw new Error('wink-nlp did not load its core model');
  const lexeme = core.features.lexeme;
  learned = Object.create(lexeme.hash) as Record<string, number>;
  lexeme.hash = learned;
  return { nlp, learnedWords: () => lexeme.list.length - lexeme.intrinsicSize };
}

let tagger = loadTagger();
const its = tagger.nlp.its;

/** How many words the current tagger has learned (for tests of the bound). */
export function countLearnedWords(): number {
  return tagger.learnedWords();
}

/**
 * Tokens with POS tags; offsets rebuilt from wink's lossless tokenization and shifted by `base` (the
 * paragraph's start in the article), so no second pass has to move them.
 */
export function tagTokens(text: string, base = 0): TaggedToken[] {
  return tagWith(text, (start, end, value, pos) => ({ start: base + start, end: base + end, value, pos }));
}

/** The tagged tokens of `text` as `make` builds them from each one's offsets, string and tag (no object between). */
export function tagWith<T>(
  text: string,
  make: (start: number, end: number, value: string, pos: string) => T,
): T[] {
  if (tagger.learnedWords() > MAX_LEARNED_WORDS) tagger = loadTagger();
  const tokens = tagger.nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: T[] = [];
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
    out.push(make(found, found + value.length, value, tags[i] ?? 'X'));
    at = found + value.length;
  }
  return out;
}
