import type { TextSpan } from '../types.js';
import type { QuoteSpan } from './find-quote-marks.js';
import { QUOTE_MARK, type QuoteContext } from './quote-context.js';

/**
 * The context the indirect rules read when the text names works or shows in quote marks: the marks of those
 * names are no tokens there, so the name reads as a name ("Ann Roe, host of WXYZ’s “Morning Run,” said …",
 * "Roe told WXYZ’s “Face the Day” that …", "said on “Face the Day” Sunday that …"). The quoted ranges leave them
 * out too. Offsets are unchanged: every kept token still points into the same text.
 */
export function withoutTitleMarks(ctx: QuoteContext, titles: QuoteSpan[]): QuoteContext {
  if (!titles.length) return ctx;
  const marks: [number, number][] = [];
  for (const t of titles) {
    // (a doubled apostrophe, '', is two tokens and its span opens at the second)
    marks.push([ctx.text[t.open - 1] === "'" && ctx.text[t.open] === "'" ? t.open - 1 : t.open, t.start]);
    if (t.close !== null) marks.push([t.end, t.close + 1]);
  }
  const isMark = (s: number, e: number, w: string) =>
    (QUOTE_MARK.test(w) || w === "''") && marks.some(([a, b]) => s >= a && e <= b);
  const tokens = ctx.tokens.filter((t) => !isMark(t.start, t.end, ctx.text.slice(t.start, t.end)));
  const opens = new Set(titles.map((t) => t.open));
  return { ...ctx, tokens, quoted: ctx.quoted.filter((q) => !opens.has(q.start)) };
}

/**
 * A span read in that context that stops inside a show's name, or at its last word, runs on over the closing
 * mark ("told NBC’s “Face the Day”", not "told NBC’s “Face"); other spans are returned as they are.
 */
export function overShowNames(text: string, span: TextSpan | null, titles: QuoteSpan[]): TextSpan | null {
  if (!span) return span;
  const t = titles.find(
    (x) => x.close !== null && span.start < x.open && span.end > x.open && span.end <= x.end,
  );
  if (!t || t.close === null) return span;
  return { start: span.start, end: t.close + 1, text: text.slice(span.start, t.close + 1) };
}
