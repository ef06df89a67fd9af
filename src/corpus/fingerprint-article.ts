// One article's fingerprints: a document MinHash and, per sentence, winnowed word 5-grams of its unquoted words
// in the raw and the alias-canonical views (one hash space: a sentence without aliases adds nothing twice).
import { canonicalizeWords, findAliasForms } from './canonicalize-words.js';
import { hashHex, hashString } from './hash-string.js';
import { bandKeys, minhashSignature } from './minhash-signature.js';
import { splitSentences } from './split-sentences.js';
import { tokenizeWords } from './tokenize-words.js';
import { chainShingles, hashShingles, winnowHashes } from './winnow-hashes.js';

/** Fewest unquoted words for a sentence to count in reuse (shorter ones are quotes with a cue). */
export const MIN_SENTENCE_WORDS = 5;

export interface AliasUse {
  canonical: string;
  surface: string;
  usual: string;
  isLong: boolean;
  start: number;
  end: number;
}

export interface SentencePrint {
  index: number;
  start: number;
  end: number;
  /** Unquoted words, normalized. */
  words: string[];
  /** Unquoted words with alias forms collapsed to `⟨canonical⟩`. */
  canon: string[];
  aliases: AliasUse[];
  /** Winnowed fingerprints of both views (empty when the sentence has too few unquoted words). */
  fps: number[];
}

export interface ArticlePrint {
  id: string;
  /** Hash of the text and time it was made from (a changed article is re-indexed). */
  textHash: string;
  /** Publication time used for ordering (timestamp, else date), or null. */
  time: string | null;
  outlet: string | null;
  bands: number[];
  signature: number[];
  sentences: SentencePrint[];
  /** Unusual long forms of the article (from its analysis), empty when not given. */
  unusual: UnusualForm[];
}

/** An unusual long form the entities stage found in the article ("Russian Federation" for Russia). */
export interface UnusualForm {
  start: number;
  end: number;
  text: string;
  usual: string;
  canonical: string;
}

export interface PrintInput {
  id: string;
  text: string;
  /** The analysis's spin list (Analysis.spin), listed with the substitutions of a spun article. */
  spin?: readonly UnusualForm[];
  date?: string | null;
  published?: string | null;
  source?: string | null;
}

/** Fingerprints `article` for copy and reuse detection. */
export function fingerprintArticle(article: PrintInput): ArticlePrint {
  const { text } = article;
  const words = tokenizeWords(text);
  // each word hashed once, for the document's shingles and its sentence's
  const hashes = words.map((w) => hashString(w.norm));
  const signature = minhashSignature(chainShingles(hashes));
  const forms = findAliasForms(text);
  const sentences: SentencePrint[] = [];
  let w = 0;
  for (const span of splitSentences(text)) {
    while (w < words.length && (words[w]?.start ?? 0) < span.start) w++;
    const unquoted = [];
    const unquotedHashes = [];
    for (; w < words.length && (words[w]?.end ?? 0) <= span.end; w++) {
      const word = words[w]!;
      if (word.quoted) continue;
      unquoted.push(word);
      unquotedHashes.push(hashes[w]!);
    }
    const raw = unquoted.map((x) => x.norm);
    const aliases: AliasUse[] = [];
    let canon = raw.slice();
    // a sentence no alias form reaches reads the same in the canonical view (most sentences)
    if (forms.some((f) => f.start < span.end && f.end > span.start)) {
      const canonAll = canonicalizeWords(unquoted, forms);
      for (const c of canonAll) if (c.alias) aliases.push({ ...c.alias, start: c.start, end: c.end });
      canon = canonAll.map((c) => c.norm);
    }
    let fps: number[] = [];
    if (raw.length >= MIN_SENTENCE_WORDS) {
      const set = new Set(winnowHashes(chainShingles(unquotedHashes)));
      if (aliases.length) for (const h of winnowHashes(hashShingles(canon))) set.add(h);
      fps = [...set];
    }
    sentences.push({
      index: sentences.length,
      start: span.start,
      end: span.end,
      words: raw,
      canon,
      aliases,
      fps,
    });
  }
  const time = article.published ?? article.date ?? null;
  return {
    id: article.id,
    textHash: hashHex(`${time ?? ''}\u0000${text}`),
    time,
    outlet: article.source ?? null,
    bands: bandKeys(signature),
    signature,
    sentences,
    unusual: (article.spin ?? []).map(({ start, end, text, usual, canonical }) => ({
      start,
      end,
      text,
      usual,
      canonical,
    })),
  };
}
