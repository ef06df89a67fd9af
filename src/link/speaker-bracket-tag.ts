import type { TextSpan } from '../types.js';

/**
 * "<Keel, Marsh Capital Corp> said it …": a wire's company tag in angle brackets is one name, its comma
 * included, so a speaker cut at that comma ("Marsh Capital Corp") → the whole tag as written. Null when the
 * mention is not a bracketed tag or the speaker is not the tag's end.
 */
export function speakerBracketTag(
  speaker: string,
  mention: TextSpan | null | undefined,
  text: string,
): string | null {
  if (!mention || text[mention.start - 1] !== '<' || text[mention.end] !== '>') return null;
  const tag = mention.text.replace(/\s+/g, ' ').trim();
  if (!tag.includes(',') || tag === speaker || !tag.endsWith(` ${speaker}`)) return null;
  return tag;
}
