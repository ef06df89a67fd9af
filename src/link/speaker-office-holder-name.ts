import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName, stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// the capitalised run ending the mention, then what may follow a name inside it: a post-nominal, or a participle
// the quote finder took in ("analyst Ann Tull having declared …")
const FINAL_RUN =
  /((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’-]*)*)$/u;
const AFTER_NAME = /,?\s+(?:MP|MEP|MSP|AM|QC|KC|having|being)$/;
// the name is the complement of what comes before it ("supporters of Ann Tull", "Ann Tull's lawyers", "the
// family and Ann Tull"), not the holder of an office
const COMPLEMENT = /(?:\b(?:of|for|at|from|with|to|by|and|or|the|a|an|about|against|on|in)|['’]s?|,)\s*$/iu;

// a plural common noun and "of"/"for" opening the mention: the group is the speaker
const GROUP_OF = /^\p{L}\p{Ll}+s\s+(?:of|for)\s/u;

// "Undersecretary of Commerce Ann Tull said", "chairman of the Harbour Audit Committee Ann Tull MP said", "analyst
// Ann Tull having declared": an office (and where it is held) written before the holder's name, in one mention
// the name rules left whole → the name. (A firm's "&" is a word's: not "F Man" of "traders at ED&F Man".)
export const speakerOfficeHolderName: SpeakerRule = ({ quote, names }) => {
  const m = quote.mention?.text.replace(AFTER_NAME, '');
  if (!m) return null;
  const run = FINAL_RUN.exec(m);
  if (!run?.[1]) return null;
  const { name } = stripTitles(run[1]);
  const words = name.split(/\s+/);
  // "Mr. Tull": an honorific and a surname; else a first name and a surname, known as such
  const honorific =
    /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+\p{Lu}\S*$/u.test(run[1]) && words.length === 1;
  const known = names.persons.some((p) => p.name === name) || genderOfFirstName(words[0] ?? '') !== null;
  if (!honorific && !(isPersonName(name) && words.length <= 3 && known)) return null;
  if (isOrganisationName(name) || isPlaceName(name)) return null;
  const at = m.lastIndexOf(honorific ? run[1] : name);
  const before = m.slice(0, at);
  // an office before it: a lower-case word ("analyst", "Minister of Education"), not a name's complement
  if (at <= 0 || !/(?:^|\s)\p{Ll}+\s/u.test(before) || COMPLEMENT.test(before)) return null;
  // "Supporters of Republican Ann Tull": a group of her backers, not an office she holds
  if (GROUP_OF.test(before)) return null;
  const speaker = honorific
    ? (fullestName(names, words[0] ?? '') ?? run[1])
    : (fullestName(names, name) ?? name);
  return { speaker, rule: 'speaker/office-holder-name' };
};
