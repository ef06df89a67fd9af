import type { Span } from '../types.js';

// "Federal Office of Industry, Trade and Labour", "National Union of Rail, Maritime and Transport Workers": a
// body "of" a list of capitalised words, the last after "and"
const OF_LIST =
  /(?:\p{Lu}[\p{L}-]*[ \t]+)+of[ \t]+\p{Lu}[\p{L}-]*(?:,[ \t]+\p{Lu}[\p{L}-]*)+,?[ \t]+and[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*/gu;

const OPENER = /^(?:But|And|Yet|So|Or|Still|Also|However|Meanwhile)[ \t]+/;

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
    // ("But Tom Vell of Harbury, Marsh and Co said": the sentence's opening conjunction is no part of the name)
    const opener = OPENER.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(opener);
    const start = from + m.index + opener;
    const end = start + name.length;
    if (start <= mention.start && end >= mention.start && name !== speaker && name.includes(speaker))
      return name;
  }
  return null;
}
