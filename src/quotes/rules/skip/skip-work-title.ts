import type { SkipRule } from '../types.js';
import { titleWords } from './skip-title.js';

// the noun of a work, or a naming verb, right before its name: a pamphlet, “…” / a song called “…”
const WORK_BEFORE =
  /\b(?:book|novel|memoir|biography|pamphlet|booklet|brochure|leaflet|guide|handbook|manual|album|single|song|hit|track|film|movie|documentary|play|musical|opera|series|sitcom|programme|program|poem|essay|column|podcast|exhibition|painting|sculpture|titled|entitled|called|named|dubbed)s?\s*,?\s*$/i;

// the bureau prepared a pamphlet, “Cheap Stays in Lorne.” / her new album, “Salt and Iron Forever”, came out —
// a Title-Cased name set off after the noun of a work, not something said (skip-title.ts reads it only inside
// a sentence, and keeps a standalone capitalised stretch of more than three words as speech)
export const skipWorkTitle: SkipRule = (ctx, c) => {
  const before = ctx.text.slice(Math.max(0, c.quote.open - 40), c.quote.open);
  if (!WORK_BEFORE.test(before)) return null;
  // Orr said in his book, “We Were Wrong About the Pier.” — words written in the work stay quotes
  if (/\bin\s+(?:(?:his|her|their|its|the|a|an|new|latest|own)\s+)*\p{L}+\s*,\s*$/iu.test(before))
    return null;
  const content = ctx.text.slice(c.quote.start, c.quote.end).replace(/[,.]$/, '');
  return titleWords(content, true) ? 'skip/work-title' : null;
};
