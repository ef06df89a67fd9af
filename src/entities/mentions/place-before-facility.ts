import type { Word } from '../split-words.js';
import type { MentionContext } from './mention-context.js';

/** The rule that reads a known place and a facility's head after it as one place: "Victoria Park", "Oslo Airport". */
export const PLACE_BEFORE_FACILITY_RULE = 'entities/place-before-facility';

// the gazetteer's kinds of place a facility is named after (not a demonym: "American Airport" is no such name)
const PLACE_TYPES = new Set(['capital', 'usual', 'ordinary', 'seat']);

/**
 * True when the words `a`..`last - 1` are one gazetteer place (a capital, a country, a seat) and word `last`, joined
 * to it by a space, is a facility's head (checked by the caller): "Victoria Park", "Oslo Airport", "Tarnland Road" —
 * one place, not the gazetteer's place and a lone "Park".
 */
export function placeBeforeFacility(
  ctx: MentionContext,
  a: number,
  last: number,
  taken: (start: number, end: number) => boolean,
): boolean {
  const first = ctx.words[a] as Word;
  const before = ctx.words[last - 1];
  const head = ctx.words[last];
  if (last <= a || !before || !head || ctx.text.slice(before.end, head.start) !== ' ') return false;
  if (!taken(first.start, before.end)) return false;
  const entry = ctx.gazetteer.byKey.get(ctx.text.slice(first.start, before.end));
  return !!entry && entry.kind === 'place' && PLACE_TYPES.has(entry.type);
}
