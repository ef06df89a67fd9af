import { tokenIndexAt, tokenText } from '../../quote-context.js';
import type { IndirectRule, ReportCue } from './types.js';

// Modals of possibility and duty: "could", "may", "might", "should", "must" (not "will"/"would", which report
// statements to come or past habits: "she would later say …").
const POSSIBILITY_MODAL = /^(?:could|may|might|should|must)$/i;

/**
 * "the court could declare it bankrupt", "it may suggest that …", "Muslims should accept that …": a report verb
 * under a modal of possibility or duty says what might or ought to be said, not what was said.
 */
export function isHypotheticalCue(ctx: Parameters<IndirectRule>[0], r: ReportCue): boolean {
  for (let t = r.group; t < r.cue; t++) if (POSSIBILITY_MODAL.test(tokenText(ctx, t))) return true;
  return conditionalCue(ctx, r);
}

/**
 * "Orr said if the board agrees he will resign", "unless Lee says otherwise, …": a report verb whose subject opens
 * a condition ("if"/"unless" right before it) says what would be said, not what was said.
 */
function conditionalCue(ctx: Parameters<IndirectRule>[0], r: ReportCue): boolean {
  const subject = r.subject;
  if (!subject || r.sharesWith !== null) return false;
  // (the subject right before its cue: not "if needed, Orr said …")
  if (tokenIndexAt(ctx.tokens, subject.end) !== r.group) return false;
  return /^(?:if|unless)$/i.test(tokenText(ctx, tokenIndexAt(ctx.tokens, subject.start) - 1));
}
