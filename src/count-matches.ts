/** A run of letters or digits: a word, as the quote rules count them. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * `(text.match(pattern) ?? []).length` for a global pattern, without the array of matched strings: `test` moves
 * `lastIndex` past each match. Counting stops at `limit` (`countMatches(WORD, s, 3) < 3` asks "fewer than three").
 */
export function countMatches(pattern: RegExp, text: string, limit = Number.POSITIVE_INFINITY): number {
  if (!pattern.global) throw new Error('countMatches needs a global pattern');
  pattern.lastIndex = 0;
  let n = 0;
  let at = 0;
  while (n < limit && pattern.test(text)) {
    n++;
    // an empty match: step past it as match() does (a whole surrogate pair under /u)
    if (pattern.lastIndex === at) {
      const c = text.codePointAt(at) ?? 0;
      pattern.lastIndex = at + (pattern.unicode && c > 0xffff ? 2 : 1);
    }
    at = pattern.lastIndex;
  }
  pattern.lastIndex = 0;
  return n;
}
