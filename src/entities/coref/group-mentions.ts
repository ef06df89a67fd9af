// Coreference inside one article: mentions grouped into entities by an ordered list of small named rules.
// Each rule gets one mention and the entities so far; it returns the entity to join (or a new one), or null.
import { LEADER_ROLES } from '../data/titles.js';
import type { FoundMention } from '../mentions/mention-context.js';
import { slugify } from '../split-words.js';
import type { Diagnostic, Entity, Mention, MentionKind, RuleName } from '../../types.js';

export interface Draft {
  index: number;
  kind: MentionKind;
  found: FoundMention[];
  canonical: string | null;
  rule: RuleName;
  first: string | null;
  last: string | null;
  nameWords: string[];
  gender: 'male' | 'female' | null;
  roles: Set<string>;
  countries: Set<string>;
  governmentOf: string | null;
  cls: string | null;
}

export interface CorefState {
  text: string;
  drafts: Draft[];
  diagnostics: Diagnostic[];
}

type Join = { draft: Draft; rule: RuleName } | { create: true; rule: RuleName; kind?: MentionKind };
type CorefRule = (m: FoundMention, s: CorefState) => Join | null;

const lastEnd = (d: Draft, before: number) => Math.max(-1, ...d.found.filter((f) => f.start < before).map((f) => f.end));
const persons = (s: CorefState) => s.drafts.filter((d) => d.kind === 'person');

/** The draft mentioned most recently before `pos`. */
function nearest(drafts: Draft[], pos: number): Draft | null {
  let best: Draft | null = null;
  let bestEnd = -1;
  for (const d of drafts) {
    const e = lastEnd(d, pos);
    if (e > bestEnd) {
      best = d;
      bestEnd = e;
    }
  }
  return best;
}

// "NATO" … "North Atlantic Treaty Organisation" … "the Kremlin": one entity per gazetteer canonical
const joinSameCanonical: CorefRule = (m, s) => {
  if (!m.canonical) return null;
  const draft = s.drafts.find((d) => d.canonical === m.canonical);
  return draft ? { draft, rule: 'entities/same-canonical' } : { create: true, rule: m.rule };
};

// "Vladimir Putin" … "Vladimir Putin"; "Bill Clinton" never joins "Hillary Clinton"
const joinSameFullName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || !p.first || m.kind !== 'person') return null;
  const draft = persons(s).find((d) => d.last === p.last && (d.first === null || d.first === p.first || (d.first !== null && isInitialOf(p.first ?? '', d.first))));
  return draft ? { draft, rule: 'entities/same-person-name' } : { create: true, rule: m.rule };
};

const isInitialOf = (a: string, b: string) => (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

// "Putin", "President Putin", "Mr Putin" after "Vladimir Putin"; two Clintons: decided by title, role, gender, then nearness
const joinSurname: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first) return null;
  const word = p.last;
  let candidates = persons(s).filter((d) => d.last === word);
  if (candidates.length === 0) {
    return m.kind === 'person' || isFollowedBySpeech(s.text, m.end) ? { create: true, rule: m.rule, kind: 'person' } : null;
  }
  if (candidates.length === 1) return { draft: candidates[0] as Draft, rule: 'entities/surname' };
  if (p.gender) {
    const g = candidates.filter((d) => d.gender === null || d.gender === p.gender);
    if (g.length === 1) return { draft: g[0] as Draft, rule: 'entities/surname-gender' };
    if (g.length) candidates = g;
  }
  const roles = m.roles ?? [];
  if (roles.length) {
    const r = candidates.filter((d) => roles.some((role) => [...d.roles].some((dr) => sharesRoleHead(dr, role))));
    if (r.length === 1) return { draft: r[0] as Draft, rule: 'entities/surname-role' };
  }
  const near = nearest(candidates, m.start) ?? (candidates[0] as Draft);
  s.diagnostics.push({
    code: 'entities/ambiguous-surname',
    message: `"${m.text}" could be ${candidates.map((c) => c.nameWords.join(' ')).join(' or ')}; took the nearest`,
    start: m.start,
    end: m.end,
  });
  return { draft: near, rule: 'entities/surname-nearest' };
};

/** "former president" and "president" share the head "president". */
export function sharesRoleHead(a: string, b: string): boolean {
  // "former secretary of state" → "secretary"
  const head = (r: string) => r.trim().replace(/ of .*$/, '').split(/\s+/).pop() ?? '';
  return head(a) === head(b) && head(a) !== '';
}

const SPEECH = /^\s*(?:said|says|told|stated|added|insisted|noted|argued|claimed|warned|wrote|asked|explained|declared|announced|denied|has said|had said)\b/;
const isFollowedBySpeech = (text: string, end: number) => SPEECH.test(text.slice(end, end + 20));

// "Putin – the former director of Russia’s domestic spy agency –": a descriptor set off right after a name
const joinApposition: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite) return null;
  const gap = s.text.slice(Math.max(0, m.start - 4), m.start);
  if (!/[,\u2013\u2014-]\s*$/.test(gap)) return null;
  const draft = s.drafts.find((d) => d.found.some((f) => f.end <= m.start && m.start - f.end <= 4 && /^\s*[,\u2013\u2014-]\s*$/.test(s.text.slice(f.end, m.start))));
  return draft && draft.kind === 'person' ? { draft, rule: 'entities/apposition' } : null;
};

// "Russian President Vladimir Putin" … "the president" / "the Russian leader"
const joinRoleDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const countries = m.countries ?? [];
  const fits = (d: Draft) =>
    d.kind === 'person' &&
    [...d.roles].some((r) => sharesRoleHead(r, head) || (head === 'leader' && [...LEADER_ROLES].some((l) => r.endsWith(l)))) &&
    countries.every((c) => d.countries.has(c));
  const draft = nearest(s.drafts.filter(fits), m.start);
  return draft ? { draft, rule: 'entities/descriptor-role' } : null;
};

const CLASS_OF_HEAD_WORD: Record<string, string> = { news: 'network', tv: 'network', television: 'network', inc: 'company', corp: 'company', co: 'company', group: 'company' };

// "the military alliance" after NATO; "the news network" after "NBC News"; "the committee" after "Intelligence Committee"
const joinClassDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const fits = (d: Draft) => {
    if (d.kind !== 'organization') return false;
    if (d.cls === head) return true;
    const lastWord = (d.found[0]?.text.split(/\s+/).pop() ?? '').toLowerCase();
    return lastWord === head || CLASS_OF_HEAD_WORD[lastWord] === head;
  };
  const draft = nearest(s.drafts.filter(fits), m.start);
  return draft ? { draft, rule: 'entities/descriptor-class' } : null;
};

// "an official" is a new referent every time; "the official" … "the official" the same one
const joinSameDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' && m.kind !== 'group') return null;
  if (m.definite) {
    const draft = nearest(s.drafts.filter((d) => (d.kind === 'descriptor' || d.kind === 'group') && d.found.some((f) => f.head === m.head)), m.start);
    if (draft) return { draft, rule: 'entities/same-descriptor' };
  }
  if (m.rule === 'entities/bare-group') {
    const draft = s.drafts.find((d) => d.found.some((f) => f.text.toLowerCase() === m.text.toLowerCase()));
    if (draft) return { draft, rule: 'entities/same-group' };
  }
  return { create: true, rule: m.rule };
};

// "he said": among the persons of a compatible gender named in the last 600 characters, the most mentioned so far
// (the article's protagonist), the nearest on a tie
const joinPronoun: CorefRule = (m, s) => {
  if (m.kind !== 'pronoun') return null;
  const gender = m.rule.endsWith('female') ? 'female' : 'male';
  const candidates = persons(s).filter((d) => (d.gender === null || d.gender === gender) && lastEnd(d, m.start) > m.start - 600);
  const count = (d: Draft) => d.found.filter((f) => f.start < m.start && f.kind !== 'pronoun').length;
  const top = Math.max(0, ...candidates.map(count));
  const draft = nearest(candidates.filter((d) => count(d) === top), m.start);
  return draft ? { draft, rule: 'entities/pronoun-salient-person' } : null;
};

// "Saint Petersburg" … "Saint Petersburg", "Time Warner Inc" twice: same written name
const joinSameName: CorefRule = (m, s) => {
  if (m.kind === 'pronoun' || m.kind === 'descriptor' || m.kind === 'group') return null;
  const draft = s.drafts.find((d) => d.kind === m.kind && d.found.some((f) => f.text === m.text));
  return draft ? { draft, rule: 'entities/same-name' } : { create: true, rule: m.rule };
};

export const COREF_RULES: Array<[string, CorefRule]> = [
  ['same-canonical', joinSameCanonical],
  ['same-full-name', joinSameFullName],
  ['surname', joinSurname],
  ['apposition', joinApposition],
  ['role-descriptor', joinRoleDescriptor],
  ['class-descriptor', joinClassDescriptor],
  ['same-descriptor', joinSameDescriptor],
  ['pronoun', joinPronoun],
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
  const pass = (m: FoundMention) => (m.kind === 'pronoun' ? 3 : m.kind === 'descriptor' || m.kind === 'group' ? 2 : m.person && !m.person.first ? 1 : 0);
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
  if (!canonical && d.kind === 'person' && d.nameWords.length) canonical = `person:${slugify(d.nameWords.join(' '))}`;
  if (!canonical && (d.kind === 'organization' || d.kind === 'place') && names.length) canonical = `${d.kind === 'organization' ? 'org' : 'place'}:${slugify(name)}`;
  const aliases = [...new Set(names.map((f) => (f.person ? f.person.words.join(' ').replace(/(^| )(\p{Lu}) /gu, '$1$2. ') : f.text)).concat(names.map((f) => f.text)))].filter((a) => a !== name);
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
