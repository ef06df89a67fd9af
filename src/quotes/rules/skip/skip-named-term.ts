import type { SkipRule } from '../types.js';

// the so-called “axis of evil”, a plan dubbed “Operation Clean Sweep”, known as “the Iron Lady”
export const skipNamedTerm: SkipRule = (ctx, c) => {
  const before = ctx.text.slice(Math.max(c.preStart, c.quote.open - 40), c.quote.open);
  if (
    /\b(?:so-called|so called|dubbed|nicknamed|known as|called|entitled|titled|named|labelled|labeled|branded|billed as|the phrase|the term|the words?|the slogan|the motto|the tag|the label)\s*$/i.test(
      before,
    )
  ) {
    return 'skip/named-term';
  }
  return null;
};
