import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt } from '../quote-context.js';

// double marks only: "Trump’s" holds an apostrophe, not a quote
const MARKS = /["“”«»„]|''/;
const EDGE_BEFORE = /^[\s,:;—–-]*(?:that\b)?[\s,]*/i;

/**
 * PolNeAR's content of a partial direct quote is the whole clause it sits in: after a cue that comes before
 * it, up to the sentence end; or from the sentence start up to a cue that follows it. Null for a quote that is
 * the whole sentence, one with no cue, or when other quoted words share the stretch.
 */
// Ann Lee said the plan was “dead on arrival” in the Senate. / A rise in fees “would hurt us,” Ann Lee said.
export function widenPartialQuote(ctx: QuoteContext, q: Quote): Quote | null {
  if (q.type !== 'direct' || !q.cue) return null;
  const s = sentenceAt(ctx, q.start);
  if (!s) return null;
  const open = q.start - 1;
  const close = q.end + 1;
  const cueFirst = Math.min(q.cue.start, q.mention?.start ?? q.cue.start);
  const cueLast = Math.max(q.cue.end, q.mention?.end ?? q.cue.end);
  if (q.partial && q.cue.end <= open && q.cue.start >= s.start) {
    // cue before: from after the cue (and "that") to the sentence end
    const between = ctx.text.slice(cueLast, open);
    if (!/\p{L}/u.test(between.replace(EDGE_BEFORE, '')) && !/\p{L}/u.test(ctx.text.slice(close, s.end)))
      return null;
    if (MARKS.test(between)) return null;
    let start = cueLast + (between.match(EDGE_BEFORE)?.[0].length ?? 0);
    // "mocked the complaint, saying anybody who …": the clause starts after the last report word
    const inner = [...between.matchAll(/\b(?:saying|says|said|say|that)\b[\s,]*/gi)].pop();
    if (inner && /\p{L}/u.test(between.slice(0, inner.index ?? 0)))
      start = cueLast + (inner.index ?? 0) + inner[0].length;
    let end = s.end;
    while (end > close && /[\s.!?]/.test(ctx.text[end - 1] ?? '')) end--;
    if (MARKS.test(ctx.text.slice(close, end))) end = q.end;
    if (start >= q.start && end <= q.end) return null;
    return widened(ctx, q, Math.min(start, q.start), Math.max(end, q.end));
  }
  if (cueFirst >= close && q.cue.end <= s.end) {
    // cue after: from the sentence start to the cue
    const lead = ctx.text.slice(s.start, open);
    if (!/\p{L}/u.test(lead) && !/\p{L}/u.test(ctx.text.slice(close, cueFirst).replace(/^[\s,]+/, '')))
      return null;
    if (MARKS.test(lead) || MARKS.test(ctx.text.slice(close, cueFirst))) return null;
    let start = s.start;
    while (start < open && /\s/.test(ctx.text[start] ?? '')) start++;
    let end = cueFirst;
    while (end > close && /[\s,]/.test(ctx.text[end - 1] ?? '')) end--;
    return widened(ctx, q, start, Math.max(end, q.end));
  }
  return null;
}

function widened(ctx: QuoteContext, q: Quote, start: number, end: number): Quote {
  return {
    ...q,
    start,
    end,
    content: ctx.text.slice(start, end),
    rule: `${q.rule}+quotes/polnear/widen-partial-quote`,
  };
}
