import { tokenText } from '../../quote-context.js';
import type { IndirectRule, ReportCue } from './types.js';

// "It is said …", "TASS was told …" report a bare clause; other passives only with "that":
// "It was announced that the mine will close" (not "the plan was announced, prices fell" nor "is likely to be found
// alone in his room").
const BARE_PASSIVE = /^(?:said|told|informed|assured|warned|advised|reminded|promised)$/i;

/** True when a passive cue's reported clause would start without "that" and the verb does not allow that. */
export function passiveNeedsThat(ctx: Parameters<IndirectRule>[0], r: ReportCue, viaThat: boolean): boolean {
  return r.passive && !viaThat && !BARE_PASSIVE.test(tokenText(ctx, r.cue));
}
