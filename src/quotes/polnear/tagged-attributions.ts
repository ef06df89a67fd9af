import type { Quote, TextSpan } from '../../types.js';
import { newQuote } from '../new-quote.js';
import { isInsideQuoted, type QuoteContext } from '../quote-context.js';
import { TAGS } from './span-tagger-model.js';

/** A run of tokens [from, to) one role: source S, cue C, content T. */
export interface TaggedSpan {
  role: 'S' | 'C' | 'T';
  from: number;
  to: number;
}

/** The spans of a tag sequence (indices into TAGS) over tokens offset + 0 … */
export function spansFromTags(tags: ArrayLike<number>, offset = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i] as number] ?? 'O';
    if (tag === 'O') continue;
    const role = tag.slice(2) as TaggedSpan['role'];
    const last = out[out.length - 1];
    if (tag.startsWith('I-') && last && last.role === role && last.to === offset + i) last.to++;
    else out.push({ role, from: offset + i, to: offset + i + 1 });
  }
  return out;
}

const gap = (a: TaggedSpan, b: TaggedSpan) => (a.to <= b.from ? b.from - a.to : a.from - b.to);

/**
 * The nearest span of a role to `to`, counting tokens between them; one in another sentence counts 25 more,
 * one in another paragraph is not taken.
 */
function nearest(ctx: QuoteContext, spans: TaggedSpan[], role: TaggedSpan['role'], to: TaggedSpan) {
  const sentence = (i: number) => ctx.tokens[i]?.sentence ?? -1;
  let best: TaggedSpan | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const s of spans) {
    if (s.role !== role) continue;
    const sameSentence =
      sentence(s.from) === sentence(to.from) ||
      sentence(s.from) === sentence(to.to - 1) ||
      sentence(s.to - 1) === sentence(to.from);
    const cost = gap(s, to) + (sameSentence ? 0 : 25);
    if (cost < bestCost) {
      best = s;
      bestCost = cost;
    }
  }
  return best;
}

function textSpan(ctx: QuoteContext, s: TaggedSpan | null): TextSpan | null {
  if (!s) return null;
  const start = ctx.tokens[s.from]?.start ?? 0;
  const end = ctx.tokens[s.to - 1]?.end ?? start;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * Quotes from the tagged spans of one paragraph: each content with the nearest cue and the source nearest that
 * cue ("“A,” she said, “B.”": both parts share cue and source, and are scored as one relation).
 */
export function taggedAttributions(ctx: QuoteContext, spans: TaggedSpan[]): Quote[] {
  const out: Quote[] = [];
  for (const c of spans) {
    if (c.role !== 'T') continue;
    const cue = nearest(ctx, spans, 'C', c);
    const source = nearest(ctx, spans, 'S', cue ?? c);
    const span = textSpan(ctx, c) as TextSpan;
    const direct = isInsideQuoted(ctx, span.start) && isInsideQuoted(ctx, Math.max(span.start, span.end - 1));
    out.push(
      newQuote({
        type: direct ? 'direct' : 'indirect',
        start: span.start,
        end: span.end,
        content: span.text,
        cue: textSpan(ctx, cue),
        mention: textSpan(ctx, source),
        rule: 'quotes/polnear/span-tagger',
        confidence: 0.6,
      }),
    );
  }
  return out;
}
