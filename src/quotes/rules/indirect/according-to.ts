import type { Sentence } from '../../../types.js';
import { withPostmodifier } from '../../descriptor-postmodifier.js';
import { mentionAfter } from '../../find-mention.js';
import { isInsideQuoted, type QuoteContext, spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { hasVerb, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import type { IndirectFinding } from './types.js';

// "according to figures released by …": the tagger may read "figures" as a verb; take the words up to a break
function wordsUntilBreak(ctx: QuoteContext, k: number, end: number) {
  const first = ctx.tokens[k];
  let last = k;
  while (
    last - k < 5 &&
    (ctx.tokens[last + 1]?.start ?? end) < end &&
    /^[\p{L}\p{N}'’-]+$/u.test(tokenText(ctx, last + 1)) &&
    !/^(?:by|from|of|in|on|at|,)$/i.test(tokenText(ctx, last + 1))
  )
    last++;
  const t = ctx.tokens[last];
  return first && t ? spanOf(ctx, first.start, t.end) : null;
}

// According to the ministry, exports fell. / Exports fell, according to the ministry.
export function accordingTo(ctx: QuoteContext, s: Sentence): IndirectFinding[] {
  const out: IndirectFinding[] = [];
  const first = tokenIndexAt(ctx.tokens, s.start);
  for (let i = first; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? s.end) < s.end; i++) {
    const a = ctx.tokens[i];
    // (the token's lower-cased text first: most tokens are not "according", and are not sliced)
    if (
      a?.norm !== 'according' ||
      tokenText(ctx, i).toLowerCase() !== 'according' ||
      tokenText(ctx, i + 1).toLowerCase() !== 'to'
    )
      continue;
    if (isInsideQuoted(ctx, a.start)) continue;
    let mention = mentionAfter(ctx, i + 2, s.end) ?? wordsUntilBreak(ctx, i + 2, s.end);
    if (!mention) continue;
    // "according to figures released by Chart-Track", "a statement from the mayor's office": the source behind the document
    let k = tokenIndexAt(ctx.tokens, mention.end);
    if (ctx.tokens[k]?.pos === 'VERB' && /ed$/i.test(tokenText(ctx, k))) k++;
    if (/^(?:by|from|of)$/i.test(tokenText(ctx, k))) {
      const behind = mentionAfter(ctx, k + 1, s.end);
      if (behind && !/^(?:the|a|an)\s+(?:year|month|week|day)/i.test(behind.text)) mention = behind;
    }
    // "according to an official who spoke on condition of anonymity."
    else mention = withPostmodifier(ctx, mention, s.end);
    const cue = spanOf(ctx, a.start, ctx.tokens[i + 1]?.end ?? a.end);
    const lead = ctx.text.slice(s.start, a.start);
    let start: number;
    let end: number;
    // "…, but, according to his agent, he had …": after a conjunction the report is what follows
    const leadsIn =
      !/[\p{L}\p{N}]/u.test(lead) ||
      (/^[^,]*,\s*$/.test(lead) && wordCount(ctx, s.start, a.start) <= 3) ||
      /\b(?:but|and|yet|so|while|although|though)\s*,?\s*$/i.test(lead) ||
      // "On Sunday in Oslo, Norway, according to witnesses, a man …": a lead of adjuncts only has no clause
      (/,\s*$/.test(lead) && !hasVerb(ctx, first, a.start));
    if (leadsIn) {
      let comma = ctx.text.indexOf(',', mention.end);
      if (comma < 0 || comma >= s.end) continue;
      // "According to Professor Ann Lee, who chairs the panel, students …": a relative clause on the source is
      // not the report
      if (/^\s*(?:who|whom|whose|which)\b/i.test(ctx.text.slice(comma + 1, s.end))) {
        comma = ctx.text.indexOf(',', comma + 1);
        if (comma < 0 || comma >= s.end) continue;
      }
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
