import type { CopyFlag, FlagContext } from '../provenance-types.js';

// A wire copy or repost: MinHash Jaccard ≥ 0.7 with an earlier article; copy of the earliest.
export function flagNearDuplicate(ctx: FlagContext): CopyFlag | null {
  const first = ctx.nearEarlier[0];
  return first ? { copyOf: first.id, rule: 'copy/near-duplicate' } : null;
}
