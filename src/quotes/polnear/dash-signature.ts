import type { Quote, TextSpan } from '../../types.js';
import { newQuote } from '../new-quote.js';
import type { QuoteContext } from '../quote-context.js';

// a line that is a quotation signed after a dash: “…” ― Name  (the name may close with a full stop)
const SIGNED_LINE =
  /^([^\S\n]*["“”])([^\n]*?\S)(["”][^\S\n]*)([―—–])[^\S\n]*(\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*){0,3})[^\S\n]*$/gmu;

const span = (ctx: QuoteContext, start: number, end: number): TextSpan => ({
  start,
  end,
  text: ctx.text.slice(start, end),
});

/**
 * PolNeAR's signed quotation: a line holding only a quotation and, after a dash, the name of the one who wrote
 * or said it (readers' answers, epigraphs). Source the name, cue the dash, content the quotation.
 */
// “The ferry should run all winter.” ― Oskar Lind → source "Oskar Lind", cue "―", content "The ferry …"
export function findDashSignatures(ctx: QuoteContext): Quote[] {
  const out: Quote[] = [];
  for (const m of ctx.text.matchAll(SIGNED_LINE)) {
    const at = m.index ?? 0;
    const start = at + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0);
    const dash = end + (m[3]?.length ?? 0);
    let name = m[5] ?? '';
    name = name.replace(/\.$/, '');
    const nameStart = at + m[0].indexOf(name, dash - at + 1);
    if (end - start < 8 || name.length < 2) continue;
    out.push(
      newQuote({
        type: 'direct',
        start,
        end,
        content: ctx.text.slice(start, end),
        cue: span(ctx, dash, dash + 1),
        mention: span(ctx, nameStart, nameStart + name.length),
        rule: 'quotes/polnear/dash-signature',
        confidence: 0.6,
      }),
    );
  }
  return out;
}
