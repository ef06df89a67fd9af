import type { Sentence } from '../../../types.js';
import { mentionAfter } from '../../find-mention.js';
import { isInsideQuoted, type QuoteContext, spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { hasVerb, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import type { IndirectFinding } from './types.js';

// According to the ministry, exports fell. / Exports fell, according to the ministry.
export function accordingTo(ctx: QuoteContext, s: Sentence): IndirectFinding[] {
  const out: IndirectFinding[] = [];
  const first = tokenIndexAt(ctx.tokens, s.start);
  for (let i = first; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? s.end) < s.end; i++) {
    const a = ctx.tokens[i];
    if (!a || tokenText(ctx, i).toLowerCase() !== 'according' || tokenText(ctx, i + 1).toLowerCase() !== 'to')
      continue;
    if (isInsideQuoted(ctx, a.start)) continue;
    const mention = mentionAfter(ctx, i + 2, s.end);
    if (!mention) continue;
    const cue = spanOf(ctx, a.start, ctx.tokens[i + 1]?.end ?? a.end);
    const lead = ctx.text.slice(s.start, a.start);
    let start: number;
    let end: number;
    if (!/[\p{L}\p{N}]/u.test(lead) || (/^[^,]*,\s*$/.test(lead) && wordCount(ctx, s.start, a.start) <= 3)) {
      const comma = ctx.text.indexOf(',', mention.end);
      if (comma < 0 || comma >= s.end) continue;
      start = trimClauseStart(ctx, comma + 1, s.end);
      end = trimClauseEnd(ctx, start, s.end);
    } else {
      start = trimClauseStart(ctx, s.start, a.start);
      end = trimClauseEnd(ctx, start, a.start);
    }
    if (wordCount(ctx, start, end) < 3 || !hasVerb(ctx, tokenIndexAt(ctx.tokens, start), end)) continue;
    out.push({ start, end, cue, mention, rule: 'according-to', confidence: 0.8, passive: false });
  }
  return out;
}
