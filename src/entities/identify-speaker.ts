// Cross-article speaker identity: which canonical speaker a quote's speaker name is.
// The store calls speakerLookupKeys() to fetch candidates, then identifySpeaker() to decide.
//
// Decisions (each match records its rule and a confidence):
// - People merge by full name; "Putin", "President Putin", "Mr Putin" join the one known Putin; a bare surname with a
//   role ("President Clinton", roles ["former secretary of state"]) goes to the known bearer of that role; without a
//   role, to the only known bearer of the surname; with several, it stays its own speaker at low confidence.
//   Different first names never merge (Bill Clinton ≠ Hillary Clinton).
// - Countries, organisations and seats of government merge by canonical key ("NATO" = "North Atlantic Treaty Organisation").
// - Descriptors ("an official", "analysts", "the president" when the article never names them) are never merged across
//   articles: each is scoped to its article (`speaker:<article>:<descriptor>`), since two articles' "an official" are
//   rarely the same person. Without an article id the scope is the descriptor text alone, at confidence 0.3.
import { genderOfFirstName } from './data/first-name-gender.js';
import {
  HONORIFIC_LOOKUP,
  NAME_ONLY_HONORIFICS,
  ORGANIZATION_HEADS,
  ROLE_NOUN_LOOKUP,
  TITLE_MODIFIERS,
} from './data/titles.js';
import { loadGazetteer } from './gazetteer.js';
import { keyOfForm, slugify } from './split-words.js';

export interface SpeakerCandidate {
  /** The speaker as one article resolved it ("Vladimir Putin", "Putin", "an official"). */
  name: string;
  /** Roles and descriptors the article gives the speaker ("president", "former secretary of state"). */
  roles: string[];
  /** The article the name comes from: scopes descriptor speakers. */
  article?: string;
}

export interface KnownSpeaker {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
}

export interface SpeakerMatch {
  /** The known speaker's id, or a new id when `isNew`. */
  id: string;
  /** The best name after the match (a fuller name replaces a shorter one). */
  name: string;
  isNew: boolean;
  confidence: number;
  rule: string;
}

export interface ParsedSpeaker {
  kind: 'person' | 'known' | 'descriptor' | 'other';
  /** The name without titles ("Vladimir Putin"), or the descriptor as written. */
  core: string;
  first: string | null;
  last: string | null;
  /** Titles written with the name, lower case ("president", "mr"). */
  titles: string[];
  /** Gazetteer canonical key for countries, organisations, seats. */
  canonical: string | null;
  usual: string | null;
}

const DESCRIPTOR_START = /^(?:the|a|an|another|one|some|two|three|several|many|senior|other)\s/i;
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;

// names read before, by name: a store's batch reads each name several times (its lookup keys, then against every
// alias of the speakers known under them), and the reading depends on the name alone
const PARSED = new Map<string, ParsedSpeaker>();
const PARSED_MAX = 20_000;

/** Reads a speaker name: a known organisation or place, a descriptor, or a person's name with its titles. The
 * result is shared between calls with the same name: read it, never change it. */
export function parseSpeakerName(name: string): ParsedSpeaker {
  let parsed = PARSED.get(name);
  if (!parsed) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    parsed = readSpeakerName(name);
    Object.freeze(parsed.titles);
    Object.freeze(parsed);
    PARSED.set(name, parsed);
  }
  return parsed;
}

function readSpeakerName(name: string): ParsedSpeaker {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const none = { first: null, last: null, titles: [], canonical: null, usual: null };
  const g = loadGazetteer();
  const entry = g.byKey.get(keyOfForm(trimmed.replace(/^the\s/i, '')));
  if (entry && entry.type !== 'demonym')
    return { ...none, kind: 'known', core: trimmed, canonical: entry.canonical, usual: entry.usual };
  const words = trimmed.split(' ');
  const allCapitalized = (ws: string[]) =>
    ws.length > 0 && ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|bin|al|da|di|la|le|del)$/.test(w));
  // titles, roles, nationalities and their modifiers before a name: "Russian President", "former Secretary of State"
  const isTitlePart = (w: string) => {
    const lower = w.replace(/\.$/, '').toLowerCase();
    const entryOf = g.byKey.get(w);
    return (
      HONORIFIC_LOOKUP.has(lower) ||
      ROLE_NOUN_LOOKUP.get(lower) === 'person' ||
      TITLE_MODIFIERS.has(lower) ||
      lower === 'of' ||
      entryOf?.type === 'demonym' ||
      (entryOf?.canonical.startsWith('country:') ?? false) ||
      /^\p{Ll}/u.test(w)
    );
  };
  const titles: string[] = [];
  let i = 0;
  while (i < words.length - 1 && isTitlePart(words[i] ?? '')) {
    const w = words[i] ?? '';
    const entryOf = g.byKey.get(w);
    if (!(entryOf?.type === 'demonym' || entryOf?.canonical.startsWith('country:')))
      titles.push(w.replace(/\.$/, '').toLowerCase());
    i += 1;
  }
  const tail = words.slice(i);
  const tailIsName =
    allCapitalized(tail) &&
    !tail.every((w) => ROLE_NOUN_LOOKUP.get(w.toLowerCase()) || HONORIFIC_LOOKUP.has(w.toLowerCase()));
  if (DESCRIPTOR_START.test(trimmed) || !tailIsName) return { ...none, kind: 'descriptor', core: trimmed };
  const nameWords = words.slice(i);
  // "Time Warner Inc", "Harbour Fisheries Board": an organisation the gazetteer does not know
  if (
    ORGANIZATION_HEADS.has((nameWords[nameWords.length - 1] ?? '').toLowerCase()) ||
    nameWords.every((w) => w === w.toUpperCase())
  ) {
    return { ...none, kind: 'other', core: trimmed };
  }
  const parts = nameWords.filter((w) => !SUFFIXES.test(w));
  return {
    kind: 'person',
    core: nameWords.join(' '),
    first: parts.length > 1 ? (parts[0] ?? null) : null,
    last: parts[parts.length - 1] ?? null,
    titles,
    canonical: null,
    usual: null,
  };
}

/** Keys under which candidates for this name are stored: the surname for people, the canonical key for known names. */
export function speakerLookupKeys(name: string): string[] {
  const p = parseSpeakerName(name);
  if (p.kind === 'descriptor') return [];
  if (p.kind === 'known' && p.canonical) return [p.canonical];
  if (p.kind === 'person' && p.last) return [`surname:${slugify(p.last)}`];
  const key = slugify(name);
  return key ? [key] : [];
}

// "former secretary of state" → "secretary"
const head = (role: string) =>
  role
    .trim()
    .toLowerCase()
    .replace(/(?:^| )of .*$/, '')
    .split(/\s+/)
    .pop() ?? '';
const sameRole = (a: string[], b: string[]) =>
  a.some((x) => b.some((y) => head(x) === head(y) && head(x) !== ''));
const isInitialOf = (a: string, b: string) =>
  (a.length <= 2 && a.replace('.', '') === b.charAt(0)) ||
  (b.length <= 2 && b.replace('.', '') === a.charAt(0));
const compatibleFirst = (a: string, b: string) => a === b || isInitialOf(a, b);

/** Person roles a candidate carries: its titles (minus honorifics such as "mr") and the article's roles. */
function rolesOf(p: ParsedSpeaker, roles: string[]): string[] {
  // "former Secretary of State Hillary Clinton" → "former secretary of state"; "Mr Putin" gives none
  const phrase = p.titles.filter((t) => !NAME_ONLY_HONORIFICS.has(t)).join(' ');
  return [...(phrase && !phrase.startsWith('of ') ? [phrase] : []), ...roles];
}

/** A known speaker's roles: those stored, and the titles its names carry ("President Clinton"). */
function rolesOfKnown(k: KnownSpeaker): string[] {
  return [
    ...new Set([k.name, ...k.aliases].flatMap((a) => rolesOf(parseSpeakerName(a), [])).concat(k.roles)),
  ];
}

const fuller = (a: string, b: string) => (b.split(' ').length > a.split(' ').length ? b : a);

/** Decides whether the candidate is one of the known speakers (people by name and role, organisations by canonical key). */
export function identifySpeaker(candidate: SpeakerCandidate, known: KnownSpeaker[]): SpeakerMatch {
  const p = parseSpeakerName(candidate.name);
  const found = (k: KnownSpeaker, confidence: number, rule: string, name = k.name): SpeakerMatch => ({
    id: k.id,
    name,
    isNew: false,
    confidence,
    rule,
  });
  const fresh = (id: string, name: string, confidence: number, rule: string): SpeakerMatch => {
    const existing = known.find((k) => k.id === id);
    return existing
      ? found(existing, confidence, rule, fuller(existing.name, name))
      : { id, name, isNew: true, confidence, rule };
  };

  if (p.kind === 'descriptor') {
    const scope = candidate.article ? `${slugify(candidate.article)}:` : 'desc:';
    return fresh(
      `speaker:${scope}${slugify(p.core)}`,
      p.core,
      candidate.article ? 1 : 0.3,
      'identity/descriptor-per-article',
    );
  }
  if (p.kind === 'known' && p.canonical) {
    const id = `speaker:${p.canonical}`;
    const byName = known.find(
      (k) => k.id !== id && [k.name, ...k.aliases].some((a) => parseSpeakerName(a).canonical === p.canonical),
    );
    if (byName) return found(byName, 0.95, 'identity/same-canonical');
    return fresh(id, p.usual ?? p.core, 0.95, 'identity/same-canonical');
  }
  if (p.kind !== 'person' || !p.last)
    return fresh(`speaker:${slugify(candidate.name)}`, candidate.name, 0.5, 'identity/other-name');

  const last = p.last;
  const people = known
    .map((k) => ({
      k,
      names: [k.name, ...k.aliases]
        .map(parseSpeakerName)
        .filter((n) => n.kind === 'person' && n.last === last),
    }))
    .filter((x) => x.names.length > 0);
  const firstOf = (x: (typeof people)[number]) => x.names.find((n) => n.first)?.first ?? null;
  const roles = rolesOf(p, candidate.roles);

  const full = people.filter((x) => firstOf(x) !== null);
  // "President Clinton" goes to the Clinton known as president, before any bare "Clinton"
  if (!p.first && roles.length) {
    const byRole = full.filter((x) => sameRole(roles, rolesOfKnown(x.k)));
    if (byRole.length === 1 && byRole[0]) return found(byRole[0].k, 0.8, 'identity/surname-role');
  }
  // same full name (titles aside): "President Vladimir Putin" = "Vladimir Putin"
  const same = people.find((x) => x.names.some((n) => n.core === p.core));
  if (same && (p.first || people.length === 1 || firstOf(same) === null)) {
    return found(same.k, p.first ? 1 : 0.9, 'identity/same-name', fuller(same.k.name, p.core));
  }
  if (p.first) {
    const first = p.first;
    const byFirst = people.filter((x) => {
      const f = firstOf(x);
      return f !== null && compatibleFirst(f, first);
    });
    if (byFirst.length === 1 && byFirst[0])
      return found(byFirst[0].k, 0.9, 'identity/same-full-name', fuller(byFirst[0].k.name, p.core));
    const withFirst = people.filter((x) => firstOf(x) !== null);
    const bare = people.filter((x) => firstOf(x) === null);
    // "Putin" was stored before "Vladimir Putin" arrived, and no other first name competes for it
    if (byFirst.length === 0 && withFirst.length === 0 && bare.length === 1 && bare[0]) {
      return found(bare[0].k, 0.7, 'identity/fuller-name', p.core);
    }
    return fresh(
      `speaker:${slugify(p.core)}`,
      p.core,
      withFirst.length ? 0.9 : 1,
      withFirst.length ? 'identity/different-first-name' : 'identity/new',
    );
  }

  // a bare surname: "Putin", "Mr Putin", "Clinton"; "Mrs Clinton" goes to the one Clinton whose first name is a woman's
  const gender = p.titles.map((t) => HONORIFIC_LOOKUP.get(t)).find((g) => g) ?? null;
  if (gender && full.length > 1) {
    const byGender = full.filter((x) => {
      const f = firstOf(x);
      return f !== null && genderOfFirstName(f) === gender;
    });
    if (byGender.length === 1 && byGender[0]) return found(byGender[0].k, 0.75, 'identity/surname-gender');
  }
  if (full.length === 1 && full[0]) {
    const only = full[0];
    // a role that contradicts the only known bearer's roles keeps them apart
    if (roles.length && rolesOfKnown(only.k).length && !sameRole(roles, rolesOfKnown(only.k))) {
      return fresh(`speaker:${slugify(p.core)}`, p.core, 0.3, 'identity/surname-role-conflict');
    }
    return found(only.k, 0.7, 'identity/only-surname');
  }
  if (full.length > 1) return fresh(`speaker:${slugify(p.core)}`, p.core, 0.3, 'identity/ambiguous-surname');
  return fresh(`speaker:${slugify(p.core)}`, p.core, 0.6, 'identity/new-surname');
}
