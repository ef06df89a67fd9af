// Regex pieces the rules share.

export { atSentenceStart } from '../../segment/at-sentence-start.js';

/** "early", "mid-", "late", "the end of", "the beginning of" before a period; part of the expression. */
export const MOD_RE =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:early|mid|late)(?:-|\\s+)|(?:the\\s+)?(?:end|beginning|start|middle|close|turn|spring|summer|autumn|fall|winter|first\\s+half|second\\s+half)\\s+of\\s+(?:the\\s+)?)?';

/** True when the word at [start, end) of text starts with a capital letter. */
export function isCapitalized(text: string, start: number): boolean {
  const c = text.charAt(start);
  return c >= 'A' && c <= 'Z';
}

/** The word just before offset `at` ("" at the start). */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z$.'-]+)\s*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1] ?? '';
}

/** The word just after offset `at`. */
export function wordAfter(text: string, at: number): string {
  const m = /^\s*([A-Za-z'%-]+)/.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}
