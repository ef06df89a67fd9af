// Coreference inside one article: mentions grouped into entities by an ordered list of small named rules
// (one per file, join-*.ts). Each gets one mention and the drafts so far; the first that answers decides.

import type { Diagnostic, Entity, Mention, MentionKind, RuleName } from '../../types.js';
import type { FoundMention } from '../mentions/mention-context.js';
import { BAND_BEFORE_MEMBER_RULE } from '../mentions/name-before-noun.js';
import { slugify } from '../split-words.js';
import type { CorefRule, CorefState, Draft } from './coref-draft.js';
import { joinAgeDescriptor } from './join-age-descriptor.js';
import { joinApposition } from './join-apposition.js';
import { joinClassDescriptor } from './join-class-descriptor.js';
import { joinOrganizationCoreWord } from './join-organization-core-word.js';
import { joinPronoun } from './join-pronoun.js';
import { joinRegnalName } from './join-regnal-name.js';
import { joinReportingPronoun } from './join-reporting-pronoun.js';
import { joinRoleDescriptor } from './join-role-descriptor.js';
import { joinSameCanonical } from './join-same-canonical.js';
import { joinSameDescriptor } from './join-same-descriptor.js';
import { joinSameFullName } from './join-same-full-name.js';
import { joinSameName } from './join-same-name.js';
import { joinShortOrganizationName } from './join-short-organization-name.js';
import { joinSurname } from './join-surname.js';

export const COREF_RULES: Array<[string, CorefRule]> = [
  ['same-canonical', joinSameCanonical],
  ['same-full-name', joinSameFullName],
  ['short-organization-name', joinShortOrganizationName],
  ['organization-core-word', joinOrganizationCoreWord],
  ['regnal-name', joinRegnalName],
  ['surname', joinSurname],
  ['apposition', joinApposition],
  ['role-descriptor', joinRoleDescriptor],
  ['age-descriptor', joinAgeDescriptor],
  ['class-descriptor', joinClassDescriptor],
  ['same-descriptor', joinSameDescriptor],
  ['pronoun', joinPronoun],
  ['reporting-pronoun', joinReportingPronoun],
  ['same-name', joinSameName],
];

function newDraft(s: CorefState, m: FoundMention, rule: RuleName, kind: MentionKind): Draft {
  const d: Draft = {
    index: s.drafts.length,
    kind,
    found: [],
    foundAt: [],
    canonical: m.canonical ?? null,
    rule,
    first: null,
    last: null,
    nameWords: [],
    gender: null,
    roles: new Set(),
    countries: new Set(),
    governmentOf: m.entry?.governmentOf ?? null,
    // a band read from its member's noun ("Linkin Park singer") takes "the band", not "the company", "the group"
    cls: m.entry?.class ?? (m.rule.startsWith(BAND_BEFORE_MEMBER_RULE) ? 'band' : null),
  };
  s.drafts.push(d);
  return d;
}

function addToDraft(d: Draft, m: FoundMention, at: number): void {
  d.found.push(m);
  d.foundAt.push(at);
  if (m.person && d.kind === 'person') {
    if (m.person.words.length > d.nameWords.length) d.nameWords = m.person.words;
    d.first = d.first ?? m.person.first;
    d.last = d.last ?? m.person.last;
    d.gender = d.gender ?? m.person.gender;
  }
  if (m.kind === 'pronoun' && d.gender === null) d.gender = m.rule.endsWith('female') ? 'female' : 'male';
  if (m.roles) for (const r of m.roles) d.roles.add(r);
  if (m.countries) for (const c of m.countries) d.countries.add(c);
}

export interface Grouped {
  mentions: Mention[];
  entities: Entity[];
}

/** 0 names, 1 bare surnames, 2 descriptors and groups, 3 pronouns: the order mentions are grouped in. */
const passOf = (m: FoundMention) =>
  m.kind === 'pronoun'
    ? 3
    : m.kind === 'descriptor' || m.kind === 'group'
      ? 2
      : m.person && !m.person.first
        ? 1
        : 0;

/** Orders mentions (names first, then descriptors, then pronouns, each by position) and groups them into entities. */
export function groupMentions(text: string, found: FoundMention[], diagnostics: Diagnostic[]): Grouped {
  const s: CorefState = { text, drafts: [], diagnostics };
  const n = found.length;
  // mentions are read by their index in `found` (each object is there once): arrays, not Maps keyed by mention
  const at = (k: number) => found[k] as FoundMention;
  const pass = found.map(passOf);
  const ordered = found
    .map((_, k) => k)
    .sort((a, b) => (pass[a] as number) - (pass[b] as number) || at(a).start - at(b).start);
  const entityOf: Array<Draft | undefined> = new Array(n).fill(undefined);
  const ruleOf: Array<RuleName | undefined> = new Array(n).fill(undefined);
  for (const k of ordered) {
    const m = at(k);
    // an index loop: destructuring each [name, rule] pair went through the iterator protocol
    for (let r = 0; r < COREF_RULES.length; r++) {
      const rule = (COREF_RULES[r] as [string, CorefRule])[1];
      const join = rule(m, s);
      if (!join) continue;
      const draft = 'draft' in join ? join.draft : newDraft(s, m, join.rule, join.kind ?? m.kind);
      addToDraft(draft, m, k);
      entityOf[k] = draft;
      ruleOf[k] = join.rule;
      break;
    }
  }
  const used = s.drafts.filter((d) => d.found.length > 0);
  const ids: string[] = [];
  used.forEach((d, i) => {
    ids[d.index] = `e${i + 1}`;
  });
  const byStart = found.map((_, k) => k).sort((a, b) => at(a).start - at(b).start || at(b).end - at(a).end);
  const mentionIds: string[] = new Array(n).fill('');
  byStart.forEach((k, i) => {
    mentionIds[k] = `m${i + 1}`;
  });
  const mentions: Mention[] = byStart.map((k) => {
    const m = at(k);
    const d = entityOf[k];
    const joinRule = ruleOf[k];
    return {
      id: mentionIds[k] as string,
      start: m.start,
      end: m.end,
      text: m.text,
      kind: d && m.kind === 'other' ? d.kind : m.kind,
      entity: d ? (ids[d.index] ?? null) : null,
      rule: joinRule && joinRule !== m.rule ? `${m.rule}+${joinRule}` : m.rule,
    };
  });
  const entities: Entity[] = used.map((d) => toEntity(d, ids[d.index] ?? '', mentionIds));
  return { mentions, entities };
}

function toEntity(d: Draft, id: string, mentionIds: string[]): Entity {
  // positions in d.found, by start (a stable sort: ties keep the order they joined in)
  const sorted = d.found
    .map((_, k) => k)
    .sort((a, b) => (d.found[a] as FoundMention).start - (d.found[b] as FoundMention).start);
  const names = d.found.filter((f) => f.kind !== 'pronoun' && f.kind !== 'descriptor' && f.kind !== 'group');
  let name: string;
  const usual = d.found.find((f) => f.entry)?.entry?.usual;
  if (d.kind === 'person' && d.nameWords.length) name = d.nameWords.join(' ');
  // a known country or organisation is named by its usual form; the forms written stay aliases
  else if (usual && d.canonical && !d.canonical.startsWith('place:')) name = usual;
  else if (names.length) name = names.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  else name = d.found[sorted[0] ?? -1]?.text ?? '';
  if (d.kind === 'person' && d.nameWords.length) name = fixInitials(d, name);
  let canonical = d.canonical;
  if (!canonical && d.kind === 'person' && d.nameWords.length)
    canonical = `person:${slugify(d.nameWords.join(' '))}`;
  if (!canonical && (d.kind === 'organization' || d.kind === 'place') && names.length)
    canonical = `${d.kind === 'organization' ? 'org' : 'place'}:${slugify(name)}`;
  // each name as the person's words with initials' stops (else as written), then each as written; once each
  const seen = new Set<string>();
  const aliases: string[] = [];
  const alias = (a: string) => {
    if (seen.has(a)) return;
    seen.add(a);
    if (a !== name) aliases.push(a);
  };
  for (const f of names) alias(f.person ? withInitialStops(f.person.words.join(' ')) : f.text);
  for (const f of names) alias(f.text);
  const entity: Entity = {
    id,
    name,
    kind: d.kind,
    canonical,
    mentions: sorted.map((k) => mentionIds[d.foundAt[k] as number] ?? ''),
    aliases,
    rule: d.rule,
  };
  if (d.roles.size) entity.roles = [...d.roles];
  if (d.governmentOf) entity.governmentOf = d.governmentOf;
  return entity;
}

// the same names recur in every article: each is written with its stops once
const WITH_STOPS = new Map<string, string>();

/** "John F Kennedy" → "John F. Kennedy". */
function withInitialStops(name: string): string {
  // "Vladimir Putin": no one-letter word before a space, nothing to write
  if (!hasShortWord(name)) return name;
  let out = WITH_STOPS.get(name);
  if (out === undefined) {
    out = name.replace(/(^| )(\p{Lu}) /gu, '$1$2. ');
    if (WITH_STOPS.size >= 10_000) WITH_STOPS.clear();
    WITH_STOPS.set(name, out);
  }
  return out;
}

/** True when a word of one or two UTF-16 units (one letter, astral ones included) is followed by a space. */
function hasShortWord(name: string): boolean {
  let from = 0;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', from)) {
    if (space - from === 1 || space - from === 2) return true;
    from = space + 1;
  }
  return false;
}

/** Writes a person's fullest name as the text does ("John F. Kennedy", not "John F Kennedy"). */
function fixInitials(d: Draft, fallback: string): string {
  for (const f of d.found) {
    if (!f.person || f.person.words.length !== d.nameWords.length) continue;
    const firstWord = d.nameWords[0] ?? '';
    const lastWord = d.nameWords[d.nameWords.length - 1] ?? '';
    const from = f.text.lastIndexOf(firstWord, f.text.length - lastWord.length);
    // ('Tom "Tip" Rook': the name without the nickname its mention holds in quote marks)
    if (from >= 0 && !/["“”]/.test(f.text)) return f.text.slice(from);
  }
  return fallback;
}
