import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import type { EntityLayer } from '../entities/find-entities.js';
import { isParentCompanyOwner } from './parent-company-owner.js';
import { bodyOpenedByTitle } from './speaker-body-opened-by-title.js';
import { isDemonymDescriptor } from './speaker-demonym-descriptor.js';
import { isCountryOwner, keptWholeAfterFieldWord, withInnerPossessive } from './speaker-name-kept-whole.js';
import { nameWithPossessive } from './speaker-name-possessive.js';
import type { NameIndex } from './speaker-names.js';
import {
  cachedRegExp,
  escapeRegExp,
  expandAcronym,
  firstWrittenAlone,
  fullestName,
  isCommonWord,
  isOrganisationName,
  ORG_WORDS,
  occursTwice,
  regExpBy,
  shownCompany,
  spellingVariant,
  stripTitles,
} from './speaker-names.js';
import type { SpeakerChoice, SpeakerRule } from './speaker-rule.js';

const PARTY_ADJECTIVES = new Set([
  'the',
  'liberal',
  'democratic',
  'conservative',
  'republican',
  'new',
  'young',
]);
const OFFICE_WORDS = new Set(['spokesman', 'spokeswoman', 'ambassador', 'minister', 'secretary', 'director']);

// "Putin stated" → Vladimir Putin; "Mr Blair said" → Tony Blair; "Fair Trials director Ann Lee said" → Ann Lee.
// "Lycos" opening "Lycos Europe": built once per name
const OPENS = regExpBy('', (name) => `^${escapeRegExp(name)}(?: (?!and |the )|-)\\S`);

// the choice read from the mention's words, the article's names and its text alone: asked again for every quote of
// the same mention ("Tull said" five times), worked out once per article's name index
const CHOSEN = new WeakMap<
  NameIndex,
  { text: string; choices: Map<string | undefined, SpeakerChoice | null> }
>();

export const speakerFromName: SpeakerRule = ({ quote, names, text, entities }) => {
  let memo = CHOSEN.get(names);
  if (!memo || memo.text !== text) {
    memo = { text, choices: new Map() };
    CHOSEN.set(names, memo);
  }
  const key = quote.mention?.text;
  let choice = memo.choices.get(key);
  if (choice === undefined) {
    choice = nameChoice(key, names, text, entities);
    memo.choices.set(key, choice);
  }
  return choice;
};

function nameChoice(
  mentionText: string | undefined,
  names: NameIndex,
  text: string,
  entities: EntityLayer,
): SpeakerChoice | null {
  // ("Norsk Data A/S said": the slashed company form is left to the name before it)
  // ("Orr Securities Co (Europe) Ltd said": the parenthesis is left out here; +region-part restores a region word)
  const m = mentionText
    ?.replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+\(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\)(?=\s+\p{Lu})/u, '')
    .replace(/\s+(?:A\/S|S\/A)$/, '')
    .trim();
  if (!m || isDemonymDescriptor(m)) return null;
  // "the Keel Commission for Asia and the Pacific (KCAP) said" → the mention "the Pacific (KCAP)": the acronym's
  // long form, which the mention ends
  const acronym = /\((\p{Lu}[\p{Lu}\d&]{1,9})\)\s*$/u.exec(mentionText ?? '')?.[1];
  const long = acronym ? expandAcronym(names, acronym) : null;
  if (long && long !== m && long.endsWith(` ${m.replace(/^the\s+/i, '')}`))
    return { speaker: long, rule: 'speaker/acronym-expanded' };
  // "supporters in Congress", "officials at the Treasury", "the head of Harwood Bank": a common noun heads the
  // phrase (not "Harwood Bank chief economist Ann Tull", whose name comes last)
  if (/(?:^|\s)\p{Ll}+\s+(?:in|at|for|of|from|with)\s+(?:the\s+)?\p{Lu}/u.test(m)) return null;
  // "some on Twitter", "Many among the Greens": a bare quantifier heads it
  if (/^(?:some|many|most|few|several|others)\s+(?:on|among)\s/i.test(m)) return null;
  // "Analysts at Keel Securities said": the same with a common noun capitalised only to open the sentence
  const opener = /^(\p{Lu}\p{Ll}+)\s+(?:in|at|for|of|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(m)?.[1];
  if (opener && (isCommonWord(opener, text) || /^(?:Some|Many|Most|Few|Several|Others)$/.test(opener)))
    return null;
  // the last capitalised run is the name; a lower-case head ("the U.S. intelligence committee") is a descriptor
  // ("Moammar al-Eryani": a particle joined by a hyphen opens the surname; "Banque de l'Ouest", "Caisse d'Epargne":
  // an elided article opens a word of the name)
  const run =
    /((?:(?:al|el|ad|as|ash|at|az|ibn|bin|abu|ben)-)?(?:[\p{Lu}][\p{L}\p{M}'’\-.&/]*)(?:\s+(?:(?:de|dela|del|van|von|der|bin|al|da|dos|das|du|di|of|for|la|le|and|&|(?<!\b(?:Some|About|Around|Nearly|Almost|Over|Only|All|Just|The|Another|Some\s+of)\s+)\d+)\s+(?:(?:la|le|der|den|los|las)\s+)?)?(?:(?:al|el|ad|as|ash|at|az|ibn|bin|abu|ben)-|[dl]['’])?[\p{Lu}][\p{L}\p{M}'’\-.&/]*)*)(?:['’]s?)?$/u.exec(
      m,
    );
  if (!run?.[1]) return null;
  // '“…,” van der Berg said.': the surname's own particles opening the mention belong to it
  const particles =
    /^(?:(?:de|van|von|da|dos|du|di|del|der|den|la|le)\s+){1,2}$/.exec(m.slice(0, run.index))?.[0] ?? '';
  if (particles) run[1] = particles + run[1];
  // "Norland's Keel Steel AB said", "Norland's Disaster Management Agency": the country owning it is no part of the name
  const owner = /^(\p{Lu}[\p{L}\s]*?)['’]s\s+(?=\p{Lu})/u.exec(run[1]);
  const whole = owner?.[1] && isCountryOwner(owner[1]) ? run[1].slice(owner[0].length) : run[1];
  // "Tarn Corp's Vell Mining Corp said": a parent company owning the one that speaks, left out
  if (owner?.[1] && isParentCompanyOwner(owner[1], whole.slice(owner[0].length)))
    return { speaker: whole.slice(owner[0].length), rule: 'speaker/parent-company-owner' };
  // "sources close to the Keel Board said", "Norland's envoy to Freedonia said": the name after "to" is not the speaker
  if (/\p{L}\s+to\s+(?:the\s+)?$/u.test(m.slice(0, run.index))) return null;
  // "S and P said", "AT and T said": initials joined by "and" are one name, expanded when the article spells it out
  if (/^\p{Lu}{1,3}\s+and\s+\p{Lu}{1,3}$/u.test(whole)) {
    const long = expandAcronym(names, whole);
    // (as the article writes it: "Standard and Poor's Corp", the possessive kept)
    const written = long
      ? (cachedRegExp(
          long
            .split(' ')
            .map((w) => `${escapeRegExp(w)}(?:['’]s)?`)
            .join('\\s+'),
          'u',
        ).exec(text)?.[0] ?? long)
      : null;
    return { speaker: written ?? whole, rule: written ? 'speaker/acronym-expanded' : 'speaker/name' };
  }
  const { name, roles: stripped } = stripTitles(whole);
  if (!name || /^(?:The|A|An|He|She|It|They|We|I)$/.test(name)) return null;
  // "The New Tarn Stock Exchange said": a title word opening a body's name is no title
  const body =
    stripped.length > 0 && !isOrganisationName(whole)
      ? bodyOpenedByTitle(whole, name, stripped, entities)
      : null;
  if (body) return { speaker: body, rule: 'speaker/body-opened-by-title' };
  // "Ashby's said": a subject written with its 's names a body whose 's is its own, not a person's surname
  const owned = /\p{L}['’]s$/u.test(whole) ? nameWithPossessive(name, text) : null;
  if (owned) return { speaker: owned, rule: 'speaker/organisation-name' };
  if (name !== whole && !/\s/.test(name)) {
    const lower = name.toLowerCase();
    // "The Liberal Democrats", "the Scottish Executive", "Syrian Democratic Forces": a body named with its
    // adjectives is named whole
    if (
      stripped.length > 0 &&
      !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\b/.test(whole) &&
      stripped.every((w) => PARTY_ADJECTIVES.has(w) || /^\p{Ll}+(?:an|ish|ese|ic)$/u.test(w)) &&
      (/^\p{Lu}\p{Ll}+s$/u.test(name) || ORG_WORDS.has(lower) || lower === 'executive')
    )
      return { speaker: whole.replace(/^(?:The|A|An)\s+/, ''), rule: 'speaker/name' };
    // "a U.S. Spokesman", "the Culture Secretary": an office, capitalised, is a descriptor
    if (OFFICE_WORDS.has(lower)) return null;
  }
  // "Lornish Minister for Trade said", "Deputy Administrator for Farm Loans said": the field an office is for, no
  // one's name (not "Minister for Trade Ann Tull"): the office stands as written
  if (officeField(whole, names)) return null;
  const kept = keptWholeAfterFieldWord(names, whole, name, stripped);
  if (kept) return { speaker: kept, rule: 'speaker/name-kept-whole' };
  if (/^[\p{Lu}&.]{2,7}$/u.test(name) || /^\p{Lu}[\p{Ll}]+$/u.test(name)) {
    const long = expandAcronym(names, name);
    if (long && long !== name) return { speaker: long, rule: 'speaker/acronym-expanded' };
  }
  const full = fullestName(names, name);
  // "Yahya Sarea … Saree said": a transliteration one letter off the surname of the one person so named
  const variant = !full && /^\p{Lu}\p{Ll}{4,}$/u.test(name) ? spellingVariant(names, name) : null;
  if (variant) return { speaker: variant, rule: 'speaker/spelling-variant' };
  // "Marsh said" after "Marsh & McLennan", "Lycos" after "Lycos Europe": a one-word name that opens a longer run
  if (!full && !/\s/.test(name) && name === whole) {
    // ("Hewlett said" after "Hewlett-Packard Co": the first part of a hyphened name too)
    const opens = OPENS(name);
    const longer = longerOrganisationName(names, name, text, opens);
    if (longer) return { speaker: longer, rule: 'speaker/longer-organisation-name' };
  }
  // "Bank of Essex Governor Mark Hale", "Welsh Office Minister Lord Rhys of Tywyn": an office held at an
  // organisation, the name after it
  const { roles } = stripTitles(whole);
  const holder = roles.length > 0 && !isOrganisationName(name) && /^\p{Lu}\S*\s+(?:of\s+)?\p{Lu}/u.test(name);
  if (holder)
    return { speaker: full ?? name, rule: full && full !== name ? 'speaker/fullest-name' : 'speaker/name' };
  if (isOrganisationName(name) || isOrganisationName(whole))
    return {
      // (as written, its owner too: "Norland's Ministry of Trade")
      speaker: run[1].replace(
        /^(?:The|On|In|At|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+/,
        '',
      ),
      rule: 'speaker/organisation-name',
    };
  // "People's Daily said": its possessive is part of the name
  const possessive = full ? null : withInnerPossessive(whole, name, stripped);
  if (possessive) return { speaker: possessive, rule: 'speaker/name-inner-possessive' };
  return { speaker: full ?? name, rule: full && full !== name ? 'speaker/fullest-name' : 'speaker/name' };
}

// "Minister for Trade", "Administrator for Farm Loans", "Chief of Staff": an office and the field it is for
const OFFICE_FOR =
  /(?:^|\s)(?:Minister|Secretary|Undersecretary|Under-Secretary|Director|Administrator|Commissioner|Chief|Head|Spokes(?:man|woman|person))(?:\s+of\s+State)?\s+(?:of|for)\s+(\p{Lu}.*)$/u;

/** True when the run `whole` ends in an office and only the field it is for: no first name, known person or body. */
function officeField(whole: string, names: NameIndex): boolean {
  const field = OFFICE_FOR.exec(whole)?.[1];
  // one or two plain words, or two joined by "and" (not "Information Moammar al-Eryani", a name after the field)
  if (!field || !/^\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+)?$/u.test(field) || isOrganisationName(field))
    return false;
  const words = field.split(/\s+/);
  if (words.some((w) => genderOfFirstName(w) !== null)) return false;
  // (not "Minister for Trade Tull" when the article knows a person Tull)
  return !names.persons.some((p) => words.some((w) => p.name === w || p.name.endsWith(` ${w}`)));
}

// "Tarrow Finch and Co Inc", "Vell and Company": a firm's name closed by "and Co" (not "Norvel and Dunmore Corp",
// two firms)
const AND_CO_CLOSES = /^(.+) and (?:Co|Company)(?: (?:Inc|Ltd|Corp|Plc|PLC|plc|LLC))?\.?$/;

/**
 * True when `run` is a longer name `name` stands for: one it opens with no "and" in it, or one closed by "and Co"
 * whose words before "and" it opens or ends ("Tarrow said", "Finch said" after "Tarrow Finch and Co Inc").
 */
function opensFirmName(run: string, name: string, opens: RegExp): boolean {
  if (!/ and /.test(run)) return opens.test(run);
  const before = AND_CO_CLOSES.exec(run)?.[1];
  if (!before || / and /.test(before)) return false;
  return before !== name && (before.startsWith(`${name} `) || before.endsWith(` ${name}`));
}

/**
 * The longer name a one-word name opens ("Marsh" → "Marsh & McLennan"), as the text first writes one: the
 * article names a company in full before it shortens it ("Adia Services Inc … Adia S.A. … Adia said").
 */
function longerOrganisationName(names: NameIndex, name: string, text: string, opens: RegExp): string | null {
  let best: string | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const r of names.runs) {
    if (!opensFirmName(r, name, opens)) continue;
    // ("equipment maker Nortel Networks … Nortel said": a run the text gives a business noun is no person's)
    const company = shownCompany(r, text) && genderOfFirstName(r.split(' ')[0] ?? '') === null;
    if (!company && names.persons.some((p) => p.name === r)) continue;
    // named again, or plainly an organisation: "Marsh & McLennan", "Lycos Europe"
    if (!isOrganisationName(r) && !r.includes('&') && !occursTwice(text, r) && !company) continue;
    // written so in the text, commas aside ("Warburg, Pincus Capital Corp"): not "the Fed's Open Market
    // Committee", a part the organisation owns
    const at = firstWritten(text, r);
    if (at < 0) continue;
    if (at < bestAt || (at === bestAt && r.length > (best?.length ?? 0))) {
      best = r;
      bestAt = at;
    }
  }
  if (!best) return null;
  // "Barclays … Barclays Capital", "BHP said … BHP Petroleum Pty Ltd": a name written alone before the
  // longer one (a headline aside) is a name of its own; the longer one names another body, a unit of it
  const body =
    /^[^\n]{1,120}\n/.test(text) && !/[.!?"”]\s*\n/.test(text.slice(0, text.indexOf('\n') + 1))
      ? text.indexOf('\n')
      : 0;
  const first = firstWrittenAlone(text, name, body);
  if (first >= 0 && first < bestAt) return null;
  return best;
}

// where the text first writes `run`, commas allowed between its words; -1 when nowhere
function firstWritten(text: string, run: string): number {
  const at = text.indexOf(run);
  if (at >= 0) return at;
  const loose = cachedRegExp(
    run
      .split(' ')
      .map((w) => escapeRegExp(w))
      .join(',?\\s+'),
    'u',
  );
  return loose.exec(text)?.index ?? -1;
}
