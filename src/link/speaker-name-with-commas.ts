import type { Span } from '../types.js';

// "Federal Office of Industry, Trade and Labour", "National Union of Rail, Maritime and Transport Workers": a
// body "of" a list of capitalised words, the last after "and"
const OF_LIST =
  /(?:\p{Lu}[\p{L}-]*[ \t]+)+of[ \t]+\p{Lu}[\p{L}-]*(?:,[ \t]+\p{Lu}[\p{L}-]*)+,?[ \t]+and[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*/gu;

/**
 * A body's name the quote finder cut at a comma of its list: "National Union of Rail" or "Trade and Labour" in
 * "the National Union of Rail, Maritime and Transport Workers said …" → the whole name, when the mention
 * starts inside it and the speaker is part of it. Null otherwise.
 */
export function nameWithCommas(
  speaker: string,
  mention: Span | null | undefined,
  text: string,
): string | null {
  if (!mention || !/^\p{Lu}/u.test(speaker)) return null;
  const from = Math.max(0, mention.start - 120);
  const window = text.slice(from, mention.end + 120);
  OF_LIST.lastIndex = 0;
  for (let m = OF_LIST.exec(window); m; m = OF_LIST.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= mention.start && end >= mention.start && m[0] !== speaker && m[0].includes(speaker))
      return m[0];
  }
  return null;
}
