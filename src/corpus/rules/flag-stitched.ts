import type { FlagContext } from '../provenance-types.js';

export const STITCHED_TOTAL = 0.4;
export const STITCHED_EACH = 0.1;

// A page drawn mostly (≥ 40 % of its words, a lower bound: absent or paraphrased sources go unseen) from two or more earlier sources, each ≥ 10 %.
export function flagStitched(ctx: FlagContext): string | null {
  if (ctx.reusedShare < STITCHED_TOTAL) return null;
  const big = ctx.sources.filter((s) => s.share >= STITCHED_EACH);
  return big.length >= 2 ? 'stitched/multi-source' : null;
}
