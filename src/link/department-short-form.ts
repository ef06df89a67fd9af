import { cachedRegExp, escapeRegExp } from './speaker-names.js';

/**
 * "Interior said" after "the Interior Department", "Defence said" after "the Ministry of Defence": a one-word short
 * form of a department or ministry the text names whole → the whole name as written (its first place); null when
 * `speaker` is not one capitalised word or the text names no such body.
 */
export function departmentShortForm(
  speaker: string,
  mention: string | undefined,
  text: string,
): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker) || mention?.replace(/^the\s+/i, '') !== speaker) return null;
  if (
    !text.includes(`${speaker} Department`) &&
    !text.includes(`${speaker} Ministry`) &&
    !text.includes(` of ${speaker}`)
  )
    return null;
  const w = escapeRegExp(speaker);
  const whole = cachedRegExp(
    `(?<![\\p{L}\\p{N}])(?:${w} (?:Department|Ministry)|(?:Department|Ministry) of (?:the )?${w})(?![\\p{L}\\p{N}])`,
    'u',
  ).exec(text);
  return whole ? whole[0] : null;
}
