// Coreference inside one article: mentions grouped into entities by an ordered list of small named rules
// (one per file, join-*.ts). Each gets one mention and the drafts so far; the first that answers decides.

import type { Diagnostic, Entity, Mention, MentionKind, RuleName } from '../../types.js';
import type { FoundMention } from '../mentions/mention-context.js';
import { slugify } from '../split-words.js';
import type { CorefRule, CorefState, Draft } from './coref-draft.js';
import { joinAgeDescriptor } from './join-age-descriptor.js';
import { joinApposition } from './join-apposition.js';
import { joinClassDescriptor } from './join-class-descriptor.js';
import { joinPronoun } from './join-pronoun.js';
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
    canonical: m.canonical ?? null,
    rule,
    first: null,
    last: null,
    nameWords: [],
    gender: null,
    roles: new Set(),
    countries: new Set(),
    governmentOf: m.entry?.governmentOf ?? null,
    cls: m.entry?.class ?? null,
  };
  s.drafts.push(d);
  return d;
}

function addToDraft(d: Draft, m: FoundMention): void {
  d.found.push(m);
  if (m.person && d.kind === 'person') {
    if (m.person.words.length > d.nameWords.length) d.nameWords = m.person.words;
    d.first = d.first ?? m.person.first;
    d.last = d.last ?? m.person.last;
    d.gender = d.gender ?? m.person.gender;
  }
  if (m.kind === 'pronoun' && d.gender === null) d.gender = m.rule.endsWith('female') ? 'female' : 'male';
  for (const r of m.roles ?? []) d.roles.add(r);
  for (const c of m.countries ?? []) d.countries.add(c);
}

export interface Grouped {
  mentions: Mention[];
  entities: Entity[];
}

/** Orders mentions (names first, then descriptors, then pronouns, each by position) and groups them into entities. */
export function groupMentions(text: string, found: FoundMention[], diagnostics: Diagnostic[]): Grouped {
  const s: CorefState = { text, drafts: [], diagnostics };
  const pass = (m: FoundMention) =>
    m.kind === 'pronoun'
      ? 3
      : m.kind === 'descriptor' || m.kind === 'group'
        ? 2
        : m.person && !m.person.first
          ? 1
          : 0;
  const ordered = [...found].sort((a, b) => pass(a) - pass(b) || a.start - b.start);
  const entityOf = new Map<FoundMention, Draft>();
  const ruleOf = new Map<FoundMention, RuleName>();
  for (const m of ordered) {
    for (const [, rule] of COREF_RULES) {
      const join = rule(m, s);
      if (!join) continue;
      const draft = 'draft' in join ? join.draft : newDraft(s, m, join.rule, join.kind ?? m.kind);
      addToDraft(draft, m);
      entityOf.set(m, draft);
      ruleOf.set(m, join.rule);
      break;
    }
  }
  const used = s.drafts.filter((d) => d.found.length > 0);
  const ids = new Map(used.map((d, i) => [d, `e${i + 1}`]));
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionIds = new Map(byStart.map((m, i) => [m, `m${i + 1}`]));
  const mentions: Mention[] = byStart.map((m) => {
    const d = entityOf.get(m);
    return {
      id: mentionIds.get(m) ?? '',
      start: m.start,
      end: m.end,
      text: m.text,
      kind: d && m.kind === 'other' ? d.kind : m.kind,
      entity: d ? (ids.get(d) ?? null) : null,
      rule: ruleOf.get(m) && ruleOf.get(m) !== m.rule ? `${m.rule}+${ruleOf.get(m)}` : m.rule,
    };
  });
  const entities: Entity[] = used.map((d) => toEntity(d, ids.get(d) ?? '', mentionIds));
  return { mentions, entities };
}

function toEntity(d: Draft, id: string, mentionIds: Map<FoundMention, string>): Entity {
  const sorted = [...d.found].sort((a, b) => a.start - b.start);
  const names = d.found.filter((f) => f.kind !== 'pronoun' && f.kind !== 'descriptor' && f.kind !== 'group');
  let name: string;
  const usual = d.found.find((f) => f.entry)?.entry?.usual;
  if (d.kind === 'person' && d.nameWords.length) name = d.nameWords.join(' ');
  // a known country or organisation is named by its usual form; the forms written stay aliases
  else if (usual && d.canonical && !d.canonical.startsWith('place:')) name = usual;
  else if (names.length) name = names.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  else name = sorted[0]?.text ?? '';
  if (d.kind === 'person' && d.nameWords.length) name = fixInitials(d, name);
  let canonical = d.canonical;
  if (!canonical && d.kind === 'person' && d.nameWords.length)
    canonical = `person:${slugify(d.nameWords.join(' '))}`;
  if (!canonical && (d.kind === 'organization' || d.kind === 'place') && names.length)
    canonical = `${d.kind === 'organization' ? 'org' : 'place'}:${slugify(name)}`;
  const aliases = [
    ...new Set(
      names
        .map((f) => (f.person ? withInitialStops(f.person.words.join(' ')) : f.text))
        .concat(names.map((f) => f.text)),
    ),
  ].filter((a) => a !== name);
  const entity: Entity = {
    id,
    name,
    kind: d.kind,
    canonical,
    mentions: sorted.map((f) => mentionIds.get(f) ?? ''),
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
    if (from >= 0) return f.text.slice(from);
  }
  return fallback;
}
