import { cueGroupStart, mentionBefore, SUBJECT_PRONOUNS } from '../../find-mention.js';
import { spanOf, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

// He slammed the rivals for “taking their squabbles into the global arena”: no report verb, the subject speaks.
export const sentenceSubject: DirectRule = (ctx, c) => {
  if (!c.partial) return null;
  // "The plan drew fire; one lawmaker called it “…”": the clause after a semicolon has its own subject
  const semi = ctx.text.lastIndexOf(';', c.quote.open);
  const first = tokenIndexAt(ctx.tokens, semi >= c.preStart ? semi + 1 : c.preStart);
  for (let v = tokenIndexAt(ctx.tokens, c.quote.open) - 1; v > first; v--) {
    const t = ctx.tokens[v];
    if (t?.pos !== 'VERB' || /ing$/i.test(tokenText(ctx, v))) continue;
    if (tokenNorm(ctx, v - 1) === 'to') continue;
    const g = cueGroupStart(ctx, v, first);
    const m = mentionBefore(ctx, g, first);
    if (!m) continue;
    const personal = SUBJECT_PRONOUNS.has(m.text.toLowerCase()) && !/^(?:it|you)$/i.test(m.text);
    if (!personal && !/^\p{Lu}/u.test(m.text) && !/^the\s/i.test(m.text)) continue;
    if (/^(?:The|This|That|It|There)$/.test(m.text)) continue;
    return { cue: spanOf(ctx, t.start, t.end), mention: m, rule: 'sentence-subject', confidence: 0.55 };
  }
  return null;
};
