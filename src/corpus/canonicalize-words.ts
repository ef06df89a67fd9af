// The canonical view of a word sequence: every alias form is rewritten to its usual form by the entities stage's
// alias mapper, so "North Atlantic Treaty Organisation chiefs" and "NATO chiefs" read the same words.
import { type AliasSubstitution, substituteAliases } from '../entities/map-aliases-to-canonical.js';
import type { Word } from './tokenize-words.js';

export interface CanonWord {
  norm: string;
  start: number;
  end: number;
  quoted: boolean;
  /** Set on the first token standing for a rewritten alias form. */
  alias: { canonical: string; surface: string; usual: string; isLong: boolean } | null;
}

/** The alias forms of `text` that differ from the usual form ("the Russian Federation" → "Russia"). */
export function findAliasForms(text: string): AliasSubstitution[] {
  return substituteAliases(text).substitutions;
}

/** "Russian Federation" for Russia, "North Atlantic Treaty Organisation" for NATO; not "U.S." for US or "UK" for Britain. */
export function isLongForm(written: string, usual: string): boolean {
  const words = (s: string) =>
    s
      .replace(/^the\s+/i, '')
      .split(/\s+/)
      .filter(Boolean).length;
  return /[a-z]{3}/.test(written) && words(written) > words(usual);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Rewrites the alias forms among `words` (`forms`: the text's alias forms, offsets into the same text). */
export function canonicalizeWords(words: readonly Word[], forms: readonly AliasSubstitution[]): CanonWord[] {
  const out: CanonWord[] = [];
  let f = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    while (f < forms.length && (forms[f]?.end ?? 0) <= w.start) f++;
    const form = forms[f];
    if (form && form.start <= w.start && w.end <= form.end) {
      let j = i;
      while (j < words.length && (words[j]?.end ?? 0) <= form.end) j++;
      const last = words[j - 1] ?? w;
      const usualWords = [...form.replacement.matchAll(WORD)].map((m) => m[0].toLowerCase());
      for (const [k, norm] of usualWords.entries()) {
        out.push({
          norm,
          start: w.start,
          end: last.end,
          quoted: w.quoted,
          alias:
            k === 0
              ? {
                  canonical: form.canonical,
                  surface: form.text,
                  usual: form.replacement,
                  isLong: isLongForm(form.text, form.replacement),
                }
              : null,
        });
      }
      i = j;
      continue;
    }
    out.push({ norm: w.norm, start: w.start, end: w.end, quoted: w.quoted, alias: null });
    i++;
  }
  return out;
}
