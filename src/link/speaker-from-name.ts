import {
  cachedRegExp,
  expandAcronym,
  fullestName,
  isCommonWord,
  isOrganisationName,
  spellingVariant,
  stripTitles,
} from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "Putin stated" → Vladimir Putin; "Mr Blair said" → Tony Blair; "Fair Trials director Ann Lee said" → Ann Lee.
export const speakerFromName: SpeakerRule = ({ quote, names, text }) => {
  const m = quote.mention?.text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!m) return null;
  // "supporters in Congress", "officials at the Treasury", "the head of Harwood Bank": a common noun heads the
  // phrase (not "Harwood Bank chief economist Ann Tull", whose name comes last)
  if (/(?:^|\s)\p{Ll}+\s+(?:in|at|for|of|from|with)\s+(?:the\s+)?\p{Lu}/u.test(m)) return null;
  // "Analysts at Keel Securities said": the same with a common noun capitalised only to open the sentence
  const opener = /^(\p{Lu}\p{Ll}+)\s+(?:in|at|for|of|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(m)?.[1];
  if (opener && isCommonWord(opener, text)) return null;
  // the last capitalised run is the name; a lower-case head ("the U.S. intelligence committee") is a descriptor
  const run =
    /((?:[\p{Lu}][\p{L}\p{M}'’\-.&]*)(?:\s+(?:(?:de|van|von|der|bin|al|da|du|of|for|la|le|and|&)\s+)?[\p{Lu}][\p{L}\p{M}'’\-.&]*)*)(?:['’]s?)?$/u.exec(
      m,
    );
  if (!run?.[1]) return null;
  const { name } = stripTitles(run[1]);
  if (!name || /^(?:The|A|An|He|She|It|They|We|I)$/.test(name)) return null;
  if (/^[\p{Lu}&.]{2,7}$/u.test(name) || /^\p{Lu}[\p{Ll}]+$/u.test(name)) {
    const long = expandAcronym(names, name);
    if (long && long !== name) return { speaker: long, rule: 'speaker/acronym-expanded' };
  }
  const full = fullestName(names, name);
  // "Yahya Sarea … Saree said": a transliteration one letter off the surname of the one person so named
  const variant = !full && /^\p{Lu}\p{Ll}{4,}$/u.test(name) ? spellingVariant(names, name) : null;
  if (variant) return { speaker: variant, rule: 'speaker/spelling-variant' };
  // "Marsh said" after "Marsh & McLennan", "Lycos" after "Lycos Europe": a one-word name that opens a longer run
  if (!full && !/\s/.test(name) && name === run[1]) {
    // ("Hewlett said" after "Hewlett-Packard Co": the first part of a hyphened name too)
    const opens = cachedRegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: (?!and |the )|-)\\S`);
    const longer = names.runs
      .filter((r) => opens.test(r))
      .filter((r) => !/ and /.test(r) && !names.persons.some((p) => p.name === r))
      // named again, or plainly an organisation: "Marsh & McLennan", "Lycos Europe"
      .filter((r) => isOrganisationName(r) || r.includes('&') || text.split(r).length > 2)
      .sort((a, b) => a.length - b.length)[0];
    if (longer) return { speaker: longer, rule: 'speaker/longer-organisation-name' };
  }
  // "Bank of Essex Governor Mark Hale", "Welsh Office Minister Lord Rhys of Tywyn": an office held at an
  // organisation, the name after it
  const { roles } = stripTitles(run[1]);
  const holder = roles.length > 0 && !isOrganisationName(name) && /^\p{Lu}\S*\s+(?:of\s+)?\p{Lu}/u.test(name);
  if (holder)
    return { speaker: full ?? name, rule: full && full !== name ? 'speaker/fullest-name' : 'speaker/name' };
  if (isOrganisationName(name) || isOrganisationName(run[1]))
    return {
      speaker: run[1].replace(
        /^(?:The|On|In|At|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+/,
        '',
      ),
      rule: 'speaker/organisation-name',
    };
  return { speaker: full ?? name, rule: full && full !== name ? 'speaker/fullest-name' : 'speaker/name' };
};
