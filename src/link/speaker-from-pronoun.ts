import { countries } from 'countries-list';
import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import type { EntityLayer } from '../entities/find-entities.js';
import { tokenIndexAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Quote } from '../types.js';
import { isGroupName } from './group-name.js';
import { textGenderOfPerson } from './person-text-gender.js';
import { NARRATED_STATEMENT } from './speaker-continues-previous.js';
import {
  cachedRegExp,
  escapeRegExp,
  expandAcronym,
  fullestName,
  indexBetween,
  isOrganisationName,
  isPlaceName,
  mostSalientOrganisation,
} from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { OUTLET_WORD } from './speaker-outlet-named.js';
import { pronounBodySubject } from './speaker-pronoun-body-subject.js';
import { pronounClauseSubject, pronounOneWordSpeaker } from './speaker-pronoun-clause-subject.js';
import { pronounDescriptorSubject } from './speaker-pronoun-descriptor-subject.js';
import { pronounGroupBefore } from './speaker-pronoun-group-before.js';
import {
  firstNameDeniesPronoun,
  onlyOtherPersonFitting,
  pronounOtherGenderPerson,
} from './speaker-pronoun-other-gender.js';
import { pronounOwnClauseGroup } from './speaker-pronoun-own-clause-group.js';
import { pronounPluralSubject } from './speaker-pronoun-plural-subject.js';
import { pronounReporterGoesOn } from './speaker-pronoun-reporter-goes-on.js';
import { pronounSentenceOrganisation } from './speaker-pronoun-sentence-organisation.js';
import { pronounSubordinateGroup } from './speaker-pronoun-subordinate-group.js';
import {
  isNamed,
  lookBackStart,
  PEOPLE_LIST,
  PRONOUNS,
  paragraphOf,
  type SpeakerInput,
  type SpeakerRule,
} from './speaker-rule.js';
import { fitsTitleGender, sharedSurnameFits, titledSurnames, writtenTitleGender } from './title-gender.js';

const isPerson = (s: string) => isNamed(s) && !isOrganisationName(s) && !/^\p{Lu}\p{Ll}+s$/u.test(s);
const PLURAL_GROUP =
  /(?:^|\s)(?:Women|Men|People|Children|Officials|Leaders|Workers|Residents|Citizens|Voters|Students|Farmers|Troops|Families|Members|Protesters|Activists)$/u;
// "she" is not a spokesman, "he" not a spokeswoman or a Mrs
const fitsGender = (pronoun: string, name: string, mention = '') => {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  // "Afghan Women", "Campaign Workers": a capitalised group is no "he" or "she"
  if (PLURAL_GROUP.test(name) || isGroupName(name)) return false;
  const s = `${mention} ${name}`;
  return pronoun === 'she'
    ? !/\b(?:spokesman|chairman|businessman|Mr|Sir|Lord|King|Prince)\b/.test(s)
    : !/\b(?:spokeswoman|chairwoman|businesswoman|actress|Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\b/.test(s);
};
const NOT_A_PERSON =
  /^(?:company|firm|group|bank|newspaper|paper|daily|agency|ministry|party|union|club|statement|report|survey|study|government|board|council|committee|court|document|book|letter|website|poll|police|army|military|navy|staff|public|press|media|decision|communique|country|department|office|authority|commission|institute|organi[sz]ation|service|bureau)$/;
// "spokeswoman", "official": nouns that only a person is
const PERSON_NOUN =
  /^(?:spokes(?:wo)?man|spokesperson|official|minister|secretary|adviser|advisor|analyst|executive|director|chairman|chairwoman|economist|lawyer|attorney|source|aide|officer|manager|trader|dealer|strategist|diplomat|envoy|president|governor|mayor|senator|leader)$/;
// "one arbitrageur", "an official", "the second analyst": one unnamed person
const isPersonDescriptor = (s: string) => {
  // "Another said …": one more of the people just quoted
  if (/^another$/i.test(s)) return true;
  // "A Department for Education spokeswoman": a person noun after the organisation's name
  const last = /\s([\p{Ll}-]+)$/u.exec(s)?.[1];
  if (/^(?:a|an|one|the|another)\s/i.test(s) && last && PERSON_NOUN.test(last)) return true;
  // "an analyst at Keel Securities": the head before its prepositional phrase
  // ("a spokesman for the Rio Port": "the" may open the organisation's name)
  // ("the chief executive of a Tarn car maker": of one left unnamed)
  const head = s
    .replace(/\s+(?:at|for|with|of|from|in)\s+(?:the\s+)?\p{Lu}.*$/u, '')
    .replace(/\s+(?:at|for|with|of|from|in)\s+(?:an?|one)\s.*$/u, '');
  const m = /^(?:a|an|one|the|another)\s+(?:[\p{L}-]+\s+){0,4}([\p{Ll}-]+)$/u.exec(head);
  return !!m?.[1] && !/s$/.test(m[1]) && !NOT_A_PERSON.test(m[1]);
};
// "a bank spokesman", "an official at Keel Bank": a descriptor whose head only a person is
const hasPersonHead = (s: string) => {
  const head = s.replace(/\s+(?:at|for|with|of|from|in)\s.*$/u, '');
  return (
    /^(?:a|an|one|the|another)\s/i.test(head) && PERSON_NOUN.test(/([\p{Ll}-]+)$/u.exec(head)?.[1] ?? '')
  );
};
// what follows a descriptor's head: "of the Tarn investigators", "at Keel Securities"
const HEAD_COMPLEMENT = /\s+(?:of|at|for|from|in|with)\s.*$/u;
// "Money market dealers", "Diplomatic and official sources": words and a lower-case plural head
const LOWER_PLURAL_HEAD = /^\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+)*\s+\p{Ll}[\p{Ll}-]*s$/u;
// "U.S. officials", "Pentagon planners": a lower-case plural head after capitalised modifiers is a group too
const isGroupOrOrg = (s: string) =>
  // ("the head of the Tarn investigators": one person, the head before "of")
  (!isNamed(s) && /s$/.test(s.replace(HEAD_COMPLEMENT, ''))) ||
  isOrganisationName(s) ||
  (isNamed(s) && !/\s/.test(s)) ||
  /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*\s+\p{Ll}[\p{Ll}-]*s$/u.test(s);

interface KnownNames {
  /** Names of person entities and texts of person mentions. */
  persons: Set<string>;
  /** Names and aliases of organisation and place entities. */
  others: Set<string>;
  /** Names of organisation entities. */
  organisations: Set<string>;
}

/** Positive evidence of a name's gender: a title ("Mr", "Lord", "Mrs") or a first name of one gender. */
function genderOf(name: string, roles: string[]): 'male' | 'female' | null {
  if (roles.some((r) => /^(?:mr|sir|lord|baron|king|prince)$/.test(r))) return 'male';
  if (roles.some((r) => /^(?:mrs|ms|miss|lady|baroness|dame|queen|princess)$/.test(r))) return 'female';
  return genderOfFirstName(name.split(/\s+/)[0] ?? '');
}

// "Ann Poll, the chairwoman, …" is no "he": the article's role nouns and own pronouns for the person, if any
function textGenderFits(pronoun: string, name: string, { text, seg, names, all }: SpeakerInput): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const gender = textGenderOfPerson(text, name, { seg, names, quotes: all });
  return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}

// "Ms Kelly said … “…,” she argued. … “…,” he said": a speaker the earlier quotes mostly call by the other
// pronoun or title is no "he" ("she" is no "Mr Lee")
function genderFits(pronoun: string, name: string, mention: string, previous: Quote[]): boolean {
  if (!fitsGender(pronoun, name, mention)) return false;
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  let same = 0;
  let other = 0;
  for (const q of previous) {
    if (q.speaker !== name || !q.mention) continue;
    const t = q.mention.text;
    // ("quoted her as saying", "His …" opening a sentence: an object or possessive pronoun resolved to the speaker)
    // (the pronoun alone: "her lawyer, Tom Reid" says nothing of Tom Reid)
    if (/^(?:she|Ms|Mrs|Miss)\b|^her$/i.test(t)) pronoun === 'she' ? same++ : other++;
    else if (/^(?:he|Mr)\b|^(?:him|his)$/i.test(t)) pronoun === 'he' ? same++ : other++;
  }
  return other <= same;
}

// "The programme also heard from Lord Roberts of Conwy, who was a minister then. He denied that …": a sentence
// opening with "he"/"she" right after one that names a person in full who has not spoken yet, the pronoun's
// gender given by a title or first name (not "The plan was put forward by Tom Reid. She said …")
function personIntroducedJustBefore(
  pronoun: 'he' | 'she',
  at: number,
  {
    seg,
    names,
    previous,
    text,
    entities,
  }: Pick<SpeakerInput, 'seg' | 'names' | 'previous' | 'text' | 'entities'>,
): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  const before = seg.sentences[k - 1];
  // "At first he said …", "Later she told …": a short time phrase may come before the pronoun
  const opening = here ? text.slice(here.start, at) : '';
  const opens = opening === '' || /^(?:At first|Later|Earlier|Then|Afterwards|Initially)\s+$/.test(opening);
  if (!here || !before || !opens || here.paragraph - before.paragraph > 1) return null;
  // a narration sentence, not the attribution after a quote ("“We checked,” he added.")
  if (/["”’»]\s*$/.test(text.slice(Math.max(0, at - 4), at))) return null;
  // not a name inside what someone said ("Healy said chairman Roger Smith had hinted … He said …")
  const reported = (o: number) => previous.some((q) => o >= q.start && o < q.end);
  const named = names.persons.filter(
    (n) => n.start >= before.start && n.start < before.end && !reported(n.start),
  );
  // "The claims were put to Lee after the game. At first he said …": a surname alone, of a person named in full
  if (named.length === 0) {
    const sentence = text.slice(before.start, before.end);
    for (const w of sentence.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b(?!['’]s\b)/gu)) {
      const at = before.start + (w.index ?? 0);
      const full = fullestName(names, w[0]);
      if (full && /\s/.test(full) && !reported(at)) named.push({ name: w[0], start: at, roles: [] });
    }
  }
  const last = named[named.length - 1];
  if (!last) return null;
  // "“…,” Mayor Kell said after meeting with Governor Penn. He did not …": the person who spoke in the sentence
  // before, its subject, goes on — not one named after the cue
  const lastFull = fullestName(names, last.name) ?? last.name;
  const spoke = previous.find(
    (q) =>
      q.mention &&
      q.speaker &&
      q.mention.start >= before.start &&
      q.mention.end <= last.start &&
      q.speaker !== lastFull &&
      (namesOf(entities).persons.has(q.speaker) ||
        named.some((n) => n.start < last.start && (fullestName(names, n.name) ?? n.name) === q.speaker)) &&
      fitsGender(pronoun, q.speaker, q.mention.text),
  );
  if (spoke) return null;
  // "Speaking after a meeting with Ann Lee, the Norland banker said …. He said …", "A Keel Motor official said ….
  // He said …": one described, not named, who spoke in the sentence before goes on (taken up by the rules after)
  const described = previous.some(
    (q) =>
      q.mention &&
      q.speaker &&
      q.mention.start >= before.start &&
      q.mention.end <= before.end &&
      !reported(q.mention.start) &&
      isPersonDescriptor(q.mention.text) &&
      fitsGender(pronoun, q.speaker, q.mention.text),
  );
  if (described) return null;
  // "Mr. Lee spoke of the statue of Ada Rilke in the square. He said …": the person opening the sentence as its
  // subject, not one named later in it
  const first = named[0];
  if (
    first &&
    first !== last &&
    /^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(before.start, first.start)) &&
    // (not a possessor: "Mr Lee's theory was questioned by Ada Rilke. She accepted …")
    !/^['’]s?\b/.test(text.slice(first.start + first.name.length)) &&
    fullestName(names, first.name) !== fullestName(names, last.name)
  )
    return null;
  // "The premier shrugged off claims from opposition leader Ola Berg that … He said …": a sentence opened by a
  // person described, not named, goes on from them (taken up by the rules after), not from one named after a
  // preposition
  // (not "The programme also heard from Lord Rees. He denied …": one heard from, not a person who speaks)
  const lead = text.slice(before.start, last.start);
  const opener = /^The\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})/u.exec(lead)?.[1]?.trim().split(/\s+/) ?? [];
  if (
    named.length === 1 &&
    opener.some((w) => PERSON_NOUN.test(w) || /^(?:chancellor|premier|prime)$/.test(w)) &&
    /\b(?:from|by|with|to|against|for|about)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(lead)
  )
    return null;
  // "Lord Roberts of Conwy": a peer is named by title and seat, not by another Roberts of the text
  const seat = /^\s+of\s+\p{Lu}[\p{L}-]+/u.exec(text.slice(last.start + last.name.length))?.[0];
  const peer = last.roles.find((r) => /^(?:lord|lady|baron|baroness)$/.test(r));
  // '"…," Hussein said. He also said …': a name that is a quote's own mention is the speaker that quote resolved to
  // (King Hussein, not the Saddam Hussein the surname's fullest name would give)
  const spoken = previous.find(
    (q) => q.speaker && q.mention && q.mention.start <= last.start && last.start < q.mention.end,
  )?.speaker;
  const full =
    peer && seat
      ? `${peer[0]?.toUpperCase()}${peer.slice(1)} ${last.name}${seat.replace(/\s+/g, ' ')}`
      : spoken && isPerson(spoken) && /\s/.test(spoken)
        ? spoken
        : (fullestName(names, last.name) ?? last.name);
  if (!/\s/.test(full)) return null;
  // "Sir Tom Reid's resignation": a possessor is not the subject the pronoun goes on from
  if (/^['’]s\b/.test(text.slice(last.start + last.name.length))) return null;
  // a first name of no known gender ("Dafydd", "Arsene") does not rule the person out
  const gender = genderOf(full, last.roles);
  if (!fitsTitleGender(pronoun, full, text)) return null;
  return gender === (pronoun === 'he' ? 'male' : 'female') || (gender === null && fitsGender(pronoun, full))
    ? full
    : null;
}

// "Mr Varnholm is going to court to see Mrs Quell's son. She denies …", "… see Mrs Quell's son, whom he says he
// fathered": the one person named with a title of the pronoun's gender in its sentence (up to it) or the one before,
// not inside a direct quote; the full name the text gives them
function titledPersonJustBefore(
  pronoun: 'he' | 'she',
  at: number,
  { seg, names, text, previous }: Pick<SpeakerInput, 'seg' | 'names' | 'text' | 'previous'>,
): string | null {
  const from = lookBackStart(seg, at);
  if (from === null) return null;
  const gender = pronoun === 'he' ? 'male' : 'female';
  const quoted = (o: number) => previous.some((q) => q.type === 'direct' && o >= q.start && o < q.end);
  const surnames = new Set(
    titledSurnames(text.slice(from, at), gender)
      .filter((t) => !quoted(from + t.at))
      .map((t) => t.surname),
  );
  const [surname] = surnames;
  if (surnames.size !== 1 || !surname) return null;
  const full = fullestName(names, surname) ?? surname;
  return fitsTitleGender(pronoun, full, text) && sharedSurnameFits(text, gender, full) ? full : null;
}

// "The European Commission fined Norvel Corp. It said the firm had fixed prices.": "It" opening a sentence is
// the organisation that opened the sentence before as its subject, not the object the entity layer may pick
function organisationOpeningSentenceBefore(
  at: number,
  { seg, names, text }: Pick<SpeakerInput, 'seg' | 'names' | 'text'>,
): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  const before = seg.sentences[k - 1];
  if (!here || !before || here.start !== at || here.paragraph - before.paragraph > 1) return null;
  // "This Thursday the Norvel Commission …": a time phrase may open the sentence before the subject; a bracket the
  // wire writes round a firm unlisted on an exchange too ("(Keel Holdings Inc) said …")
  const opening =
    text
      .slice(before.start, before.end)
      .match(/^(?:(?:This|Last|On|Earlier)\s+\p{Lu}\p{Ll}+,?\s+)?(?:[Tt]he\s+)?[(<]?/u)?.[0].length ?? 0;
  const org = names.organisations.find((o) => o.start === before.start + opening);
  if (!org) return null;
  // "… Commission on Religious Freedom (NCRF) also criticized": the rest of the name, its acronym, an adverb
  let v = tokenIndexAt(seg.tokens, org.start + org.name.length);
  if (!((seg.tokens[v]?.start ?? before.end) < before.end)) v = -1;
  for (let n = 0; v >= 0 && n < 10; n++, v++) {
    const t = seg.tokens[v];
    const w = t ? text.slice(t.start, t.end) : '';
    if (!t || !(t.pos === 'PROPN' || t.pos === 'ADV' || /^(?:[()]|of|on|for|and)$/.test(w))) break;
  }
  const verb = v >= 0 ? seg.tokens[v] : undefined;
  if (!verb || verb.start >= before.end || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  // "SARFT" → the name it stands for; "Norland Commission on Religious Freedom (NCRF)" → the name its acronym
  // stands for, whole
  const acronym = /\(([\p{Lu}&]{2,8})\)/u.exec(text.slice(org.start, verb.start))?.[1];
  const expanded = acronym ? expandAcronym(names, acronym) : null;
  if (expanded?.startsWith(org.name)) return expanded;
  const run = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:on|of|for|and|the)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*/u.exec(
    text.slice(org.start, verb.start),
  )?.[0];
  if (acronym && run && run.length > org.name.length && /\s(?:on|of|for)\s/.test(run)) return run;
  return expandAcronym(names, org.name) ?? org.name;
}

// "the company", "the airline": an organisation the text did not name, as its report was attributed
const ORGANISATION_DESCRIPTOR =
  /^the\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|bank|airline|carrier|utility|agency|ministry|department|government|council|committee|commission|newspaper|paper|network|broadcaster|retailer|insurer|lender|maker|manufacturer|producer|operator|union|party|organisation|organization)$/u;

// 'Norvel is "trying to buy them off", he said.', "Instead, the Act could help, he argued.": the subject of the
// sentence the quote opens in, when that sentence is what was said (no "Ann Lee added: " before the quote), is
// what the speaker talks about, not the speaker
function subjectOfWhatWasSaid(
  subject: string,
  quote: Quote,
  { seg, names, text }: Pick<SpeakerInput, 'seg' | 'names' | 'text'>,
): boolean {
  if (!quote.mention || quote.mention.start < quote.end) return false;
  const own = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!own || own.end <= quote.start) return false;
  if (/[:,]\s*["“‘']?\s*$/.test(text.slice(own.start, quote.start))) return false;
  return narrationSubject(text, seg, names, own.start, own.start + 1, 1, true) === subject;
}

// a person named, or a group or "they", between two offsets (the next paragraph's own sources)
const GROUP_WORD =
  /\b(?:they|[Aa]nalysts|[Tt]raders|[Oo]fficials|[Ss]ources|[Dd]ealers|[Ee]xperts|[Ee]conomists|[Ii]nvestors|[Bb]rokers|[Bb]ankers)\b/g;
// ("…, dealers said. ¶ Trading was thin and dealers expected no move. ¶ …, they said.": the same head again is
// the same group going on, not another one)
const otherGroupBetween = (
  text: string,
  names: SpeakerInput['names'],
  from: number,
  to: number,
  head: string,
) =>
  [...text.slice(from, to).matchAll(GROUP_WORD)].some((w) => w[0].toLowerCase() !== head.toLowerCase()) ||
  names.persons.some((n) => n.start >= from && n.start < to);
// "Analysts said …. However, they noted …": a plural source opening its sentence is capitalised, not a name
const OPENING_GROUP =
  /^(?:Analysts|Traders|Officials|Sources|Dealers|Experts|Economists|Investors|Brokers|Bankers|Diplomats|Delegates|Lawyers|Observers|Critics|Residents|Witnesses)$/;

// the report that holds this one within its first sentence ("The bulletin said oil sources said output fell")
const outerReport = (inner: Quote, previous: Quote[], text: string): Quote | undefined =>
  previous.find(
    (q) =>
      q !== inner &&
      q.start <= inner.start &&
      inner.end <= q.end &&
      // (a report that runs on over a full stop is a span gone wrong, not a report around another)
      !/[.!?]\s/.test(text.slice(q.start, inner.start)),
  );
const nestedInReport = (inner: Quote, previous: Quote[], text: string) =>
  !!outerReport(inner, previous, text)?.speaker;

// the speaker of the quote whose report (quote or attribution) ends in the sentence of the pronoun or the one just
// before it, when it is an organisation or group: "…, the company said. It added …"
function organisationReportingJustBefore(
  pronoun: string,
  quote: Quote,
  previous: Quote[],
  seg: SpeakerInput['seg'],
  text: string,
  fits: (s: string) => boolean,
): string | null {
  let last = previous[previous.length - 1];
  if (!last || !quote.mention) return null;
  // "The newsletter said Libyan sources said output fell. It said …": a report inside another report; the outer
  // one's speaker goes on
  last = outerReport(last, previous, text) ?? last;
  const speaker = last.speaker;
  if (!speaker || !/^\p{L}/u.test(speaker) || /^(?:Co|Inc|Corp|Ltd|Plc|PLC|LLC|AG|SA)$/.test(speaker))
    return null;
  // "a company spokesman said … It said": a person is no "it"; "humans", "the steps": a plural is no "it" either
  if (isPersonDescriptor(speaker)) return null;
  if (pronoun === 'it' && !isNamed(speaker) && /s$/.test(speaker)) return null;
  if (!fits(speaker) && !ORGANISATION_DESCRIPTOR.test(speaker)) return null;
  const k = rangeIndexHolding(seg.sentences, quote.mention.start);
  const reportEnd = Math.max(last.end, last.mention?.end ?? 0) - 1;
  const j = rangeIndexHolding(seg.sentences, reportEnd);
  if (k < 0 || j < 0 || k - j > 1 || k < j) return null;
  return speaker;
}

// "Labatt said … it said" where the entity layer joins "it" to "John Labatt Ltd", "the officials" where it joins
// "Ex-Im officials": the fuller name of the same speaker
function fullerJoined(speaker: string, quote: Quote, entities: EntityLayer, text: string): string {
  const joined = entityJoinedTo(quote, entities, text);
  const core = speaker.replace(/^the\s+/i, '');
  return joined &&
    joined.length > core.length &&
    new RegExp(`(?:^|\\s)${escapeRegExp(core)}(?:\\s|$)`).test(joined)
    ? joined
    : speaker;
}

// the organisation, group or descriptor the entity layer joins an "it"/"they" mention to
function entityJoinedTo(quote: Quote, entities: EntityLayer, text: string): string | null {
  const mention = entities.mentions.find((x) => x.start === quote.mention?.start && x.kind === 'pronoun');
  const e = mention?.entity ? entities.entities.find((x) => x.id === mention.entity) : undefined;
  // "…, palm growers told Tarn Wire. … They said …": a hearer the text names only after "told" is no "they"
  const heardOnly =
    e !== undefined &&
    /^they$/i.test(quote.mention?.text ?? '') &&
    entities.mentions.every(
      (x) =>
        x.entity !== e.id ||
        x.kind === 'pronoun' ||
        /\btold\s+$/.test(text.slice(Math.max(0, x.start - 6), x.start)),
    );
  if (heardOnly) return null;
  // a noun phrase, not a clause the entity layer took for one ("the law would favour large firms")
  const phrase = (n: string) =>
    n.split(/\s+/).length <= 6 &&
    !/\b(?:would|will|could|should|can|may|is|are|was|were|has|have|had|did|does)\b/i.test(n);
  if (
    !e ||
    e.kind === 'person' ||
    e.kind === 'pronoun' ||
    PRONOUNS.has(e.name.toLowerCase()) ||
    !phrase(e.name)
  )
    return null;
  return e.kind === 'descriptor' || e.kind === 'group'
    ? e.name.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())
    : e.name;
}

// the entity layer's names by kind, gathered once per article (every pronoun quote asks of several speakers)
const knownNames = new WeakMap<EntityLayer, { entities: number; mentions: number; names: KnownNames }>();
function namesOf(layer: EntityLayer): KnownNames {
  const memo = knownNames.get(layer);
  if (memo && memo.entities === layer.entities.length && memo.mentions === layer.mentions.length)
    return memo.names;
  const names: KnownNames = { persons: new Set(), others: new Set(), organisations: new Set() };
  for (const e of layer.entities) {
    if (e.kind === 'person') names.persons.add(e.name);
    if (e.kind === 'organization') names.organisations.add(e.name);
    if (e.kind === 'organization' || e.kind === 'place')
      for (const n of [e.name, ...e.aliases]) names.others.add(n);
  }
  for (const x of layer.mentions) if (x.kind === 'person') names.persons.add(x.text);
  knownNames.set(layer, { entities: layer.entities.length, mentions: layer.mentions.length, names });
  return names;
}

// a surname standing whole, no letter, mark, apostrophe or hyphen either side: "Lee" in "Mr Lee has failed"
const NO_NAME_PART_BEFORE = /(?<![\p{L}\p{M}'’-])/uy;
const NO_NAME_PART_AFTER = /(?![\p{L}\p{M}'’-])/uy;

// “…,” he added. → the previous quote's speaker, before the nearest name in the text;
// "it said" → the organisation that spoke last; "they say" → the group that spoke last.
// "“Mr Lee has failed to act,” he said.": a speaker seldom names himself in the third person, so a "he" or "she"
// after the quote that would stand for the person the quote names goes on from the person quoted just before,
// when that one is named nowhere in it
export const speakerFromPronoun: SpeakerRule = (input) => {
  const choice = pronounChoice(input);
  const { quote, previous, seg } = input;
  const m = quote.mention;
  if (!choice?.speaker || !m || m.start < quote.end || !/^(?:he|she)$/i.test(m.text)) return choice;
  const named = (s: string) =>
    indexBetween(quote.content, s.split(/\s+/).at(-1) ?? s, NO_NAME_PART_BEFORE, NO_NAME_PART_AFTER) >= 0;
  if (!/\s/.test(choice.speaker) || !named(choice.speaker)) return choice;
  const last = previous[previous.length - 1];
  if (
    last?.speaker &&
    isPerson(last.speaker) &&
    /\s/.test(last.speaker) &&
    !named(last.speaker) &&
    paragraphOf(seg, quote.start) - paragraphOf(seg, last.start) <= 1
  )
    return { speaker: last.speaker, rule: 'speaker/pronoun-not-named-inside' };
  // (no other speaker to go on from: "Ahola challenged himself …, he told Wikinews" may be the writer's words)
  return choice;
};

const POSSESSIVE_SUBJECT: Record<string, string> = { its: 'it', his: 'he', their: 'they' };
// the mention opens its sentence, after a linking word at most ("But its claims …")
function opensSentence(quote: Quote, seg: SpeakerInput['seg'], text: string): boolean {
  const m = quote.mention;
  const s = m ? seg.sentences[rangeIndexHolding(seg.sentences, m.start)] : undefined;
  return (
    !!m && !!s && /^(?:(?:But|And|Yet|However|Still|Meanwhile),?\s+)?$/.test(text.slice(s.start, m.start))
  );
}

const pronounChoice: SpeakerRule = (input) => {
  const { quote, previous, names, seg, text, entities } = input;
  // "The Post quoted him as saying": an object pronoun as the mention stands for its subject form
  const said = quote.mention?.text.toLowerCase();
  // "Its claims that prices would rise were denied.": a possessive opening its sentence stands for what the
  // subject pronoun would (one inside the sentence is mention/possessive-antecedent's)
  const possessive = said && /^(?:its|his|their)$/.test(said) && opensSentence(quote, seg, text);
  const m =
    said === 'him'
      ? 'he'
      : said === 'her'
        ? 'she'
        : said === 'them'
          ? 'they'
          : possessive
            ? POSSESSIVE_SUBJECT[said]
            : said;
  if (!m || !/^(?:he|she|they|it|we)$/.test(m)) return null;
  const here = paragraphOf(seg, quote.start);
  const known = namesOf(entities);
  // "Silas said …" then "he said": a one-word surname the entity layer knows as a person
  const knownPerson = (s: string) => known.persons.has(s);
  // a name the entity layer knows as a person's full name opening with a known first name, or the surname of one
  // ("Reid" of "Tom Reid"; not "Lycos Europe", which the entity layer may take for a person)
  // ("Actor Tom Reid": the name after its role words)
  const fullPerson = (s: string) => {
    const full = fullestName(names, s) ?? s.split(/\s+/).slice(-2).join(' ');
    return (
      /\s/.test(full) && known.persons.has(full) && genderOfFirstName(full.split(/\s+/)[0] ?? '') !== null
    );
  };
  // "England said …" then "he said": a team, country or firm is no "he"
  // (not "Yukos spokesman Mike Lake", whom the entity layer may take for a lake: a role before a name whose first
  // name is of the pronoun's gender)
  const titledPerson = (s: string) =>
    /^\S+\s+\S+$/.test(s) &&
    genderOfFirstName(s.split(/\s+/)[0] ?? '') === (m === 'he' ? 'male' : m === 'she' ? 'female' : null) &&
    names.persons.some((p) => p.name === s && p.roles.length > 0);
  const knownOther = (s: string) => known.others.has(s) && !knownPerson(s) && !titledPerson(s);
  // "Michelle, a mother of twins, said …": a first name alone, of the pronoun's gender
  // introduced as a person ("Michelle, a mother of twins,", "Lucy, 36,"), not "which Washington has urged"
  const givenName = (s: string) =>
    !/\s/.test(s) &&
    genderOfFirstName(s) === (m === 'he' ? 'male' : 'female') &&
    !isPlace(s) &&
    cachedRegExp(`(?<![\\p{L}'’-])${escapeRegExp(s)},\\s+(?:an?\\s|the\\s|\\d)`, 'u').test(text);
  const fits =
    m === 'he' || m === 'she'
      ? (s: string) =>
          (knownPerson(s) || (isPerson(s) && (/\s/.test(s) || !!fullestName(names, s) || givenName(s)))) &&
          !knownOther(s)
      : (s: string) =>
          (isGroupOrOrg(s) ||
            // "Tarn Statistics Office said …. The agency said …. It said …": a body "the agency" or "the company"
            // stood for
            previous.some(
              (q) => q.speaker === s && q.speakerRule?.startsWith('speaker/company-continues-'),
            )) &&
          !knownPerson(s);
  // a person the rules below pass over for the title the article gives them: then the one titled person of the
  // pronoun's gender just before is who it stands for (pronoun-titled-person)
  let titleBlocked = false;
  const titleFits = (n: string) => {
    const ok = fitsTitleGender(m, n, text);
    if (!ok) titleBlocked = true;
    return ok;
  };
  const titled = () => {
    if (!titleBlocked || (m !== 'he' && m !== 'she')) return null;
    const speaker = titledPersonJustBefore(m, quote.mention?.start ?? quote.start, {
      seg,
      names,
      text,
      previous,
    });
    return speaker ? { speaker, rule: 'speaker/pronoun-titled-person' } : null;
  };
  // "Roe said Tom Vell was right when he said the army was in ruins": a pronoun inside someone's reported words
  // stands for the person those words last name, not for their speaker
  if ((m === 'he' || m === 'she') && quote.mention) {
    const at = quote.mention.start;
    let outer: Quote | undefined;
    for (let i = previous.length - 1; i >= 0 && !outer; i--) {
      const q = previous[i];
      // (not a record of the same words opening where this one does: "The plan, he says, is …")
      if (q && q.start <= at && at < q.end && q.type === 'indirect' && q.start < quote.start) outer = q;
      // quotes are in text order: one ending well before the mention's sentence holds nothing
      if (q && q.end < at - 2000) break;
    }
    if (outer) {
      const named = names.persons.filter((n) => n.start >= outer.start && n.start < at).at(-1);
      const full = named ? (fullestName(names, named.name) ?? named.name) : null;
      if (full && full !== outer.speaker && fitsGender(m, full) && titleFits(full))
        return { speaker: full, rule: 'speaker/pronoun-in-reported-speech' };
      const other = titled();
      if (other) return other;
    }
  }
  // "Tarn prosecutors charged the driver …, they said Sunday": the group opening the quote's own sentence
  if (m === 'they') {
    const own = pronounOwnClauseGroup(input);
    if (own) return own;
    // "Authorities sealed the port after they said …": the group opening the sentence the pronoun's clause hangs on
    const main = pronounSubordinateGroup(input);
    if (main) return main;
  }
  // "The companies feel otherwise. They say …": the group or organisation the entity layer joins the pronoun to
  // "…, industry analysts said. But doubts remain over whether Norvel can cope, they said.": a "they" after the
  // report goes on from the group that spoke just before, not a name inside the report
  if (m === 'they' && (quote.mention?.start ?? 0) >= quote.end) {
    // ("They said that at the meeting delegates had said the plan was harsh. …, they said.": the group whose report
    // holds the last one, not the delegates reported inside it)
    const inner = previous[previous.length - 1];
    const outer = previous[previous.length - 2];
    const last = inner && outer && outer.start <= inner.start && inner.end <= outer.end ? outer : inner;
    const head = last?.speaker?.replace(HEAD_COMPLEMENT, '') ?? '';
    const gap = last ? here - paragraphOf(seg, last.start) : Number.POSITIVE_INFINITY;
    if (
      last?.speaker &&
      (gap <= 1 ||
        // ("…, they said. ¶ The average price fell to 99 cents. ¶ …, they said.": a paragraph of figures between,
        // naming no person and no other group)
        (gap === 2 &&
          !otherGroupBetween(
            text,
            names,
            Math.max(last.end, last.mention?.end ?? 0),
            quote.start,
            last.speaker.split(/\s+/).at(-1) ?? '',
          ))) &&
      // ("Traders said …", "Money market dealers said …": a group opening its sentence keeps the capital, its head
      // stays lower case)
      (!isNamed(last.speaker) || OPENING_GROUP.test(last.speaker) || LOWER_PLURAL_HEAD.test(head)) &&
      // ("the head of the Tarn investigators": one person, the head before "of")
      /s$/.test(head) &&
      !knownPerson(last.speaker)
    )
      return { speaker: last.speaker, rule: 'speaker/pronoun-previous-group' };
  }
  // "Dorn, Harrow and others say …. The culprits, they said, are …": "they" goes on from the list that just spoke
  if (m === 'they') {
    const last = previous[previous.length - 1];
    const sentenceOf = (at: number) => rangeIndexHolding(seg.sentences, at);
    const at = quote.mention?.start ?? quote.start;
    // ("Keel Ltd and Vell Inc said …. The companies said …. ¶ The new firm will be called Keel Vell. …, they said.":
    // the pair "the companies" stood for, a paragraph on)
    const pair =
      last?.speakerRule?.startsWith('speaker/definite-named-pair') &&
      paragraphOf(seg, at) - paragraphOf(seg, last.start) <= 1;
    if (
      last?.speaker &&
      /,|\sand\s/.test(last.speaker) &&
      (sentenceOf(at) - sentenceOf(last.start) <= 1 || pair)
    )
      return { speaker: last.speaker, rule: 'speaker/pronoun-previous-list' };
  }
  // "Norvel Power also said its board had delayed the work. Unit Two is 60 pct complete, it added.": "it" in the
  // sentence right after an organisation's report goes on from that organisation, not from a name the report
  // or the quote itself holds ("The European Union was imposing new rules, it noted.")
  if (m === 'it' || m === 'they') {
    // ("Geogia Power": a name the entity layer knows as an organisation fits though no word of it says so)
    const adjacent = organisationReportingJustBefore(
      m,
      quote,
      previous,
      seg,
      text,
      (s) =>
        fits(s) ||
        known.organisations.has(s) ||
        // "Mathematical Applications" for "Mathematical Applications Group Inc": a known organisation cut short
        [...known.organisations].some((o) => o.startsWith(`${s} `)) ||
        // "…, the Vell Daily said. It said …": a newspaper the entity layer may not know as an organisation
        (m === 'it' && /\s/.test(s) && /^\p{Lu}/u.test(s) && OUTLET_WORD.test(s)) ||
        // "Norvel Motor Co's Norvel Credit unit said …. It said …": a unit that spoke as its name
        previous.some((q) => q.speaker === s && q.speakerRule?.startsWith('speaker/unit-')) ||
        // "Oil traders in the New York area": a group with where it is from
        (m === 'they' && /^(?:\p{Lu}[\p{L}-]*\s+)*[\p{Ll}-]+[^s]s\s+(?:in|at|from|of|with)\s/u.test(s)),
    );
    if (adjacent)
      return {
        speaker: fullerJoined(adjacent, quote, entities, text),
        rule: 'speaker/pronoun-adjacent-organisation',
      };
  }
  // "The Norvel Commission criticised the move. They released a statement …": an organisation as "they" too
  if (m === 'it' || m === 'they') {
    const subject = organisationOpeningSentenceBefore(quote.mention?.start ?? quote.start, {
      seg,
      names,
      text,
    });
    if (subject) return { speaker: subject, rule: 'speaker/pronoun-previous-subject-organisation' };
  }
  // "Industry analysts said …. They said …": the group that was the subject just before
  if (m === 'they') {
    const group = pronounPluralSubject(input);
    if (group) return group;
  }
  // "the Keel report was upbeat. It said …": a described document or body as the subject just before
  if (m === 'it') {
    const body = pronounBodySubject(input, 'named');
    if (body) return body;
  }
  // "Keel Foods, a unit of Vell Corp, shut its plant because it said …": the organisation the sentence is about
  if (m === 'it') {
    const own = pronounSentenceOrganisation(input, (n) => fullestOrganisationName(names, n, text));
    if (own) return own;
  }
  if (m === 'it' || m === 'they') {
    const joined = entityJoinedTo(quote, entities, text);
    // "… The awards were made to Keel Grain Co, it said.": not a firm the words name in passing
    const reporter =
      m === 'it' && joined
        ? pronounReporterGoesOn(
            input,
            joined,
            (s) =>
              !isPersonDescriptor(s) &&
              !hasPersonHead(s) &&
              !knownPerson(s) &&
              (known.organisations.has(s) || isOrganisationName(s) || ORGANISATION_DESCRIPTOR.test(s)),
          )
        : null;
    if (reporter) return reporter;
    if (joined) return { speaker: joined, rule: 'speaker/pronoun-entity' };
  }
  if (m === 'it') {
    const body = pronounBodySubject(input, 'as-written');
    if (body) return body;
  }
  // "it said": the organisation the story is about
  if (m === 'it') {
    const org = mostSalientOrganisation(names, text, quote.start, 2);
    // (not a person's surname the text repeats: "Actor Tom Reid … Reid … Reid … It stated …")
    if (org && !fullPerson(org)) return { speaker: org, rule: 'speaker/pronoun-most-salient-organisation' };
  }
  // "…, but the spokesman declined to name them. …, he said.": a described person as the subject just before
  if (m === 'he' || m === 'she') {
    const described = pronounDescriptorSubject(m, input);
    if (described) return described;
  }
  // a person who became the subject of the narration after the previous quote: "Mr Lee was freed. He said …"
  // (not "… he added", which goes on from the previous speaker)
  // ("He said the pier would reopen and added that …": an "added" sharing its subject with the sentence's own
  // "said" opens that statement, no going on)
  const sharedSaid =
    quote.mention !== null &&
    quote.cue !== null &&
    quote.mention.end <= quote.cue.start &&
    quote.cue.start - quote.mention.end < 400 &&
    /^\s+(?:said|says|told)\b[^"“”.;]*\band\s+$/.test(text.slice(quote.mention.end, quote.cue.start));
  const goesOn =
    /^(?:add|adds|added|adding|continued|continues)$/i.test(quote.cue?.text ?? '') && !sharedSaid;
  // a narration subject only its first name kept from the pronoun (see the previous speakers below)
  let deniedSubject: string | null = null;
  if ((m === 'he' || m === 'she') && !goesOn) {
    const prevEnd = previous[previous.length - 1]?.end ?? 0;
    const at = quote.mention?.start ?? quote.start;
    let subject = narrationSubject(text, seg, names, prevEnd, at, 4, true);
    if (subject && subjectOfWhatWasSaid(subject, quote, { seg, names, text })) subject = null;
    let full = subject ? (fullestName(names, subject) ?? subject) : null;
    // "Mr Howard will speak. Mrs Howard made her debut. … she said": not Michael Howard (title-gender-shared-surname)
    const written = subject ? writtenTitleGender(text, prevEnd, at, subject) : null;
    // "Electronic Arts topped the chart": an organisation the entity layer knows is no "he"
    const organisation = (n: string) => known.organisations.has(n);
    if (subject && full && written && !sharedSurnameFits(text, written, full)) {
      if (fitsGender(m, subject, written === 'male' ? 'Mr' : 'Mrs'))
        return { speaker: subject, rule: 'speaker/pronoun-title-shared-surname' };
      full = null;
    }
    // "Tom Reid met Ann Tull. She said …": not the subject of the other gender, when one person fits
    const fitting = full ? pronounOtherGenderPerson(m, full, input) : null;
    if (fitting) return { speaker: fitting, rule: 'speaker/pronoun-other-gender-person' };
    // ('Ann Lee met Reid. "…," he said.': not a subject whose first name is of the other gender, but the one other
    // person named that fits)
    const denied = full ? firstNameDeniesPronoun(m, full, text) : false;
    if (full && fitsGender(m, full) && titleFits(full) && !organisation(full) && !denied)
      return { speaker: full, rule: 'speaker/pronoun-narration-subject' };
    const instead = full && denied ? onlyOtherPersonFitting(m, full, input) : null;
    if (instead && fitsGender(m, instead) && titleFits(instead) && !organisation(instead))
      return { speaker: instead, rule: 'speaker/pronoun-other-person' };
    if (full && denied && !instead && fitsGender(m, full) && titleFits(full) && !organisation(full))
      deniedSubject = full;
    const other = titled();
    if (other) return other;
  }
  // 'On Tuesday, prime minister Ann Lee called the deal "null and void". "It ignores our islands," she added.': in a
  // new paragraph that opens by narrating a statement of someone who has not spoken, "she added" goes on from her
  const last = previous[previous.length - 1];
  if ((m === 'he' || m === 'she') && goesOn && last?.speaker && paragraphOf(seg, last.start) < here) {
    const paragraph = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)]?.paragraph;
    const opening = seg.sentences.find((x) => x.paragraph === paragraph);
    const subject =
      opening && opening.end <= quote.start && NARRATED_STATEMENT.test(text.slice(opening.start, opening.end))
        ? narrationSubject(text, seg, names, opening.start, opening.start + 1, 1, true)
        : null;
    const full = subject ? (fullestName(names, subject) ?? subject) : null;
    if (
      full &&
      /\s/.test(full) &&
      full !== last.speaker &&
      fitsGender(m, full) &&
      titleFits(full) &&
      !known.organisations.has(full) &&
      !firstNameDeniesPronoun(m, full, text)
    )
      return { speaker: full, rule: 'speaker/pronoun-narration-subject' };
  }
  // "Gov. Ann Lee vetoed the bill because she said …": the person opening the pronoun's own clause
  if (m === 'he' || m === 'she') {
    const subject = pronounClauseSubject(m, input);
    if (subject) return { speaker: subject, rule: 'speaker/pronoun-clause-subject' };
    // "Vance admitted …. “…,” he said.": a one-word name that just spoke in the paragraph
    const oneWord = pronounOneWordSpeaker(input, (s) => known.others.has(s) || isPlace(s));
    if (oneWord) return { speaker: oneWord, rule: 'speaker/pronoun-one-word-speaker' };
  }
  if ((m === 'he' || m === 'she') && !goesOn) {
    const introduced = personIntroducedJustBefore(m, quote.mention?.start ?? quote.start, {
      seg,
      names,
      previous,
      text,
      entities,
    });
    if (introduced) return { speaker: introduced, rule: 'speaker/pronoun-introduced-person' };
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.speaker) continue;
    if (here - paragraphOf(seg, p.start) > 5) break;
    // "Mr Howard said the ministry had said ID cards could help. He added: …": a report inside another one's
    // report is not who speaks on; the outer report's speaker, next in this loop, is
    // (not a person's: "Kelly told viewers that Putin suggested …. He said …" goes on from Putin)
    // ("The minister had been saying …, the spokesman said. “…,” he added.": nor a person's, for a speaker going on)
    if (
      (!isPerson(p.speaker) ||
        known.organisations.has(p.speaker) ||
        (goesOn && (m === 'he' || m === 'she'))) &&
      nestedInReport(p, previous, text)
    )
      continue;
    // "He hit back at Mr Mallon's claim that …. “…,” he said.": the owner of a claim the narration names is
    // not who speaks on (quotes/noun-cue-that)
    if (p.rule === 'quotes/noun-cue-that') continue;
    // "…, analysts said. … “…,” he said.": a group that spoke in between is no "he", nor are two people
    // ("as Tom Reid and Ann Lee have suggested, …")
    if (
      (m === 'he' || m === 'she') &&
      // (not "a spokesman at strike headquarters", one person)
      ((!isNamed(p.speaker) &&
        /(?:^|\s)\p{Ll}[\p{Ll}-]*[^s]s$/u.test(p.speaker) &&
        !hasPersonHead(p.speaker)) ||
        PEOPLE_LIST.test(p.speaker))
    )
      continue;
    // a one-word speaker already taken for a person ("DiCaprio" as a narration subject) stays one
    // (not an organisation the role or pronoun stood for: "The company revealed …. He said …")
    const taken =
      /^speaker\/(?:pronoun|role|entity-name|sentence-subject)/.test(p.speakerRule ?? '') &&
      !/organisation/.test(p.speakerRule ?? '') &&
      !known.organisations.has(p.speaker) &&
      // (nor a name with an organisation's word: "Net Pro Magazine said …. “…,” he said")
      !(isNamed(p.speaker) && isOrganisationName(p.speaker));
    // "…, a survey by Norland Trust said. It found …", "The lawsuit said …. It stated …": the document spoke last
    const document =
      m === 'it' &&
      /^(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:survey|report|study|statement|poll|document|letter|analysis|review|lawsuit|suit|complaint|filing|memo|memorandum|petition|indictment|ruling|judgment|judgement)\b/iu.test(
        p.mention?.text ?? '',
      );
    // "…, a bank spokesman said. It has said …", "auditors had found …. It added": a person or a group is no "it"
    const notIt =
      m === 'it' && (hasPersonHead(p.speaker) || (!isNamed(p.speaker) && /[^s]s$/.test(p.speaker)));
    if (
      ((fits(p.speaker) && !notIt) || document || (taken && (m === 'he' || m === 'she'))) &&
      genderFits(m, p.speaker, p.mention?.text ?? '', previous) &&
      titleFits(p.speaker) &&
      // '"…," said Ann Poll, the chairwoman. ¶ "…," he said': not a speaker the article's words give the other gender
      textGenderFits(m, p.speaker, input)
    ) {
      // '"…," Tom Reid said. The count was run by Ann Tull. "…," she said': not the speaker of the other gender
      const fitting = m === 'he' || m === 'she' ? pronounOtherGenderPerson(m, p.speaker, input) : null;
      if (fitting) return { speaker: fitting, rule: 'speaker/pronoun-other-gender-person' };
      // 'Walz approaches it calmly. She said …' after '“…,” Steven Tolman said': when the first names of both the
      // subject just narrated and the last speaker are of the pronoun's other gender, the subject goes on
      if (deniedSubject && (m === 'he' || m === 'she') && firstNameDeniesPronoun(m, p.speaker, text))
        return { speaker: deniedSubject, rule: 'speaker/pronoun-narration-subject' };
      return { speaker: p.speaker, rule: 'speaker/pronoun-previous-speaker' };
    }
    const other = titled();
    if (other) return other;
    // "…," said one arbitrageur. "…," he added.: an unnamed person who spoke just before
    // ("…, an official said. ¶ The plan … ¶ He said …": two paragraphs on when no person is named in between)
    const gap = here - paragraphOf(seg, p.start);
    const at = quote.mention?.start ?? quote.start;
    if (
      (m === 'he' || m === 'she') &&
      // (or the last but reports nested in its own, for a speaker going on)
      (i === previous.length - 1 ||
        (goesOn && previous.slice(i + 1).every((q) => q.start >= p.start && q.end <= p.end))) &&
      (gap <= 1 || (gap === 2 && !names.persons.some((n) => n.start >= p.end && n.start < at))) &&
      // ("a spokesman at strike headquarters": the person's head before its phrase)
      (isPersonDescriptor(p.speaker) || hasPersonHead(p.speaker)) &&
      fitsGender(m, p.speaker)
    )
      return { speaker: p.speaker, rule: 'speaker/pronoun-previous-unnamed' };
  }
  if (m === 'he' || m === 'she') {
    const before = names.persons
      .filter((n) => n.start < quote.start)
      .map((n) => fullestName(names, n.name) ?? n.name)
      // "Chief executive John Beaumont … A spokeswoman said … She added": not John
      .filter(
        (n) =>
          !isWorkTitle(n) &&
          // "… the swearing in of Ann Kroll as Harbour Commissioner. He said …": an office is no person's name
          !OFFICE_AS_NAME.test(n) &&
          fitsGender(m, n) &&
          fitsTitleGender(m, n, text) &&
          genderOf(n, []) !== (m === 'he' ? 'female' : 'male'),
      );
    const last = before[before.length - 1];
    if (last) return { speaker: last, rule: 'speaker/pronoun-nearest-name' };
  }
  if (m === 'it') {
    // "Electrolux saw its shares rise after it said …": the name that was the subject of a verb just before
    const subject = nameSubjectBefore(quote.mention?.start ?? quote.start, { seg, names, text });
    // (a person the entity layer knows by a full name is no "it": "Actor Tom Reid is suing Keel Studios. … It stated …")
    if (subject && !fullPerson(subject))
      return { speaker: subject, rule: 'speaker/pronoun-nearest-organisation' };
    // (not "Europe", "Asia", "China": a place is no "it" that speaks)
    const orgs = names.organisations.filter((o) => o.start < quote.start && !isPlace(o.name));
    const last = orgs[orgs.length - 1];
    // ("Bank" of "The Bank of Zambia": the name as the text writes it in full)
    if (last)
      return {
        speaker: fullestOrganisationName(names, last.name, text),
        rule: 'speaker/pronoun-nearest-organisation',
      };
    // "Norvel Motor has announced that it plans …. The firm gave no figures but it said …"
    const self = nameCalledIt(quote.mention?.start ?? quote.start, { seg, text });
    if (self) return { speaker: self, rule: 'speaker/pronoun-name-called-it' };
  }
  // "The Keel team, led by Ann Lee, used data from …. They found …": a group opening its sentence or the one before
  if (m === 'they') {
    const group = groupOpeningSentence(quote.mention?.start ?? quote.start, { seg, text });
    if (group) return { speaker: group, rule: 'speaker/pronoun-group-subject' };
  }
  // "Some market participants are more bullish. They point out …": a plural group as a subject just before
  if (m === 'they') {
    const group = pronounGroupBefore(input);
    if (group) return group;
  }
  return null;
};

// a capitalised office standing alone ("Commerce Secretary", "Harbour Commissioner"), taken for a name
const OFFICE_AS_NAME =
  /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Secretary|Minister|Commissioner|President|Chairman|Chairwoman|Director|Governor|Senator|Chancellor|Premier|Ambassador|Spokesman|Spokeswoman)$/u;

// a group of people that can report: "the researchers", "the Keel team", "the couple"
const GROUP_HEAD =
  'team|researchers|scientists|authors|astronomers|investigators|couple|pair|panel|experts|analysts|economists|officials|ministers|leaders|organi[sz]ers|campaigners|activists|lawmakers|legislators|delegates|judges|doctors|engineers|inspectors|auditors';
// (a clause after the subject: ", led by Ann Lee,"; then a verb)
const GROUP_OPENING = new RegExp(
  `^((?:The|the)\\s+(?:(?:\\p{Lu}[\\p{L}-]*|[\\p{Ll}-]+)\\s+){0,3}?(?:${GROUP_HEAD})|\\p{Lu}[\\p{L}\\p{M}'’-]+\\s+et\\s+al\\.?)(?:,[^,.;]{1,60},)?\\s+\\p{Ll}[\\p{Ll}-]*\\s`,
  'u',
);

/**
 * The group that opens the sentence holding `at` (before it) or the sentence before, in the same or the
 * paragraph before, as the subject of a verb: "The researchers used …", "The Keel team, led by Ann Lee, used …",
 * "Lee et al studied …".
 */
function groupOpeningSentence(at: number, { seg, text }: Pick<SpeakerInput, 'seg' | 'text'>): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  if (!here) return null;
  for (const s of [here, seg.sentences[k - 1]]) {
    if (!s || here.paragraph - s.paragraph > 1) continue;
    const m = GROUP_OPENING.exec(text.slice(s.start, s === here ? at : s.end));
    if (!m?.[1]) continue;
    return m[1].replace(/^The\b/, 'the').replace(/\.$/, '');
  }
  return null;
}

/**
 * The name that the text itself goes on to call "it", in the sentence of `at` or the three before it (the
 * paragraph before at most): "Norvel Motor has announced that it plans", "Dutch firm Norvel saw its profits drop".
 */
function nameCalledIt(at: number, { seg, text }: Pick<SpeakerInput, 'seg' | 'text'>): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  const first = seg.sentences[Math.max(0, k - 3)];
  if (!here || !first) return null;
  let from = first.start;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const s = seg.sentences[j];
    if (s && here.paragraph - s.paragraph > 1) from = seg.sentences[j + 1]?.start ?? here.start;
  }
  const window = text.slice(from, at);
  const CALLED_IT =
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}\p{M}&-]+(?:\s+\p{Lu}[\p{L}\p{M}&-]+){0,3})\s+(?:(?:has|had|have)\s+)?[\p{Ll}]+(?:ed|s|w)\s+(?:that\s+)?(?:it|its)\s/gu;
  let best: string | null = null;
  for (const m of window.matchAll(CALLED_IT)) {
    const name = m[1] ?? '';
    // (not a person, a place, a month, "The …" opening a sentence)
    if (genderOfFirstName(name.split(/\s+/)[0] ?? '') !== null && !isOrganisationName(name)) continue;
    if (isPlace(name) || MONTH_OR_DAY.test(name) || /^(?:The|A|An|But|And|In|On|It|This|That)\b/.test(name))
      continue;
    best = name;
  }
  return best;
}

const COUNTRY_OR_CONTINENT = new Set([
  ...Object.values(countries).map((c) => c.name),
  ...['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica', 'Britain', 'Russia'],
  ...['US', 'U.S.', 'USA', 'UK', 'U.K.'],
]);
const isPlace = (name: string) => isPlaceName(name) || COUNTRY_OR_CONTINENT.has(name);

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The nearest capitalised name before `at`, in its sentence or the two before in the same paragraphs, that is the
 * subject of a verb right after it ("Borussia Dortmund posted …", "Citibank said it …"), when it names no person,
 * place or pronoun: what "it" stands for.
 */
function nameSubjectBefore(
  at: number,
  { seg, names, text }: Pick<SpeakerInput, 'seg' | 'names' | 'text'>,
): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  if (!here) return null;
  const from = seg.sentences[Math.max(0, k - 2)]?.start ?? here.start;
  // (binary searches: the first token at or after each, -1 when none)
  const firstAt = (x: number) => {
    const j = tokenIndexAt(seg.tokens, x);
    return j < seg.tokens.length ? j : -1;
  };
  const lo = firstAt(from);
  let i = firstAt(at) - 1;
  if (lo < 0 || i < 0) return null;
  const word = (j: number) => {
    const t = seg.tokens[j];
    return t ? text.slice(t.start, t.end) : '';
  };
  for (; i > lo; i--) {
    const verb = seg.tokens[i];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    // the name just before the verb: proper nouns, joined by "of", "and", "&"
    let j = i - 1;
    if (seg.tokens[j]?.pos !== 'PROPN') continue;
    while (j - 1 >= lo && (seg.tokens[j - 1]?.pos === 'PROPN' || /^(?:of|&)$/.test(word(j - 1)))) j--;
    while (/^(?:of|&)$/.test(word(j))) j++;
    const first = seg.tokens[j];
    const last = seg.tokens[i - 1];
    if (!first || !last || paragraphOf(seg, first.start) < paragraphOf(seg, at) - 1) return null;
    const name = text.slice(first.start, last.end).replace(/^(?:The|A|An)\s+/, '');
    if (!/^\p{Lu}/u.test(name) || /['’]/.test(name) || PRONOUNS.has(name.toLowerCase())) continue;
    if (isPlace(name) || MONTH_OR_DAY.test(name) || /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(name))
      continue;
    // "Revenues were …": one word capitalised only here to open its sentence is no name
    if (!/\s/.test(name) && !/\p{Lu}.*\p{Lu}/u.test(name) && text.split(name).length < 3) continue;
    // a person: a first name, a title, a person the article names
    if (genderOfFirstName(name.split(/\s+/)[0] ?? '') !== null && !isOrganisationName(name)) continue;
    if (
      names.persons.some((p) => p.name === name || p.name.endsWith(` ${name}`)) &&
      !isOrganisationName(name)
    )
      continue;
    return expandAcronym(names, name) ?? fullestOrganisationName(names, name, text);
  }
  return null;
}

// "Hyundai Motor" → "Hyundai Motor Co" when the text writes that first; else the name as it is
function fullestOrganisationName(
  names: Pick<SpeakerInput, 'names'>['names'],
  name: string,
  text: string,
): string {
  const longer = names.runs
    .filter((r) => r.startsWith(`${name} `) && isOrganisationName(r) && text.includes(r))
    .sort((a, b) => text.indexOf(a) - text.indexOf(b))[0];
  return longer ?? name;
}

// "starred in Tales Of The City", "directed Do The Right Thing": a capitalised run with a function word inside
// (or opening on "The") is a title, no person's name (not "Ludwig van Beethoven": particles are lower case; not
// "John A Smith": no article, an initial)
const WORK_TITLE = /^The\s+\p{Lu}|\s(?:The|Of|And|In|On|At|For|To|With|From|Or|Is|Are|My|Your|Our)\s+\p{Lu}/u;
const isWorkTitle = (name: string): boolean => WORK_TITLE.test(name);
