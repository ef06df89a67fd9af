import { speakerAsWritten } from './speaker-as-written.js';
import { speakerFromRole } from './speaker-from-role.js';
import { cachedRegExp, escapeRegExp, fullestName, hasWholeWord } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// the role of an organisation's head as a descriptor names it ("the Keel Bank chief")
const HEAD_WORDS = 'head|chief|boss|chairman|chairwoman|chair|governor';
// "the Tarn Water Board head", "The Keel Bank chief": an organisation's name, then the role of its head
const ORGANISATION_HEAD = new RegExp(
  String.raw`^[Tt]he\s+(\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+)*)\s+(?:${HEAD_WORDS})$`,
  'u',
);
// ... and as the text names its holder ("Keel Bank president Ann Lee")
const HEAD_ROLE = `(?:${HEAD_WORDS}|president)`;

/**
 * "The Tarn Water Board head said …": the person the text names as that organisation's head ("Tarn Water Board
 * chairman Mr Olund"), else the descriptor as written, never the organisation itself.
 */
export const speakerOrganisationHead: SpeakerRule = (input) => {
  const org = ORGANISATION_HEAD.exec(input.quote.mention?.text ?? '')?.[1];
  if (!org) return null;
  // "Tarn Water Board chairman Mr Olund", "the Tarn Water Board's chief executive, Ann Lee,"
  const holder = cachedRegExp(
    String.raw`${escapeRegExp(org).replace(/\s+/g, '\\s+')}(?:['’]s)?\s+(?:\p{Ll}+\s+){0,2}?${HEAD_ROLE}(?:\s+executive)?,?\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})`,
    'u',
  )
    .exec(input.text)?.[1]
    ?.replace(/['’]s$/, '');
  const person = holder
    ? input.names.persons.find((n) => hasWholeWord(n.name, holder.split(/\s+/).at(-1) ?? holder))
    : null;
  if (holder && person)
    return { speaker: fullestName(input.names, holder) ?? holder, rule: 'speaker/organisation-head-named' };
  const choice = speakerFromRole(input);
  // (not "Tarn Water Board": the organisation named in the descriptor is not its head)
  if (choice?.speaker && hasWholeWord(org, choice.speaker)) return speakerAsWritten(input);
  return choice;
};
