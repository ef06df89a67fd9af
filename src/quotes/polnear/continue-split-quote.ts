import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt } from '../quote-context.js';

/**
 * A quotation that goes on after its attribution ("“A,” Ann Lee said, pointing to the pier. “B.”") is one
 * report in two parts: a quoted part with no cue of its own sentence, right after a part whose cue follows it,
 * takes that part's cue and source when the cue it took lies in the attribution's sentence or it has none; and
 * two parts of one report are direct only when both are (PolNeAR writes them as one relation). Returns the
 * quotes, in text order.
 */
// “The pier is closed,” Ann Lee said, pointing to the gate. “It opens in May.” → one report, cue "said"
export function continueSplitQuotes(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const out = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentence = (at: number) => sentenceAt(ctx, at)?.index ?? -1;
  for (let i = 1; i < out.length; i++) {
    const p = out[i - 1] as Quote;
    const q = out[i] as Quote;
    if (!p.cue || p.cue.start < p.end || p.cue.end > q.start) continue;
    const sameReport = (a: Quote['cue'], b: Quote['cue']) =>
      !!a && !!b && a.start === b.start && a.end === b.end;
    let next = q;
    if (
      q.type === 'direct' &&
      !sameReport(q.cue, p.cue) &&
      (!q.cue || sentence(q.cue.start) === sentence(p.cue.start)) &&
      sentence(q.start) !== sentence(p.cue.start)
    )
      next = { ...q, cue: p.cue, mention: p.mention };
    if (
      sameReport(next.cue, p.cue) &&
      sameMention(next, p) &&
      next.type !== p.type &&
      opensQuotation(ctx.text, next.start) &&
      holdsQuotation(ctx.text, p)
    ) {
      out[i - 1] = { ...p, type: 'indirect' };
      next = { ...next, type: 'indirect' };
    }
    out[i] = next;
  }
  return out;
}

function sameMention(a: Quote, b: Quote): boolean {
  if (!a.mention || !b.mention) return !a.mention && !b.mention;
  return a.mention.start === b.mention.start && a.mention.end === b.mention.end;
}

const OPEN = /(?:[“"«]|'')\s*$/;
const MARK = /[“”"«»]|''/;

/** Whether a quotation mark opens right before the offset ("… said. “It opens …"). */
function opensQuotation(text: string, at: number): boolean {
  return OPEN.test(text.slice(Math.max(0, at - 3), at));
}

/** Whether the quote is direct or quotes words inside it or at its edges ("are “not enough,” …"). */
function holdsQuotation(text: string, q: Quote): boolean {
  return q.type === 'direct' || MARK.test(text.slice(Math.max(0, q.start - 2), q.end + 2));
}
