import type { Paragraph, Quote, TextSpan } from '../../types.js';
import { newQuote } from '../new-quote.js';
import type { QuoteContext } from '../quote-context.js';

// "Ann Lee: Rates Will Rise", "POLL: …", "LEE: Well, look, …" (a transcript turn, maybe opening with a mark)
const COLON_LEAD =
  /^(["“]?)((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the|and|de|van)){0,4}):\s+(?=\S)/u;
const NOT_SOURCE =
  /^(?:Correction|Clarification|Corrections|Update|Updated|Note|Editor|Watch|Video|Photos?|Live|Breaking|Exclusive|Related|Read|Source|Sources|Q|A|By|Tags?|Subject|Date)$/i;

const span = (ctx: QuoteContext, start: number, end: number): TextSpan => ({
  start,
  end,
  text: ctx.text.slice(start, end),
});

/**
 * PolNeAR's colon attribution: a paragraph that opens with a short name and a colon (a headline or a
 * transcript turn) reports what follows, up to the paragraph's end. Null when the lead is no name.
 */
// Ann Lee: Rates Will Rise in Spring → source "Ann Lee", cue ":", content "Rates Will Rise in Spring"
export function colonSource(ctx: QuoteContext, p: Paragraph): Quote | null {
  const m = COLON_LEAD.exec(ctx.text.slice(p.start, p.end));
  if (!m) return null;
  const name = m[2] ?? '';
  if (NOT_SOURCE.test(name) || /^\d/.test(name)) return null;
  const nameStart = p.start + (m[1]?.length ?? 0);
  const colon = nameStart + name.length;
  const start = p.start + m[0].length;
  let end = p.end;
  while (end > start && /[\s.”"]/.test(ctx.text[end - 1] ?? '')) end--;
  if (end - start < 8) return null;
  return newQuote({
    type: 'indirect',
    start,
    end,
    content: ctx.text.slice(start, end),
    cue: span(ctx, colon, colon + 1),
    mention: span(ctx, nameStart, colon),
    rule: 'quotes/polnear/colon-source',
    confidence: 0.5,
  });
}
