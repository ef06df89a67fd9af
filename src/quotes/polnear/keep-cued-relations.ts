import type { Quote } from '../../types.js';
import { LEARNED_CUES } from './learned-cues.js';
import { cueRate, stem } from './span-tagger-features.js';

const DASH_OR_COLON = /^[:―—–-]$/;

let learnedStems: Set<string> | null = null;

/**
 * Whether the word is another form of a word PolNeAR train marks as a cue ("acknowledges", "lambasting": train
 * holds "acknowledged", "lambasted"; the list keeps only forms seen ≥ 6 times).
 */
export function sharesLearnedCueStem(word: string): boolean {
  learnedStems ??= new Set(Object.keys(LEARNED_CUES).map(stem));
  return learnedStems.has(stem(word));
}

/**
 * Whether the cue is a word group about a topic ("has spoken about", "brags about", "skepticism about"): PolNeAR
 * writes what follows as the content (PolNeAR dev: 9 of 26 such relations the filter dropped were exact; content
 * exact +9, source +6, cue +7 with 22 more cues; train content +75, cue +66, source +36).
 */
export function isTopicCue(cue: string): boolean {
  return /\S\s+about$/i.test(cue.trim());
}

/**
 * Whether the cue is ":" or a dash, or holds a word PolNeAR train marks as (part of) a cue ≥ 30% of the time, or
 * another form of one (PolNeAR dev: content exact +14, cue +14, source +9; train +210 / +259 / +162), or is a
 * topic cue.
 */
export function isKnownCue(cue: string): boolean {
  const t = cue.trim();
  return (
    DASH_OR_COLON.test(t) ||
    isTopicCue(t) ||
    t
      .toLowerCase()
      .split(/[^\p{L}’'-]+/u)
      .some((w) => cueRate(w) !== 'none' || (w.length > 0 && sharesLearnedCueStem(w)))
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
