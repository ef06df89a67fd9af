import type { Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';
import { isSourcelessCue } from './subject-of-sourceless-cue.js';

const RELATIVE = /^\s*(?:which|what|who|whom|that)\b/i;

type Span = { start: number; end: number };
const same = (a: Span | null, b: Span | null) =>
  (!a && !b) || (!!a && !!b && a.start === b.start && a.end === b.end);

/** Whether two parts this far apart read as one report: one clause, or the sentences of one paragraph. */
const oneReport = (gap: string) =>
  !/[.!?;:\n]/.test(gap) || (gap.length <= 300 && !/\n/.test(gap) && !/["“”«»]|''/.test(gap));

/** The words of the cue's tokens ("don't seem" → do, n't, seem). */
function cueWords(ctx: QuoteContext, cue: Span): string[] {
  return ctx.tokens
    .filter((t) => t.start >= cue.start && t.end <= cue.end)
    .map((t) => ctx.text.slice(t.start, t.end));
}

/**
 * Two tagged parts of one relation round its cue (the same cue and source, the same type, in one paragraph, no
 * quotation mark between them when a sentence ends there), with a cue that is no raising verb or passive: the part before the cue is not the report's, and goes
 * ("Critics mocked the plan, calling it a waste" → "it a waste"; "Asked about the pier, Ann Lee said it was
 * safe" → "it was safe"). PolNeAR writes a content in two parts round its cue only round an interjected
 * attribution ("A, Ann Lee said, B", "“A,” she said, “B”", "which she said B") or round a raising verb or passive
 * ("The ferry is expected to be late"); PolNeAR train: 95 more contents exact, source and cue unchanged. Returns
 * the quotes kept, in their order.
 */
// Critics mocked the pier, calling it a waste of money. → "it a waste of money", cue "calling"
export function dropPartBeforeCue(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const dropped = new Set<Quote>();
  for (const first of quotes) {
    const cue = first.cue;
    if (!cue || first.end > cue.start) continue;
    const second = quotes.find(
      (q) =>
        q !== first &&
        q.type === first.type &&
        same(q.cue, cue) &&
        same(q.mention, first.mention) &&
        q.start >= cue.end &&
        oneReport(ctx.text.slice(first.end, q.start)),
    );
    if (!second) continue;
    if (isSourcelessCue(cueWords(ctx, cue))) continue;
    // the source between the parts: one report round an interjected attribution ("A, Ann Lee said, B", "“A,”
    // she said, “B”", "which she said B"), not round a lead ("Asked about the pier, Ann Lee said B")
    const m = first.mention;
    const gap = ctx.text.slice(first.end, second.start);
    if (
      m &&
      m.start >= first.end &&
      m.end <= second.start &&
      (/["“”]|''/.test(gap) || /,\s*$/.test(gap) || RELATIVE.test(first.content))
    )
      continue;
    dropped.add(first);
  }
  return dropped.size ? quotes.filter((q) => !dropped.has(q)) : quotes;
}
