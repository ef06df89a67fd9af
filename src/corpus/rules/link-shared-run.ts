import { longestSharedRun } from '../quote-words.js';

export const MIN_SHARED_RUN = 6;

// Two excerpts of one statement that overlap: "…shifted the blame, as we say, on to Russia" in both.
export function linkSharedRun(a: readonly string[], b: readonly string[]): string | null {
  return longestSharedRun(a, b) >= MIN_SHARED_RUN ? 'cluster/shared-run' : null;
}
