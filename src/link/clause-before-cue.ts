import type { Quote, TimeExpression } from '../types.js';
import { isParentheticalCue, sentenceStartAt } from './when-rule.js';

/** True when `t` opens the reported clause of a quote whose cue is set off by commas inside it ("Six months ago, the
 * senator said, the toll was only a plan"): a time of the reported words, not of the narration. */
export function isInClauseBeforeCue(text: string, t: TimeExpression, quotes: readonly Quote[]): boolean {
  for (const q of quotes) {
    if (!q.cue || !isParentheticalCue(text, q)) continue;
    const head = Math.min(q.cue.start, q.mention?.start ?? q.cue.start);
    if (t.end <= head && t.start >= sentenceStartAt(text, head)) return true;
  }
  return false;
}
