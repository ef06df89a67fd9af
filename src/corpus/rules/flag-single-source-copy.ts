import type { CopyFlag, FlagContext } from '../provenance-types.js';

export const SINGLE_SOURCE_SHARE = 0.8;

// A truncated or lightly edited copy: ≥ 80 % of the article's words come from one earlier article.
export function flagSingleSourceCopy(ctx: FlagContext): CopyFlag | null {
  const top = ctx.sources[0];
  if (!top || top.share < SINGLE_SOURCE_SHARE) return null;
  return { copyOf: top.article, rule: 'copy/single-source' };
}
