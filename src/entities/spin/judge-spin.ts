// The article-level spin verdict; also usable on a stored analysis: judgeSpin(analysis.spin).
import type { SpinSubstitution } from '../../types.js';

export interface SpinVerdictSummary {
  /** Sum of the substitutions' weights. */
  spinScore: number;
  /** True when the weights add up to 2 or more (two long forms in running text, or one repeated). */
  spun: boolean;
}

/** The article-level verdict over its substitutions. */
export function judgeSpin(spin: readonly SpinSubstitution[]): SpinVerdictSummary {
  const spinScore = Math.round(spin.reduce((a, s) => a + (s.weight ?? 1), 0) * 100) / 100;
  return { spinScore, spun: spinScore >= 2 };
}
