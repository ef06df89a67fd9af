import { ROLE_NOUNS } from '../entities/data/titles.js';

// a country's abbreviation before a group: "U.S. Officials", "UK Diplomats"
const COUNTRY_BEFORE = /^(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.|U\.N\.|UN)\s+(\p{Lu}\p{Ll}+)$/u;

/**
 * A group the text writes with its country, as written: "Officials" for "U.S. Officials said …" (a wire's
 * capitals) → "U.S. Officials"; the title-stripping took the country for a title. Null for anything else.
 */
export function groupAsWritten(speaker: string, mention: string | undefined): string | null {
  // (every country of the pattern opens with "U" or "E": the role looked up only for such a mention)
  // ("The U.S. Officials said": the article opening it left out)
  const written = mention?.replace(/\s+/g, ' ').replace(/^the /i, '');
  if (!written || !/^[UE]/.test(written) || ROLE_NOUNS[speaker.toLowerCase()] !== 'group') return null;
  const m = COUNTRY_BEFORE.exec(written);
  return m?.[1] === speaker ? written : null;
}
