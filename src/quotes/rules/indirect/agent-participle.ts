import { tokenNorm, tokenText } from '../../quote-context.js';
import type { IndirectRule } from './types.js';

// "…, said analysts polled by the Gazette." / "…, said economists surveyed by Norland Bank.": a past participle
// with its agent right after the source is the source's description (a reduced relative), not a verb of its own.
export function isAgentParticiple(ctx: Parameters<IndirectRule>[0], i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.pos !== 'VERB' || !/\p{Ll}(?:ed|en)$/u.test(tokenText(ctx, i))) return false;
  if (tokenNorm(ctx, i + 1) !== 'by') return false;
  // the participle follows the source's noun
  return /^(?:NOUN|PROPN)$/.test(ctx.tokens[i - 1]?.pos ?? '');
}
