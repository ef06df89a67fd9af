import { HONORIFICS, ROLE_NOUNS } from '../entities/data/titles.js';
import type { EntityLayer } from '../entities/find-entities.js';
import { isOrganisationName, isPlaceName, TITLE_WORDS } from './speaker-names.js';

// a peer's title opens a name that "of" goes on with: "Lord Roberts of Conwy" is one name
const PEERAGE = /^(?:Lord|Lady|Baron|Baroness|Earl|Duke|Duchess|Viscount|Marquess|Count|Countess)\s/;
const isTitleWord = (w: string) => {
  const lower = w.toLowerCase();
  return TITLE_WORDS.has(lower) || lower in HONORIFICS || lower in ROLE_NOUNS;
};

/**
 * A person's name the speaker was glued to: "Analyst Lawrence Cohn of Merrill Lynch and Co", "Nils Odden
 * of Rogaland Fire and Rescue" → the person entity's name, when only capitalised titles or roles stand before
 * it and nothing or "of …" after it. Null otherwise ("a spokesman for Commissioner Ann Lee" is the spokesman).
 */
export function personInName(speaker: string, entities: EntityLayer): string | null {
  if (!/^\p{Lu}/u.test(speaker) || !/\s/.test(speaker)) return null;
  for (const e of entities.entities) {
    const name = e.name;
    // (a person entity named as a body or place is none: "Florida Museum" of "Florida Museum of Natural History")
    if (
      e.kind !== 'person' ||
      name === speaker ||
      !/^\p{Lu}\S*\s+\p{Lu}/u.test(name) ||
      PEERAGE.test(name) ||
      isOrganisationName(name) ||
      isPlaceName(name)
    )
      continue;
    const at = speaker.indexOf(name);
    if (at < 0) continue;
    const before = speaker.slice(0, at).trim();
    const after = speaker.slice(at + name.length);
    if ((at > 0 && speaker[at - 1] !== ' ') || (after !== '' && !/^ of \p{Lu}/u.test(after))) continue;
    const words = before ? before.split(/\s+/) : [];
    if (words.length > 0 && (!words.every((w) => /^\p{Lu}/u.test(w)) || !isTitleWord(words.at(-1) ?? '')))
      continue;
    if (words.length === 0 && after === '') continue;
    return name;
  }
  return null;
}
