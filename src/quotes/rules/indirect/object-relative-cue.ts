import { tokenIndexAt, tokenText } from '../../quote-context.js';
import type { IndirectRule, ReportCue } from './types.js';

/**
 * "…, which the board announced on Friday, Ann Lee said it was …" / "a rise, which Norland has urged for months,
 * Lee declined …": a cue whose subject follows "which" or "whom" has the relative pronoun as its object, so what
 * follows the comma that closes the relative clause (before the first verb of the would-be content, from offset `start`) is not its report.
 * (Not "in which he said he had won", nor "which he said the board must address", a report with a gap, nor
 * "over which approach is best".)
 */
export function isObjectRelativeCue(ctx: Parameters<IndirectRule>[0], r: ReportCue, start: number): boolean {
  if (!r.mention || r.passive || r.sharesWith !== null) return false;
  const before = tokenIndexAt(ctx.tokens, r.mention.start) - 1;
  if (!/^(?:which|whom)$/i.test(tokenText(ctx, before))) return false;
  if (/^(?:ADP|SCONJ)$/.test(ctx.tokens[before - 1]?.pos ?? '') || tokenText(ctx, before - 1) !== ',')
    return false;
  // the comma closing the relative clause comes before the first verb of the would-be content
  for (let t = r.cue + 1; t <= r.last; t++) {
    if (tokenText(ctx, t) === ',') return true;
    const p = ctx.tokens[t]?.pos;
    if ((p === 'VERB' || p === 'AUX') && (ctx.tokens[t]?.start ?? 0) >= start) return false;
  }
  return false;
}
