import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt } from '../quote-context.js';

// double marks only: "Trump’s" holds an apostrophe, not a quote
const MARKS = /["“”«»„]|''/;

/**
 * PolNeAR's source keeps the appositive that describes the speaker: "Ann Lee, an analyst at Brightwater,"
 * before the cue, or "said Ann Lee, an analyst at Brightwater." after it. Null when there is none.
 */
// Ann Lee, an analyst at Brightwater, said … → source "Ann Lee, an analyst at Brightwater,"
export function widenSourceAppositive(ctx: QuoteContext, q: Quote): Quote | null {
  const m = q.mention;
  const cue = q.cue;
  if (!m || !cue) return null;
  if (m.end <= cue.start) {
    const between = ctx.text.slice(m.end, cue.start);
    if (!/^\s*(?:\([^)]*\))?,\s.*,\s*$/s.test(between) || between.length > 160) return null;
    if (MARKS.test(between) || /[.!?;]\s|\n/.test(between)) return null;
    const end = cue.start - (between.length - between.trimEnd().length);
    return { ...q, mention: { start: m.start, end, text: ctx.text.slice(m.start, end) } };
  }
  const s = sentenceAt(ctx, m.start);
  if (!s || m.start < cue.end) return null;
  // "…,” said Ann Lee, an analyst at Brightwater.
  let end = s.end;
  while (end > m.end && /[\s.]/.test(ctx.text[end - 1] ?? '')) end--;
  const after = ctx.text.slice(m.end, end);
  if (!/^,\s/.test(after) || after.length > 160 || MARKS.test(after) || /\n/.test(after)) return null;
  if (q.end > m.start && q.start < end) return null;
  return { ...q, mention: { start: m.start, end, text: ctx.text.slice(m.start, end) } };
}
