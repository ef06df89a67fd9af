import type { QuoteContext } from '../../quote-context.js';
import { tokenText } from '../../quote-context.js';

const AMOUNT =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some|many|\d+)$/i;
const UNIT = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const RELATION = /^(?:after|before|since|later|earlier|ago)$/i;

// "…, the minister said on Tuesday, a week after he promised they would fall.": after the cue's comma, an amount of
// time measured from an event ("a week after", "two years before", "months later") is an adjunct of the cue, not
// the reported clause (the report is the clause before the cue).
/** True when the tokens from `k`, right after a comma, are "<amount> <time unit> after/before/since/later/…". */
export function isTimeDistanceAdjunct(ctx: QuoteContext, k: number): boolean {
  if (tokenText(ctx, k - 1) !== ',') return false;
  let i = k;
  if (AMOUNT.test(tokenText(ctx, i))) i++;
  // "a few weeks after", "just two days after"
  if (/^(?:few|couple)$/i.test(tokenText(ctx, i))) i++;
  if (/^of$/i.test(tokenText(ctx, i))) i++;
  if (i === k && !UNIT.test(tokenText(ctx, i))) return false;
  if (!UNIT.test(tokenText(ctx, i))) return false;
  return RELATION.test(tokenText(ctx, i + 1));
}
