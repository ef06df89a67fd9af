import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

const OWNED_NAME = /^\p{Lu}[\p{L}\p{M}'’.&\s-]*?['’]s\s+(\p{Lu}[\p{L}\p{M}'’-]*)$/u;

// "…,” said Hollis Brant's May." → the Rick May named earlier: a firm's possessive before a surname is not
// part of the name (when the article gives that surname in full; "Lloyd's Register" stays a name).
export const speakerPossessorThenName: SpeakerRule = ({ quote, names }) => {
  const surname = quote.mention ? OWNED_NAME.exec(quote.mention.text)?.[1] : undefined;
  if (!surname) return null;
  const full = fullestName(names, surname);
  if (!full || !/\s/.test(full)) return null;
  return { speaker: full, rule: 'speaker/possessor-then-name' };
};
