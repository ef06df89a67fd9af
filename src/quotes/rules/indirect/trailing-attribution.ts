import type { QuoteContext } from '../../quote-context.js';
import { trimClauseEnd } from './clause-helpers.js';
import type { IndirectFinding } from './types.js';

// "…had said the rules were unfair, said Mr Lund", "…trying to kill them,” Orr said": the content runs into another
// speaker's attribution at its end
const ATTRIBUTION =
  /(?:,["”’]?|["”’])\s+(?:(?:said|says)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:said|says))$/u;
const SAID = /\bsa(?:id|ys)\b/;
// what the words before it end on when they are no clause of their own ("… more seriously because,")
const OPEN_END = /\b(?:because|that|and|but|or|as|if|while|when)$/i;

/**
 * The end of the finding's content once another speaker's attribution at its end is left out; -1 when what is left
 * is no report (the words of a direct quote: a closing mark with no opening one; or a clause left open); null when
 * the content ends with no attribution.
 */
export function trailingAttribution(ctx: QuoteContext, f: IndirectFinding): number | null {
  // (only the content's last words are read: most end with no "said")
  const from = Math.max(f.start, f.end - 80);
  if (!SAID.test(ctx.text.slice(from, f.end))) return null;
  const content = ctx.text.slice(f.start, f.end);
  const m = ATTRIBUTION.exec(content);
  if (!m) return null;
  const before = content.slice(0, m.index);
  const opens = (before.match(/[“"]/g) ?? []).length;
  const closes = (before.match(/[”"]/g) ?? []).length + (/^,?["”]/.test(m[0]) ? 1 : 0);
  if (closes > opens || OPEN_END.test(before.trim())) return -1;
  const end = trimClauseEnd(ctx, f.start, f.start + m.index);
  return end > f.start ? end : -1;
}
