import { isCueToken } from '../../cue-tokens.js';
import { type QuoteContext, tokenNorm, tokenText } from '../../quote-context.js';
import type { ReportCue } from './types.js';

const NEGATION = /^(?:not|n['’]t|never)$/i;

/**
 * "did not say he had ordered it", "has never said she would", "haven't said much", "didn't come out and say
 * …", "neither Ann nor Ola said …": a report denied of its speaker states nothing (not "not only said").
 */
export function isNegatedCue(ctx: QuoteContext, r: ReportCue): boolean {
  for (let k = r.group; k < r.cue; k++)
    if (NEGATION.test(tokenText(ctx, k)) && !/^only$/i.test(tokenText(ctx, k + 1))) return true;
  const before = tokenNorm(ctx, r.group - 1);
  // a verb coordinated with a negated one: "didn't come out and say"
  // (not "said the law would not be changed and argued …": a negation inside an earlier report's clause)
  if (before === 'and' || before === 'or') {
    for (let k = r.group - 2; k >= r.first && k >= r.group - 5; k--) {
      const w = tokenText(ctx, k);
      if (/^[,;:]$/.test(w)) break;
      if (
        NEGATION.test(w) &&
        /^(?:do|does|did|would|will|could|can|has|have|had|should|wo|ca)$/i.test(tokenText(ctx, k - 1)) &&
        ctx.tokens[k + 1]?.pos === 'VERB'
      ) {
        for (let c = r.first; c < k; c++) if (isCueToken(ctx, c, 'speech')) return false;
        return true;
      }
    }
  }
  // "neither Ann nor Ola said …", "nobody said …"
  const m = r.mention;
  if (m && /^(?:neither|nobody|no one|none)\b/i.test(m.text)) return true;
  if (m && /\bnor\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start))) return true;
  // "Nor did they note …"
  if (
    m &&
    /\b(?:nor|neither)\s+(?:did|does|do|has|have|had|would|will|could|can)\s+$/i.test(
      ctx.text.slice(Math.max(0, m.start - 16), m.start),
    )
  )
    return true;
  return false;
}
