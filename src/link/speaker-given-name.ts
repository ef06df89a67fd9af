import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import type { EntityLayer } from '../entities/find-entities.js';
import { isOrganisationName, isPlaceName, stripTitles } from './speaker-names.js';

// "Ozzy said he was …", "His wife Sharon, who called the police, said …" → "Ozzy Osbourne", "Sharon Osbourne":
// a lone capitalised word that opens the full name of exactly one person of the article (and ends none, so a
// surname stays with the surname rules); nothing when none or several do.
export function nameFromGivenName(speaker: string, entities: EntityLayer, text: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker) || isOrganisationName(speaker) || isPlaceName(speaker)) return null;
  const matches = new Set<string>();
  for (const e of entities.entities) {
    // "Newcastle" the club is no first name of "Newcastle Evening Chronicle"
    if ((e.kind === 'organization' || e.kind === 'place') && [e.name, ...e.aliases].includes(speaker))
      return null;
    if (e.kind !== 'person' || isOrganisationName(e.name)) continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = stripTitles(n).name.split(/\s+/);
      if (words.length < 2) continue;
      if (words[words.length - 1] === speaker) return null;
      // "Ozzy Osbourne", or a longer name opened by a known first name (not "Newcastle Evening Chronicle")
      if (words[0] === speaker && (words.length === 2 || genderOfFirstName(speaker) !== null))
        matches.add(words.join(' '));
    }
  }
  const [only] = matches;
  // the full name as the article writes it
  return matches.size === 1 && only && text.includes(only) ? only : null;
}
