import { mentionAfter, SUBJECT_PRONOUNS } from '../../find-mention.js';
import {
  isInsideQuoted,
  QUOTE_MARK,
  type QuoteContext,
  sentenceAt,
  tokenIndexAt,
  tokenText,
} from '../../quote-context.js';
import type { Attribution, DirectCandidate } from '../types.js';

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;

/** The code point ending just before `end` (a surrogate pair read whole), or "" at the start. */
function charBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.charAt(end - 1);
}

/** True when `word` is one capitalised word that ended a two-word name before `at` ("Scott Perry"): an
 * occurrence of it after spaces after a capitalised word, read back from each occurrence (a regex over the text
 * before each quote was quadratic in long articles). */
function surnameNamedBefore(text: string, word: string, at: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0 && i + word.length <= at; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    // not the start of a longer word (the text past `at` does not count)
    if (end < at) {
      const next = String.fromCodePoint(text.codePointAt(end) ?? 0);
      if (WORD_CHAR.test(next)) continue;
    }
    let p = i;
    let spaces = 0;
    for (let ch = charBefore(text, p); ch && SPACE.test(ch); ch = charBefore(text, p)) {
      p -= ch.length;
      spaces++;
    }
    if (spaces === 0) continue;
    let lowers = 0;
    for (let ch = charBefore(text, p); ch && LOWER.test(ch); ch = charBefore(text, p)) {
      p -= ch.length;
      lowers++;
    }
    if (lowers > 0 && UPPER.test(charBefore(text, p))) return true;
  }
  return false;
}

// US coach Pat Lane wants more clay-court play. “I think it will help these guys.” — the narration's subject speaks
export function previousSentenceSubject(ctx: QuoteContext, c: DirectCandidate): Attribution | null {
  if (c.partial) return null;
  const here = sentenceAt(ctx, c.quote.open);
  if (!here) return null;
  const prev = ctx.seg.sentences[here.index - 1];
  if (!prev || here.paragraph - prev.paragraph > 1) return null;
  const text = ctx.text.slice(prev.start, prev.end);
  if (/["“”«»]/.test(text)) return null;
  const first = tokenIndexAt(ctx.tokens, prev.start);
  const m = mentionAfter(ctx, first, prev.end);
  // not a sentence of a quotation running on without its closing mark ("PENCE: … Mark Cuban knows …")
  if (!m || isInsideQuoted(ctx, m.start)) return null;
  const pronoun = SUBJECT_PRONOUNS.has(m.text.toLowerCase());
  // a name, or a role with a name ("Best actor Foxx"); not a lone capitalised word
  // (or a surname whose full name the text gave before: "Scott Perry, …" then "Perry has budgeted …")
  if (
    !pronoun &&
    !/\s\p{Lu}[\p{L}\p{M}'’-]*$/u.test(m.text) &&
    !surnameNamedBefore(ctx.text, m.text, m.start)
  )
    return null;
  if (/^(?:it|you|i|we)$/i.test(m.text)) return null;
  let after = tokenIndexAt(ctx.tokens, m.end);
  // "Ann Lee, 45, a teacher from Leeds, was among the protesters.": past the appositives to the verb
  if (tokenText(ctx, after) === ',') {
    let k = after + 1;
    const last = tokenIndexAt(ctx.tokens, prev.end);
    while (k < last && k < after + 16 && !/^(?:VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '')) k++;
    if (tokenText(ctx, k - 1) === ',') after = k;
  }
  const p = ctx.tokens[after]?.pos;
  if ((p !== 'VERB' && p !== 'AUX') || QUOTE_MARK.test(tokenText(ctx, after))) return null;
  return { cue: null, mention: m, rule: 'previous-sentence-subject', confidence: 0.5 };
}
