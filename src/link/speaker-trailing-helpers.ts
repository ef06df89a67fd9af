import { type QuoteContext, textContext, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, TextSpan } from '../types.js';

/** The words after a direct quote's closing mark that may attribute it. */
export interface QuoteTail {
  ctx: QuoteContext;
  /** The quote's last punctuation before its closing mark ("," "." "?" "!"), or "" for none. */
  closing: string;
  /** Offset right after the closing mark(s). */
  from: number;
  /** Index of the first token at or after `from`. */
  first: number;
  /** End of the tail: the end of its sentence, its paragraph, or the next opening quote mark. */
  end: number;
  /** The tail is the sentence that follows the quote's own ("“…missing.” Ann Lee said."). */
  nextSentence: boolean;
}

const CLOSING_MARKS = /^["”’'»]+/;
const NEXT_OPENING = /[“«„]|(?:^|\s)["'‘]/;

/** The quote's tail: what follows its closing mark in the same sentence, or in the next when the quote ends one. */
export function quoteTail(text: string, seg: Segmentation, quote: Quote): QuoteTail | null {
  const marks = CLOSING_MARKS.exec(text.slice(quote.end, quote.end + 4));
  if (!marks) return null;
  const from = quote.end + marks[0].length;
  const content = text.slice(quote.start, quote.end).replace(/["”’'»\s]+$/, '');
  const closing = /[,.?!;:—–-]$/.test(content) ? content.slice(-1) : '';
  const at = from + (/^\s*/.exec(text.slice(from, from + 40))?.[0].length ?? 0);
  const here = seg.sentences[rangeIndexHolding(seg.sentences, at)];
  const own = seg.sentences[rangeIndexHolding(seg.sentences, quote.end - 1)];
  if (!here || !own || here.paragraph !== own.paragraph) return null;
  let end = here.end;
  // "Sen. Ann Tull (D-N.Y.) said": a sentence the segmenter ended inside a parenthesis goes on in the next
  const after = seg.sentences[here.index + 1];
  if (/\([^)]*$/.test(text.slice(from, end)) && after && after.paragraph === here.paragraph) end = after.end;
  const next = NEXT_OPENING.exec(text.slice(from, end));
  if (next) end = from + next.index;
  if (end <= at) return null;
  const ctx = textContext(text, seg);
  return { ctx, closing, from, first: tokenIndexAt(seg.tokens, from), end, nextSentence: here !== own };
}

/** Index of the first token starting at or after offset `at`. */
export const tokenAfter = (ctx: QuoteContext, at: number): number => tokenIndexAt(ctx.tokens, at);

/** A lower-case verb (not a participle): "fumed", "shot", "is". */
export function isFiniteVerb(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const w = tokenText(ctx, i);
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(w) && !/ing$/.test(w);
}

/**
 * A verb right after a quote's attribution subject, whatever the tagger says of a rarer one ("Ann Tull fumed.",
 * "she quipped", "he mocks"): a finite verb, or a lower-case word in -ed or -s tagged as an adjective or noun.
 */
export function isAttributingVerb(ctx: QuoteContext, i: number): boolean {
  if (isFiniteVerb(ctx, i)) return true;
  const t = ctx.tokens[i];
  return !!t && /^(?:ADJ|NOUN)$/.test(t.pos) && /^\p{Ll}{3,}(?:ed|s)$/u.test(tokenText(ctx, i));
}

/** The last token of the verb group opening at `i` ("shot back", "is quoted", "can be heard", "went on"). */
export function verbGroupEnd(ctx: QuoteContext, i: number, end: number): number {
  let k = i;
  while ((ctx.tokens[k + 1]?.end ?? Infinity) <= end) {
    const w = tokenText(ctx, k + 1);
    const particle =
      /^(?:back|out|up)$/.test(w) || (w === 'on' && /^(?:went|goes|go|carried)$/.test(tokenText(ctx, k)));
    if (!particle && !/^(?:VERB|AUX)$/.test(ctx.tokens[k + 1]?.pos ?? '')) break;
    k++;
  }
  return k;
}

export const span = (text: string, start: number, end: number): TextSpan => ({
  start,
  end,
  text: text.slice(start, end),
});

/** Only closing punctuation and quote marks are left between `at` and `end`. */
export const endsHere = (text: string, at: number, end: number) => /^[\s.!?"”’']*$/.test(text.slice(at, end));

/** What opens a direct quote's sentence before its opening mark ("According to Radio Nord: “…”"): the mark's
 * offset, the sentence and the text between them; null when the quote has no mark or sentence. */
export function leadBeforeMark(
  text: string,
  seg: Segmentation,
  quote: Quote,
): { markAt: number; sentence: { start: number; end: number }; lead: string } | null {
  if (quote.type !== 'direct') return null;
  const open = /["“«‘'`]+\s*$/.exec(text.slice(Math.max(0, quote.start - 3), quote.start));
  if (!open) return null;
  const markAt = quote.start - open[0].length;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, markAt - 1)];
  if (!sentence) return null;
  return { markAt, sentence, lead: text.slice(sentence.start, markAt) };
}
