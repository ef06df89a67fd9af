import { countries } from 'countries-list';
import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { isGroupName } from './group-name.js';
import { organisationFitsRole, TRADE_ROLES } from './organisation-fits-role.js';
import { organisationFragment } from './organisation-fragment.js';
import { fitsRoleGender } from './role-gender.js';
import { ageIntroducedPerson } from './speaker-age-introduced-person.js';
import { speakerAsWritten } from './speaker-as-written.js';
import { isPersonName } from './speaker-entity-names.js';
import {
  cachedRegExp,
  escapeRegExp,
  fullestName,
  hasWholeWord,
  isOrganisationName,
  isPlaceName,
  memoByString,
  memoByText,
  mostSalientOrganisation,
  mostSalientPerson,
  regExpBy,
  shownCompany,
} from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { roleEarlierDefinite, roleEarlierDescriptor } from './speaker-role-earlier-descriptor.js';
import { namedSourceHolder, SOURCE_HEADS } from './speaker-role-named-source.js';

const COUNTRY_NAMES = new Set(Object.values(countries).map((c) => c.name));

const DOCUMENTS = new Set([
  'report',
  'survey',
  'study',
  'statement',
  'document',
  'figures',
  'data',
  'poll',
  'book',
  'letter',
  'memo',
  // "The lawsuit said Tom Reid has endured …": a legal paper speaks for itself
  'memorandum',
  'lawsuit',
  'suit',
  'complaint',
  'filing',
  'indictment',
  'ruling',
  'judgment',
  'website',
  'paper',
  'research',
  'analysis',
  'review',
  'source',
  'sources',
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

import { isNamed, PEOPLE_LIST, paragraphOf, type SpeakerRule } from './speaker-rule.js';

const PERSON_ROLES = new Set([
  'president',
  'leader',
  'minister',
  'pm',
  'premier',
  'chancellor',
  'secretary',
  'chairman',
  'chairwoman',
  'chief',
  'executive',
  'boss',
  'director',
  'manager',
  'coach',
  'cardinal',
  'archbishop',
  'bishop',
  'pope',
  'judge',
  'mayor',
  'governor',
  'senator',
  'spokesman',
  'spokeswoman',
  'actor',
  'actress',
  'singer',
  'star',
  'player',
  'striker',
  'captain',
  'founder',
  'head',
  'official',
  'economist',
  'analyst',
  'author',
  'writer',
  'mp',
  'politician',
  'king',
  'queen',
  'prince',
  'princess',
  'general',
  'envoy',
  'ambassador',
  'diplomat',
  'commissioner',
  'chair',
  'founder',
  'owner',
  'winner',
  'champion',
  'rapper',
  'director',
  'producer',
  'lawyer',
  'prosecutor',
  'officer',
  'doctor',
  'professor',
  'scientist',
  'researcher',
  'veteran',
  'frontman',
  'musician',
  'presenter',
  'host',
  'designer',
  'businessman',
  'businesswoman',
  'tycoon',
  'billionaire',
  'entrepreneur',
  'superstar',
  'midfielder',
  'defender',
  'goalkeeper',
  'forward',
  'winger',
  'batsman',
  'bowler',
  'athlete',
  'runner',
  'rider',
  'driver',
  'boxer',
  'golfer',
  'skipper',
  'international',
  'man',
  'woman',
  'mother',
  'father',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
  'dean',
  'editor',
  'inspector',
  // "Ann Tull quit … The former teacher confirmed …": a person's calling, the one just named
  'teacher',
  'lecturer',
  'academic',
  'historian',
  'banker',
  'peer',
  'campaigner',
  'priest',
  'vicar',
  'nurse',
  'farmer',
]);
/** Bodies named after the person they serve ("the Vane campaign", "the Tull camp"). */
const CAMP_HEADS = new Set(['campaign', 'camp', 'administration']);

const ORG_ROLES = new Set([
  'company',
  'firm',
  'group',
  'bank',
  'newspaper',
  'daily',
  'paper',
  'agency',
  'ministry',
  'party',
  'union',
  'club',
  'network',
  'channel',
  'carrier',
  'airline',
  'retailer',
  'insurer',
  'broadcaster',
  'organisation',
  'organization',
  'association',
  'body',
  'regulator',
  'watchdog',
  'commission',
  'giant',
  'maker',
  'manufacturer',
  'operator',
  'publisher',
  'studio',
  'label',
  'charity',
  'department',
  'government',
  'board',
  'council',
  'committee',
  'bourse',
  'exchange',
  'report',
  'survey',
  'study',
  'magazine',
  'website',
  'site',
  'service',
  'business',
  'chain',
  'supermarket',
  'store',
  'station',
  'broadcaster',
  'corporation',
  'side',
  'team',
  'federation',
  'court',
  'utility',
  ...TRADE_ROLES,
]);

// a rank below the role's holder: "the deputy mayor", "Vice President Joe Bloggs"
const RANKS = /^(?:assistant|deputy|vice|acting|interim|junior|associate|shadow)$/;

// "deputy" → "[Dd]eputy": a role word as it opens a sentence or not (a name after it stays capitalised)
const firstEitherCase = (w: string) =>
  `[${w[0]?.toUpperCase() ?? ''}${w[0] ?? ''}]${escapeRegExp(w.slice(1))}`;

// the place or body a role belongs to: "Canterbury" of "The Archbishop of Canterbury", "Food" of "the Food and
// Agriculture Organization's chief veterinary officer"
const BODY_OF_ROLE =
  /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]+)|(\p{Lu}[\p{L}\p{M}-]+)(?:\s+\p{Lu}[\p{L}\p{M}-]+)*['’]s?\s/u;

/** "the president said" → the person the article titled president; "the company said" → the organisation. */
// the heads of a name cut after its first word ("State Department" cut to "Department")
const CUT_HEADS =
  /^(?:Department|Ministry|Office|Exchange|Council|Commission|Agency|Bureau|Board|Committee)$/;

export const speakerFromRole: SpeakerRule = (input) => {
  const choice = roleChoice(input);
  if (!choice?.speaker || !/^speaker\/role-(?:previous-speaker|most-salient-person)$/.test(choice.rule))
    return choice;
  // "…, said Ros Coward, who wrote the biography. The Archbishop of Canterbury said: …": a role of a named place or
  // body goes to the person just quoted or most talked about only when some sentence names them with it
  const body = BODY_OF_ROLE.exec(input.quote.mention?.text ?? '');
  const word = body?.[1] ?? body?.[2];
  if (!word) return choice;
  const surname = choice.speaker.split(/\s+/).at(-1) ?? choice.speaker;
  const { seg, text } = input;
  const together = seg.sentences.some((x) => {
    const t = text.slice(x.start, x.end);
    return hasWholeWord(t, surname) && hasWholeWord(t, word);
  });
  return together ? choice : speakerAsWritten(input);
};

/** True when the text calls `name` "the <head> of <another>" right after it ("Ann Berg, the president of the Tarn
 * Council"), so that "the <head> of <what>" is someone else. */
function holdsOfAnother(text: string, name: string, head: string, what: string): boolean {
  const re = cachedRegExp(
    `${escapeRegExp(name)},?\\s+(?:[\\p{L}-]+\\s+){0,3}?${firstEitherCase(head)}\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*)`,
    'gu',
  );
  for (const hit of text.matchAll(re)) if (hit[1] && hit[1].toLowerCase() !== what.toLowerCase()) return true;
  return false;
}

/** True when the text sets `name` (by its surname) off beside "<head> of <what>" ("the Archbishop of Lorne, Dr Tom
 * Wills", "Tom Wills, the archbishop of Lorne"; not 'the Archbishop of Lorne said: "… Prince Tom …"'). */
function holdsOf(text: string, name: string, head: string, what: string): boolean {
  const surname = escapeRegExp(name.split(/\s+/).pop() ?? name);
  const role = `${firstEitherCase(head)}\\s+of\\s+(?:the\\s+)?${escapeRegExp(what)}`;
  return cachedRegExp(
    `${role},\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}${surname}\\b|\\b${surname},\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}${role}`,
    'u',
  ).test(text);
}

const roleChoice: SpeakerRule = (input) => {
  const { quote, names, previous, text, seg } = input;
  // "the former governor and current Liberal candidate": the first of two roles of one person
  const m = quote.mention?.text.replace(
    /\s+and\s+(?:current|former|then|now|incoming|outgoing|acting)\s.*$/i,
    '',
  );
  if (!m || !/^the\s/i.test(m)) return null;
  // "The Guardian reported", "the Observer said": a newspaper's name, not a guardian's or an observer's role
  if (
    /^the\s+(?:Guardian|Observer|Independent|Examiner|Monitor|Messenger|Sentinel|Spectator|Economist)$/i.test(
      m,
    ) &&
    /\s\p{Lu}/u.test(m)
  )
    return null;
  // "the ADB", "The Japanese Rugby Football Union (JRFU)": a name with its article
  const bare = m.replace(/\s*\([^)]*\)$/, '').replace(/^the\s+/i, '');
  if (
    (/(?<![\p{L}\p{M}\p{N}_])[\p{Lu}\d&.]{2,}$/u.test(bare) && !/\b(?:PM|MP|MEP|CEO)$/.test(bare)) ||
    /\p{Lu}\S*\s+\p{Lu}\S*$/u.test(bare) ||
    (/^\p{Lu}[\p{L}.&]*$/u.test(bare) && !/^(?:PM|MP|MEP|CEO)$/.test(bare) && !/^\p{Lu}\p{Ll}+$/u.test(bare))
  )
    return null;
  const words = m
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/);
  // "the former secretary of state": the role is the word before "of" when that word is a person's role
  const of = words.indexOf('of');
  const head =
    (of > 1 && PERSON_ROLES.has(words[of - 1] ?? '') ? words[of - 1] : words[words.length - 1]) ?? '';
  if (/s$/.test(head) && !PERSON_ROLES.has(head) && !ORG_ROLES.has(head)) return null;
  if (ORG_ROLES.has(head)) {
    // "the U.S. intelligence committee": a descriptor with its own proper words stands as written
    if (words.length > 2 && /\s\p{Lu}/u.test(m)) return null;
    if (DOCUMENTS.has(head)) return null;
    // "Rio Ferdinand said …" then "the club said": a person quoted by name is not the club
    // ("Unilever said …", "Kestrel Energy said …": an organisation quoted by name is still one)
    const quotedPeople = previous
      .filter((q) => q.speaker && /^speaker\/(?:entity-name|fullest-name|name)\b/.test(q.speakerRule ?? ''))
      .map((q) => q.speaker ?? '')
      .filter((s) => !isOrganisationName(s) && (/\s/.test(s) || names.persons.some((p) => p.name === s)))
      // ("computer company Norsk Data said …": a name the text gives a business noun is a company's)
      .filter((s) => !shownCompany(s, text) || genderOfFirstName(s.split(/\s+/)[0] ?? '') !== null)
      .filter(
        (s) =>
          !names.organisations.some((o) => o.name === s) ||
          genderOfFirstName(s.split(/\s+/)[0] ?? '') !== null,
      );
    // "…, the Department of Trade and Industry said. … the department said": an organisation that spoke before,
    // its name holding the role's word
    const word = new RegExp(`\\b${head[0]?.toUpperCase() ?? ''}${head.slice(1)}\\b`);
    for (let i = previous.length - 1; i >= 0; i--) {
      const spoke = previous[i]?.speaker;
      // (not "Union officials": a group of people)
      if (
        spoke &&
        /^\p{Lu}/u.test(spoke) &&
        !/\s\p{Ll}+$/u.test(spoke) &&
        word.test(spoke) &&
        organisationFitsRole(head, spoke)
      )
        return { speaker: spoke, rule: 'speaker/role-previous-organisation' };
    }
    // "A group of companies … said … The group added": the unnamed body that spoke before
    const described = words.length === 2 ? roleEarlierDescriptor(head, { quote, previous, seg }) : null;
    if (described) return { speaker: described, rule: 'speaker/role-earlier-descriptor' };
    // the most salient organisation the role can stand for ("the central bank" is no World Trade Organisation)
    const passed: string[] = [];
    for (let tries = 0; tries < 8; tries++) {
      const org = mostSalientOrganisation(names, text, quote.start, 1, [...quotedPeople, ...passed]);
      if (!org) return null;
      // "the government says" in a story about Canada: the country is not its government
      if (head === 'government' && COUNTRY_NAMES.has(org)) return null;
      // "George Michael is to play a Radio 2 session. The station also confirmed …": a person's name is no station
      // "A group led by New York investor Dan Vell … The group said": not "York", and no other name either;
      // "the State Department … the agency said", "the Liberal Democrats … The party says": the word the cut name
      // always follows joins a department's or a party's
      const fragment = organisationFitsRole(head, org) ? organisationFragment(org, text) : null;
      if (fragment !== null)
        return fragment && (CUT_HEADS.test(org) || head === 'party')
          ? { speaker: `${fragment} ${org}`, rule: 'speaker/role-most-salient-organisation+word-before' }
          : null;
      if (personShaped(org)) {
        passed.push(org);
        continue;
      }
      if (organisationFitsRole(head, org))
        return { speaker: org, rule: 'speaker/role-most-salient-organisation' };
      passed.push(org);
    }
    return null;
  }
  // "the official" after "an official": the same unnamed source; "the second analyst" is another one
  // ("the agent" after "Tom Vell's agent": the one acting for him)
  const other = /\b(?:second|third|fourth|fifth|other|another)\b/i.test(m);
  // one pattern for every earlier quote, made when first needed (compiled once per head word)
  let descriptor: RegExp | undefined;
  let owned: RegExp | undefined;
  let withBody: RegExp | undefined;
  let another: RegExp | undefined;
  const same = (other ? [] : [...previous]).reverse().find((q) => {
    if (!q.mention) return false;
    descriptor ??= cachedRegExp(`^(?:an?|one)\\s(?:.*\\s)?${escapeRegExp(head)}$`, 'i');
    owned ??= cachedRegExp(`^[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,2}['’]s\\s+${escapeRegExp(head)}$`);
    if (descriptor.test(q.mention.text) || owned.test(q.mention.text)) return true;
    // ("A spokesman for Tarn Lake Corp said …. Analysts said …. The spokesman said": the descriptor with the body
    // it speaks for, when no other holder of the word is written since: not "… A spokesman for the bus company
    // declined to comment. The spokesman said")
    withBody ??= cachedRegExp(
      `^(?:an?|one)\\s(?:.*\\s)?${escapeRegExp(head)}\\s+(?:for|of|at|with)\\s+\\S`,
      'i',
    );
    if (!withBody.test(q.mention.text)) return false;
    another ??= cachedRegExp(`\\b(?:an?|another|one)\\s+(?:[\\p{L}-]+\\s+)?${escapeRegExp(head)}\\b`, 'iu');
    return !another.test(text.slice(q.mention.end, quote.mention?.start ?? quote.start));
  });
  if (same?.speaker) return { speaker: same.speaker, rule: 'speaker/role-same-descriptor' };
  // "The White House aide said …. The aide added …": the fuller definite descriptor just before, as written
  const fuller = other ? null : roleEarlierDefinite(head, quote, previous, names, 'descriptor');
  if (fuller) return { speaker: fuller, rule: 'speaker/role-earlier-definite' };
  // "…, said Tom Vell, a USDA official. … The USDA official said": the person quoted with that role
  const holder = SOURCE_HEADS.test(head) ? namedSourceHolder(head, m, input) : null;
  if (holder) return { speaker: holder, rule: 'speaker/role-named-source' };
  if (DOCUMENTS.has(head)) return null;
  // "the Vane campaign has denied it", "the campaign said": a campaign or camp speaks as written, not the
  // "campaign manager" named before
  if (CAMP_HEADS.has(head)) return null;
  const roleWords = words.slice(1).filter((w) => !/^(?:former|new|then)$/.test(w));
  // ('the Tarn candidate told KTV\' Face the Show, saying people "are threatened"': not a name after the mention, in
  // its own clause)
  const mentionAt = quote.mention?.start ?? quote.start;
  const before = names.persons.filter((n) => n.start < quote.start && n.start < mentionAt);
  // "the assistant coach", "the deputy mayor": another holder than the coach or mayor named, unless someone was
  // given that very rank
  const rank = roleWords.find((w) => RANKS.test(w));
  if (rank) {
    const held = [
      ...text
        .slice(0, quote.start)
        .matchAll(
          new RegExp(
            String.raw`\b${firstEitherCase(rank)}\s+${firstEitherCase(head)}\s*,?\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})`,
            'gu',
          ),
        ),
    ].pop()?.[1];
    if (held) return { speaker: fullestName(names, held) ?? held, rule: 'speaker/role-of-name' };
    if (!before.some((n) => n.roles.includes(rank) && n.roles.includes(head))) return null;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const n = before[i];
    if (
      n &&
      roleWords.length &&
      roleWords.every((w) => n.roles.includes(w) || (w === 'pm' && n.roles.includes('prime'))) &&
      !n.roles.some((r) => RANKS.test(r) && !roleWords.includes(r))
    ) {
      return { speaker: n.name, rule: 'speaker/role-of-name' };
    }
  }
  // "The home secretary said … Home Secretary Charles Clarke told MPs …": a full title named only later
  if (roleWords.length >= 2) {
    // (not "shadow home secretary Ola Berg" for "the home secretary": a rank the role does not have)
    const later = names.persons.find(
      (n) =>
        n.start > quote.start &&
        roleWords.every((w) => n.roles.includes(w)) &&
        !n.roles.some((r) => RANKS.test(r) && !roleWords.includes(r)) &&
        // (a rank opening its sentence, capitalised: "Shadow home secretary Tom Berg")
        !/(?:^|[.!?]\s+)(?:Assistant|Deputy|Vice|Acting|Interim|Junior|Associate|Shadow)\s+(?:\p{Ll}+\s+){1,3}$/u.test(
          text.slice(Math.max(0, n.start - 60), n.start),
        ),
    );
    if (later)
      return { speaker: fullestName(names, later.name) ?? later.name, rule: 'speaker/role-of-name-later' };
    // "The Tarnland attorney general said … ¶ …, said Greg Abel, Tarnland attorney general.": the descriptor's
    // words set off right after a person's name later on
    const apposed = nameApposedLater(m, text, quote.end);
    if (apposed)
      return { speaker: fullestName(names, apposed) ?? apposed, rule: 'speaker/role-apposed-later' };
  }
  // "Ann Lee has not ruled it out. "…," said the two-time champion.": the subject just named, before an
  // earlier holder of the same title
  const prevEnd = previous[previous.length - 1]?.end ?? 0;
  // "the prime minister" is an office only its holder has, not whoever spoke last or one titled with another
  // office ("Chancellor Tom Reid … the prime minister said": role-office-of-another)
  const office = /^(?:prime minister|pm|president|chancellor|premier|pope|mayor|governor)$/.test(
    roleWords.join(' '),
  );
  // "the Tarnish foreign minister", "the defence secretary": an office named with its field or country is not
  // held by one the text titles with an office of another field ("President Hale"; "Foreign Secretary Ann Lee" is
  // "the foreign minister"); the country is left out of the match
  const capitals = new Set(
    m
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  const country = (w: string) => capitals.has(w) && /(?:an|ese|ish|i|ch)$/.test(w);
  const fieldWords = roleWords.filter((w) => !country(w));
  const fieldOffice = !office && fieldWords.length >= 2 && OFFICE_WORDS.test(fieldWords.at(-1) ?? '');
  // "the president of Cyprus" is not one the text calls "the president of the Eurogroup"
  // (the pattern asks for "of": most descriptors have none)
  const ofWhat = m.includes('of') ? roleOfPattern(head).exec(m)?.[1] : undefined;
  const otherOffice = (n: string) =>
    (!!ofWhat && holdsOfAnother(text, n, head, ofWhat)) ||
    (office && holdsAnotherOffice(text, n, roleWords)) ||
    (fieldOffice &&
      holdsAnotherOffice(
        text,
        n,
        fieldWords.filter((w) => !OFFICE_WORDS.test(w)),
      ));
  const justNamed = narrationSubject(text, seg, names, prevEnd, quote.mention?.start ?? quote.start, 2);
  const justNamedFull = justNamed ? (fullestName(names, justNamed) ?? justNamed) : null;
  if (
    justNamedFull &&
    PERSON_ROLES.has(head) &&
    fitsRoleGender(head, justNamedFull) &&
    !otherOffice(justNamedFull)
  )
    return { speaker: justNamedFull, rule: 'speaker/role-narration-subject' };
  for (let i = before.length - 1; i >= 0; i--) {
    const n = before[i];
    // "the president" is not "Vice President Joe Bloggs"
    if (
      n?.roles.includes(head) &&
      !n.roles.some((r) => RANKS.test(r) && !roleWords.includes(r)) &&
      !(ofWhat && holdsOfAnother(text, n.name, head, ofWhat))
    )
      return { speaker: n.name, rule: 'speaker/role-of-name' };
  }
  // "the 30-year-old", "the American", "the United boss": the person the story is about
  // ("the 41-year-old chart-topper": an age makes any head a person's)
  const aged = words.some((w) => /^\d+-year-old$/.test(w)) && /^[\p{Ll}-]+$/u.test(head);
  if (!PERSON_ROLES.has(head) && !aged && !/^\d+-year-old$|^(?:[\p{L}]+(?:an|ese|ish))$/u.test(head))
    return null;
  // a person who became the subject of the narration since the last quote: "Roddick lost. "…," said the American.
  const subject = narrationSubject(text, seg, names, prevEnd, quote.mention?.start ?? quote.start, 4);
  const subjectName = subject ? (fullestName(names, subject) ?? subject) : null;
  if (subjectName && fitsRoleGender(head, subjectName) && !otherOffice(subjectName))
    return { speaker: subjectName, rule: 'speaker/role-narration-subject' };
  // "… represented by Emma Dunn, who plays a witch. The 14-year-old said …": the person just introduced
  const introduced = ageIntroducedPerson(m, { quote, text, seg, names, previous });
  if (introduced) return { speaker: introduced, rule: 'speaker/role-age-introduced-person' };
  // 'the independent Tarn senator said, … "…?" Ada Hale asked. "…," the senator said.': a fuller definite
  // descriptor with the same head, a named person's mention for an earlier quote, before whoever spoke last
  const described = roleEarlierDefinite(head, quote, previous, names);
  if (described) return { speaker: described, rule: 'speaker/role-earlier-definite' };
  // the person just quoted, if any, else the person the story is about
  const here = paragraphOf(seg, quote.start);
  // ("the president of Cyprus": an office of a named place or body is not whoever spoke last)
  for (let i = office || ofWhat ? -1 : previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    const s = p?.speaker;
    if (!p || here - paragraphOf(seg, p.start) > 1) break;
    // (one person: "the chairman" is not "Tony Blair and Ruth Kelly")
    if (
      s &&
      isNamed(s) &&
      /\s/.test(s) &&
      !PEOPLE_LIST.test(s) &&
      // ("the head of the inquiry" is not "Both officers")
      !isGroupName(s) &&
      !isOrganisationName(s) &&
      fitsRoleGender(head, s) &&
      !otherOffice(s)
    )
      return { speaker: s, rule: 'speaker/role-previous-speaker' };
  }
  // ("the Tarnish foreign minister" no one was given: the descriptor, not whoever the story names most; "the
  // constitutional affairs secretary" with no country is the person the story is about)
  if (fieldOffice && fieldWords.length < roleWords.length) return null;
  // "the intelligence community's inspector general", "the chief executive of a Tarn car maker": a role tied to
  // an owner of its own, or to one left unnamed, is not whoever the story names most
  if (/['’]s?\s/u.test(m) || /\s(?:of|for|at)\s+(?:an?|one)\s/.test(m)) return null;
  // "the American ambassador", "the Vermont senator": an office the story's subject was never given is another's,
  // when the story has named anyone else ("Ann Lee took over Tarn City. The former Keel chairman said …" is her)
  const fullBefore = new Set(before.map((p) => fullestName(names, p.name) ?? p.name));
  // (not "the prime minister", "the president": the one office of a country, its holder the story's subject)
  const countryOffice = /^(?:prime minister|pm|premier|president|chancellor|pope)$/.test(roleWords.join(' '));
  // ("the president of Cyprus": an office of a named place or body, only one the text gives it)
  const heldRole = (n: string) =>
    (ofWhat
      ? holdsOf(text, n, head, ofWhat)
      : countryOffice || !HELD_OFFICE.test(head) || fullBefore.size <= 1) ||
    names.persons.some((p) => p.roles.includes(head) && (fullestName(names, p.name) ?? p.name) === n);
  const salient = mostSalientPerson(
    names,
    text,
    quote.start,
    (n) => fitsRoleGender(head, n) && !otherOffice(n) && heldRole(n),
  );
  if (salient) return { speaker: salient, rule: 'speaker/role-most-salient-person' };
  // ("the Archbishop of Tarnby" no one is set off beside: the descriptor as written)
  return ofWhat ? speakerAsWritten(input) : null;
};

// offices a person holds by appointment or election, which a story gives its holder in words
const HELD_OFFICE =
  /^(?:ambassador|senator|governor|congressman|congresswoman|inspector|general|executive|judge|justice|commissioner|director|mayor|minister|secretary|spokesman|spokeswoman|spokesperson|prosecutor|attorney|sheriff|official|officer|chairman|chairwoman|adviser|advisor|aide)$/;

// "Huw Stephens", "Mohamed Rashdan": a given name and a surname, no word of a company's name
const personShaped = (name: string) =>
  /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(name) &&
  genderOfFirstName(name.split(/\s+/)[0] ?? '') !== null &&
  !isOrganisationName(name);

// the offices one person holds at a time: "chancellor" is not the prime minister, "home secretary" not the premier
const OFFICE_WORDS = /^(?:prime|minister|pm|premier|chancellor|president|secretary|pope|mayor|governor)$/;

/**
 * Whether the text titles `name` right before it with an office ("Chancellor Tom Reid", "Foreign Minister Ann
 * Lee", "London mayor Mr Kell") and never with all of `roleWords`.
 */
function holdsAnotherOffice(text: string, name: string, roleWords: string[]): boolean {
  const titles = titlesBefore(text, name);
  const office = (t: string[]) => OFFICE_WORDS.test(t.at(-1) ?? '');
  // (one office by three names: "Prime Minister Ann Lee" is "the premier", "the PM")
  const premier = (t: string[]) =>
    t.includes('premier') || t.includes('pm') || (t.includes('prime') && t.includes('minister'));
  const holds = (t: string[]) => (premier(roleWords) ? premier(t) : roleWords.every((w) => t.includes(w)));
  return titles.some(office) && !titles.some((t) => office(t) && holds(t));
}

/** The words (up to three, lower case) the text writes right before each occurrence of `name` or its surname. */
const titlesBefore = memoByText((text, name): string[][] => {
  const parts = name.split(/\s+/);
  const surname = parts.at(-1) ?? name;
  if (!surname) return [...text.matchAll(titlePattern(name))].map(titleWords);
  // each search starts where the stretch of words (letters, blanks, stops, the given names' characters) running
  // up to the surname's next occurrence does: every match ends with the surname, so none starts before (the
  // pattern, tried at every letter of the text, cost more than the rest of the rule)
  const given = parts.slice(0, -1).join('');
  const pattern = titlePattern(name);
  const titles: string[][] = [];
  let from = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, from)) {
    let start = at;
    while (start > from && inWords(text.charCodeAt(start - 1), given)) start--;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) break;
    titles.push(titleWords(m));
    from = pattern.lastIndex;
  }
  return titles;
});
const titleWords = (m: RegExpMatchArray): string[] => (m[1] ?? '').toLowerCase().split(/\s+/);
// (a pattern of this module's own, searched with exec from a chosen offset)
const titlePattern = regExpBy('gu', (name) => {
  const parts = name.split(/\s+/);
  const surname = parts.at(-1) ?? name;
  const given = parts.slice(0, -1).map(escapeRegExp).join('\\s+');
  return String.raw`((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?${given ? `(?:${given}\\s+)?` : ''}${escapeRegExp(surname)}(?![\p{L}\p{M}'’-])`;
});
const WORDS_CHAR = /[\p{L}\p{M}\s.]/u;
// a character a match may hold before its surname (a half of a surrogate pair too: an astral letter)
const inWords = (c: number, given: string): boolean =>
  (c >= 0xd800 && c <= 0xdfff) ||
  WORDS_CHAR.test(String.fromCharCode(c)) ||
  given.includes(String.fromCharCode(c));

// "the president of Cyprus" → "Cyprus": the place or body after the role's head word (one pattern per head word)
const roleOfPattern = regExpBy(
  'u',
  (head) => `(?:^|\\s)${firstEitherCase(head)}\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*)`,
);

// the descriptor's words after "the" as a later appositive writes them, and the last word's letters after its first
// (which any text the patterns match holds), worked out once per descriptor; each pattern compiled when first tried
const apposedPatterns = memoByString(
  (descriptor: string): { role: string; tail: string; comma?: RegExp; named?: RegExp } | null => {
    const words = descriptor.split(/\s+/).slice(1);
    if (words.length < 2) return null;
    const role = words
      .map((w) => (/^\p{Ll}/u.test(w) ? firstEitherCase(w) : escapeRegExp(w)))
      .join(String.raw`\s+`);
    return { role, tail: words[words.length - 1]?.slice(1) ?? '' };
  },
  2_000,
);

/** The person's name a later appositive gives the descriptor's very words ("Greg Abel, Tarnland attorney general"
 * for "the Tarnland attorney general"), or null. */
function nameApposedLater(descriptor: string, text: string, from: number): string | null {
  const p = apposedPatterns(descriptor);
  // (the role's last word written after the quote first: a scan for a plain string is the cheapest)
  if (!p || text.indexOf(p.tail, from) < 0) return null;
  // (the role set off after a comma next: most texts have none, and the names' pattern is tried at every capital)
  const rest = text.slice(from);
  p.comma ??= new RegExp(String.raw`,\s+(?:the\s+)?${p.role}(?![\p{L}\p{M}])`, 'u');
  if (!p.comma.test(rest)) return null;
  p.named ??= new RegExp(
    String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+(?:the\s+)?${p.role}(?![\p{L}\p{M}])`,
    'u',
  );
  const hit = p.named.exec(rest);
  const name = hit?.[1];
  if (!name || !isPersonName(name) || isOrganisationName(name) || isPlaceName(name)) return null;
  return name;
}
