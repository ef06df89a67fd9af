import type { SkipRule } from '../types.js';

// People holding a banner saying “united in diversity”, a placard reading “Not in my name” — signs say nothing
const SIGN_SAYING =
  /\b(?:a|an|the|one|their|his|her|its)\s+(?:[\p{L}-]+\s+)?(?:banners?|placards?|signs?|posters?|billboards?|stickers?|t-shirts?|badges?|flags?)\b[^.!?"“”]{0,40}?\b(?:saying|reading|that (?:says|said|read)|which (?:says|said|read)|bearing|with the words)\s*[:,]?\s*$/iu;

export const skipSign: SkipRule = (ctx, c) => {
  const before = ctx.text.slice(Math.max(c.preStart, c.quote.open - 80), c.quote.open);
  return SIGN_SAYING.test(before) ? 'skip/sign' : null;
};
