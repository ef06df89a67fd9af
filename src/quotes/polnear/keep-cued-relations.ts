import type { Quote } from '../../types.js';
import { cueRate } from './span-tagger-features.js';

const DASH_OR_COLON = /^[:―—–-]$/;

/** Whether the cue is ":" or a dash, or holds a word PolNeAR train marks as (part of) a cue ≥ 30% of the time. */
export function isKnownCue(cue: string): boolean {
  const t = cue.trim();
  return (
    DASH_OR_COLON.test(t) ||
    t
      .toLowerCase()
      .split(/[^\p{L}’'-]+/u)
      .some((w) => cueRate(w) !== 'none')
  );
}

/**
 * A tagged relation stands when a rule quote overlaps its content or its cue is a known one; the rest go
 * ("the county police removed Ann Lee and the aide", "six rivals vied for the post"): where the rules are silent
 * and the cue word is unseen, the tagger is wrong more often than right (PolNeAR dev).
 */
export function keepCuedRelations(tagged: Quote[], rules: Quote[]): Quote[] {
  return tagged.filter(
    (q) => (q.cue && isKnownCue(q.cue.text)) || rules.some((r) => r.start < q.end && q.start < r.end),
  );
}
