import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt } from '../quote-context.js';

/**
 * PolNeAR's content of a report split by its cue runs on after it: "A, Ann Lee said, since B." is one
 * relation whose content is A and B. The second part, as a quote with the same cue and source (the evaluator
 * joins the two, as PolNeAR writes them). Null when the sentence ends at the cue.
 */
// Rates will rise, Ann Lee said, because costs are up. → second part "because costs are up"
export function remainderAfterCue(ctx: QuoteContext, q: Quote): Quote | null {
  if (!q.cue || q.cue.start < q.end) return null;
  const s = sentenceAt(ctx, q.start);
  if (!s || q.cue.end > s.end) return null;
  const after = Math.max(q.cue.end, q.mention?.end ?? 0);
  const m = /^,\s+(?=\S)/.exec(ctx.text.slice(after, s.end));
  if (!m) return null;
  const start = after + m[0].length;
  let end = s.end;
  while (end > start && /[\s.!?]/.test(ctx.text[end - 1] ?? '')) end--;
  const rest = ctx.text.slice(start, end);
  // another report or a quote of its own is no continuation
  if ((rest.match(/\p{L}+/gu) ?? []).length < 3 || /["“”]|''/.test(rest)) return null;
  if (/^(?:saying|adding|according|who|which|and|but)\b/i.test(rest)) return null;
  return {
    ...q,
    id: '',
    start,
    end,
    content: rest,
    partial: false,
    rule: `${q.rule}+quotes/polnear/remainder-after-cue`,
  };
}
