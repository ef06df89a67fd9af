import type { TextSpan } from '../../../types.js';
import { nounPhraseEndingAt, SUBJECT_PRONOUNS } from '../../find-mention.js';
import {
  isInsideQuoted,
  QUOTE_MARK,
  type QuoteContext,
  spanOf,
  tokenNorm,
  tokenText,
} from '../../quote-context.js';

const RELATIVE = /^(?:who|whose|whom|which)$/i;
// words a subject never is: "In July," "However," "The"
const NO_SUBJECT = /^(?:The|A|An|This|That|These|Those|It|There|Here|In|On|At|However|Meanwhile)$/;

/** Token `k` is a finite verb (not a participle "speaking", "based", nor one after "to"). */
function isFiniteVerb(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) return false;
  const w = tokenText(ctx, k);
  return !/(?:ing|ed|en)$/i.test(w) && tokenNorm(ctx, k - 1) !== 'to';
}

/** An aside set off by commas: a participle phrase, a relative clause, or words with no finite verb of their own
 * ("a title", "however", "in a statement", "54"). */
function isAside(ctx: QuoteContext, from: number, to: number): boolean {
  if (from > to) return false;
  const head = tokenText(ctx, from);
  const headTok = ctx.tokens[from];
  if (RELATIVE.test(head)) return true;
  if (headTok?.pos === 'VERB' && /^\p{Ll}+(?:ing|ed|en)$/u.test(head)) return true;
  for (let k = from; k <= to; k++) if (isFiniteVerb(ctx, k)) return false;
  return true;
}

/** An opening phrase before the subject: a preposition, adverb or subordinator and its words, no finite verb
 * before the comma ("In July,", "On Monday,", "In an interview with the Courier,", "Earlier this week,"). */
function isOpeningPhrase(ctx: QuoteContext, from: number, to: number): boolean {
  if (from > to || to - from > 12) return false;
  const pos = ctx.tokens[from]?.pos ?? '';
  if (!/^(?:ADP|ADV|SCONJ)$/.test(pos)) return false;
  for (let k = from; k <= to; k++) if (isFiniteVerb(ctx, k)) return false;
  return true;
}

/**
 * In July, Ann Tull, the bank's chief, told the Courier that …; An official, speaking on condition of anonymity,
 * said …; Sen. Ann Tull (D-Ore.), noting the crowd, said … — the subject opening the sentence (or following an
 * opening phrase) when only asides set off by commas stand between it and the cue group at token `g`; null
 * otherwise.
 */
export function subjectPastAsides(ctx: QuoteContext, g: number, first: number): TextSpan | null {
  if (tokenText(ctx, g - 1) !== ',' || g - 1 <= first) return null;
  // the commas between the sentence's start and the cue, none of them across a quote mark, colon or semicolon
  const commas: number[] = [];
  for (let k = first; k < g; k++) {
    const w = tokenText(ctx, k);
    const t = ctx.tokens[k];
    if (!t || isInsideQuoted(ctx, t.start)) return null;
    if (QUOTE_MARK.test(w) || /^[;:—–]$/.test(w) || w === '--') return null;
    if (w === ',') commas.push(k);
  }
  if (commas.length < 2 || g - first > 45) return null;
  // the subject opens the sentence, or follows one opening phrase
  // ("But Ann Tull, …": a conjunction before it)
  const open = ctx.tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  const starts = [open];
  const c0 = commas[0] ?? open;
  if (isOpeningPhrase(ctx, open, c0 - 1)) starts.push(c0 + 1);
  for (const s of starts) {
    const c = commas.find((x) => x > s);
    if (c === undefined || c === g - 1) continue;
    // "Sen. Ann Tull (D-Ore.)": a party tag after the name
    let end = c - 1;
    if (tokenText(ctx, end) === ')') {
      let o = end - 1;
      while (o > s && o > end - 8 && tokenText(ctx, o) !== '(') o--;
      if (tokenText(ctx, o) !== '(') continue;
      end = o - 1;
    }
    let np = nounPhraseEndingAt(ctx, end, s);
    // "The two lawmakers": an article before a number the phrase stopped at
    if (np && np.start === ctx.tokens[s + 1]?.start && ctx.tokens[s]?.pos === 'DET')
      np = spanOf(ctx, ctx.tokens[s]?.start ?? np.start, np.end);
    if (!np || np.start !== ctx.tokens[s]?.start) continue;
    const named = /^\p{Lu}/u.test(np.text) && !NO_SUBJECT.test(np.text);
    const described = /^(?:the|an?|one|two|three|several|some|many)\s/i.test(np.text);
    const pronoun = SUBJECT_PRONOUNS.has(np.text.toLowerCase()) && !/^(?:it|you|i|we)$/i.test(np.text);
    if (!named && !described && !pronoun) continue;
    // every stretch between the subject's comma and the cue's is an aside
    const chunks = commas.filter((x) => x >= c);
    let ok = true;
    for (let i = 0; i + 1 < chunks.length && ok; i++)
      ok = isAside(ctx, (chunks[i] ?? 0) + 1, (chunks[i + 1] ?? 0) - 1);
    if (!ok) continue;
    // (with its party tag, as the quote finder writes "Sen. Ann Tull (D-Ore.)")
    return spanOf(ctx, np.start, ctx.tokens[c - 1]?.end ?? np.end);
  }
  return null;
}

/**
 * Welch added that “…” / Hoover said: a lone capitalised word opening the sentence right before the cue group at
 * token `g`, which the tagger took for a verb or noun: a name, when the article writes it capitalised inside a
 * sentence too ("Rep. Peter Welch"); null otherwise.
 */
export function loneNameBeforeCue(ctx: QuoteContext, g: number, first: number): TextSpan | null {
  const k = g - 1;
  const open = ctx.tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  const t = ctx.tokens[k];
  if (!t || k !== open || !/^(?:VERB|NOUN|ADJ|PROPN)$/.test(t.pos)) return null;
  const w = tokenText(ctx, k);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || NO_SUBJECT.test(w)) return null;
  // the cue is a past or third-person form, which no verb before it could be followed by
  if (!/(?:ed|s|said|told|wrote)$/i.test(tokenText(ctx, g))) return null;
  const inside = new RegExp(`[\\p{Ll},][ \\t]+(?:\\p{Lu}\\p{L}*[ \\t]+)?${w}\\b`, 'u');
  return inside.test(ctx.text) ? spanOf(ctx, t.start, t.end) : null;
}

const PHRASE_START = /^(?:the|an?|one|another|two|three|several|some|many|most)$/i;

/** Tokens `from` to `to` are one noun phrase: nouns, adjectives, names, numbers, "and", an attributive participle
 * ("unaligned"), a preposition inside ("of the Institute"); no finite verb, no punctuation. */
function plainPhrase(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > 12 || to < from + 1) return false;
  for (let k = from + 1; k <= to; k++) {
    const t = ctx.tokens[k];
    const w = tokenText(ctx, k);
    if (!t) return false;
    if (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(t.pos) || /^(?:and|of|for|at|in|with)$/i.test(w)) continue;
    if (t.pos === 'VERB' && /^\p{Ll}+(?:ed|ing)$/u.test(w) && k < to) continue;
    if (/^['’]s$/.test(w)) continue;
    return false;
  }
  // the phrase ends on its head: a noun or a name
  return /^(?:NOUN|PROPN)$/.test(ctx.tokens[to]?.pos ?? '');
}

/**
 * “…,” the Ohio senator and Republican presidential candidate said. — a phrase with a determiner, made of nouns
 * and "and" only, between the start (the sentence's, or the quote's close) and the cue group at token `g`, which
 * the phrase finder stopped short of; null otherwise.
 */
export function wholePhraseBeforeCue(ctx: QuoteContext, g: number, first: number): TextSpan | null {
  const open = ctx.tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  if (!PHRASE_START.test(tokenText(ctx, open)) || !plainPhrase(ctx, open, g - 1)) return null;
  return spanOf(ctx, ctx.tokens[open]?.start ?? 0, ctx.tokens[g - 1]?.end ?? 0);
}

/**
 * “…,” said one unaligned Ohio Republican strategist. — after an inverted cue at token `i`, a phrase with a
 * determiner that the phrase finder stopped short of, up to the end of the sentence or a comma; null otherwise.
 */
export function wholePhraseAfterCue(ctx: QuoteContext, i: number, max: number): TextSpan | null {
  const from = i + 1;
  if (!PHRASE_START.test(tokenText(ctx, from))) return null;
  let to = from;
  while ((ctx.tokens[to + 1]?.end ?? Infinity) <= max && !/^[,.;:!?]$/.test(tokenText(ctx, to + 1))) to++;
  if (!plainPhrase(ctx, from, to)) return null;
  return spanOf(ctx, ctx.tokens[from]?.start ?? 0, ctx.tokens[to]?.end ?? 0);
}
