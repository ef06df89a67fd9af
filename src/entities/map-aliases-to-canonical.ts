// For the corpus layer: rewrite known long forms and aliases to one usual short form, so that "Russian Federation"
// and "Russia", "North Atlantic Treaty Organisation" and "NATO" compare equal when matching reused text.

import { foldText } from '../normalize/normalize-article.js';
import { type GazetteerEntry, loadGazetteer, maxWordsFrom } from './gazetteer.js';
import { isCapitalized, keyOfWords, splitWords } from './split-words.js';

export interface AliasSubstitution {
  /** Offsets in the input text. */
  start: number;
  end: number;
  text: string;
  /** The usual form written in its place ("Russia"). */
  replacement: string;
  canonical: string;
  /** What the written form is in the alias tables: `long` ("Russian Federation": rare in news, can be spin),
   * `ordinary` ("United Kingdom", "U.S."), `acronym` ("Nato"), `usual` (the usual form after "the" was dropped). */
  formType?: 'usual' | 'ordinary' | 'long' | 'acronym';
}

export interface AliasMapping {
  text: string;
  substitutions: AliasSubstitution[];
}

// Seats and capitals stand for a government but are not renamed; demonyms are adjectives
const REWRITTEN = new Set<GazetteerEntry['type']>(['usual', 'ordinary', 'long', 'acronym']);

// Acronyms read as words take no article ("NATO said"), unlike "the UN", "the EU"
const NO_ARTICLE_ORGS = new Set([
  'org:nato',
  'org:opec',
  'org:asean',
  'org:interpol',
  'org:nasa',
  'org:tass',
]);

/** True when the usual form is written without "the" ("Russia", "NATO"; not "the US", "the Netherlands"). */
function takesNoArticle(entry: GazetteerEntry): boolean {
  if (NO_ARTICLE_ORGS.has(entry.canonical)) return true;
  return (
    entry.canonical.startsWith('country:') &&
    entry.usual !== entry.usual.toUpperCase() &&
    !/s$/.test(entry.usual) &&
    !/^(?:the )?(?:Democratic|Republic|United|Central)/.test(entry.usual)
  );
}

/** Rewrites every known alias to its usual form and lists what it changed. */
export function substituteAliases(text: string): AliasMapping {
  const g = loadGazetteer();
  const words = splitWords(foldText(text));
  const substitutions: AliasSubstitution[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const head = words[i]?.text ?? '';
    const longest = isCapitalized(head) ? maxWordsFrom(g, head) : 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !matched; n--) {
      const span = words.slice(i, i + n);
      // words one space apart, or a possessive between them ("People's Republic of China": the key drops the "'s")
      if (
        !span.every(
          (w, k) => k === 0 || /^(?:['’]s)? {1,2}$/.test(text.slice((span[k - 1] ?? w).end, w.start)),
        )
      )
        continue;
      const entry = g.byKey.get(keyOfWords(span));
      const first = span[0];
      const last = span[span.length - 1];
      if (!entry || !first || !last || !REWRITTEN.has(entry.type) || !isCapitalized(first.text)) continue;
      matched = n;
      // "the Russian Federation" → "Russia", "the North Atlantic Treaty Organisation" → "NATO"; "the United Nations" → "the UN"
      const article = /[Tt]he $/.exec(text.slice(Math.max(0, first.start - 4), first.start));
      const start = article && takesNoArticle(entry) ? first.start - 4 : first.start;
      const written = text.slice(start, last.end);
      if (written !== entry.usual) {
        substitutions.push({
          start,
          end: last.end,
          text: written,
          replacement: entry.usual,
          canonical: entry.canonical,
          formType: entry.type as 'usual' | 'ordinary' | 'long' | 'acronym',
        });
      }
    }
    i += matched || 1;
  }
  let out = '';
  let at = 0;
  for (const s of substitutions) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return { text: out + text.slice(at), substitutions };
}

/** The text with known aliases rewritten to their usual forms ("Russian Federation officials" → "Russia officials"). */
export function mapAliasesToCanonical(text: string): string {
  return substituteAliases(text).text;
}
