// One lookup table of the names the project knows: countries, organisations, seats of government, capitals.
import { loadCountries } from './data/countries.js';
import { FIRST_NAME_COUNTRIES } from './data/country-usage.js';
import { genderOfFirstName } from './data/first-name-gender.js';
import { ORGANIZATIONS } from './data/organizations.js';
import { SEATS_OF_GOVERNMENT } from './data/seats-of-government.js';
import { keyOfForm } from './split-words.js';

export type FormType = 'usual' | 'ordinary' | 'long' | 'acronym' | 'demonym' | 'seat' | 'capital';

export interface GazetteerEntry {
  canonical: string;
  kind: 'place' | 'organization';
  /** The form news usually writes for this canonical ("Russia", "NATO"). */
  usual: string;
  /** The form as the table writes it. */
  form: string;
  type: FormType;
  governmentOf?: string;
  /** Common noun a descriptor uses for it ("alliance"). */
  class?: string;
  /** The country an organisation or capital belongs to. */
  country?: string;
  /** Not a match when a capitalized word follows ("Jordan Peterson"). */
  notBeforeName?: boolean;
  /** A capital that is also a given name: not a place before an initial ("Douglas J. Tand"). */
  notBeforeInitial?: boolean;
}

export interface Gazetteer {
  /** Entries by lookup key (words joined by one space); the first entry wins on collision. */
  byKey: Map<string, GazetteerEntry>;
  /** Longest key length in words. */
  maxWords: number;
  /** For each first word of a key, the longest key it starts (lets a scan skip most words at once). */
  firstWords: Map<string, number>;
}

let cache: Gazetteer | null = null;

function addEntry(g: Gazetteer, entry: GazetteerEntry): void {
  const key = keyOfForm(entry.form);
  if (!key || g.byKey.has(key)) return;
  g.byKey.set(key, entry);
  const parts = key.split(' ');
  g.maxWords = Math.max(g.maxWords, parts.length);
  const first = parts[0] ?? '';
  g.firstWords.set(first, Math.max(g.firstWords.get(first) ?? 0, parts.length));
}

/** The longest key that could start at this word (0: none), for the article's own entries too. */
export function maxWordsFrom(g: Gazetteer, word: string, extra?: ReadonlyMap<string, unknown>): number {
  const n = g.firstWords.get(word.includes('’') ? word.replace(/’/g, "'") : word) ?? 0;
  if (!extra || extra.size === 0) return n;
  return Math.max(n, firstWordsOf(extra).get(word) ?? 0);
}

const EXTRA_FIRST_WORDS = new WeakMap<ReadonlyMap<string, unknown>, Map<string, number>>();

/** For each first word of the extra keys, the longest key it starts: built once per map, not per word asked. */
function firstWordsOf(extra: ReadonlyMap<string, unknown>): Map<string, number> {
  let first = EXTRA_FIRST_WORDS.get(extra);
  if (!first) {
    first = new Map();
    for (const key of extra.keys()) {
      const parts = key.split(' ');
      const opening = parts[0] as string;
      first.set(opening, Math.max(first.get(opening) ?? 0, parts.length));
    }
    EXTRA_FIRST_WORDS.set(extra, first);
  }
  return first;
}

/** Builds (once) the gazetteer from the country, organisation and seat tables. */
export function loadGazetteer(): Gazetteer {
  if (cache) return cache;
  const g: Gazetteer = { byKey: new Map(), maxWords: 1, firstWords: new Map() };
  for (const s of SEATS_OF_GOVERNMENT) {
    for (const form of s.forms) {
      addEntry(g, {
        canonical: s.canonical,
        kind: 'place',
        usual: s.forms[0] ?? form,
        form,
        type: 'seat',
        governmentOf: s.governmentOf,
        class: s.office,
      });
    }
  }
  for (const o of ORGANIZATIONS) {
    const base = {
      canonical: o.canonical,
      kind: 'organization' as const,
      usual: o.usual,
      ...(o.class ? { class: o.class } : {}),
      ...(o.country ? { country: o.country } : {}),
    };
    addEntry(g, { ...base, form: o.usual, type: 'usual' });
    for (const form of o.ordinary ?? []) addEntry(g, { ...base, form, type: 'ordinary' });
    for (const form of o.acronyms ?? []) addEntry(g, { ...base, form, type: 'acronym' });
    for (const form of o.long ?? []) addEntry(g, { ...base, form, type: 'long' });
  }
  const countries = loadCountries();
  // Usage-table countries first, so "Congo" and the like go to the one news means.
  for (const c of countries) {
    const base = { canonical: c.canonical, kind: 'place' as const, usual: c.usual };
    for (const form of c.names) {
      addEntry(g, {
        ...base,
        form,
        type: form === c.usual ? 'usual' : 'ordinary',
        ...(FIRST_NAME_COUNTRIES.has(form) ? { notBeforeName: true } : {}),
      });
    }
    for (const form of c.long) addEntry(g, { ...base, form, type: 'long' });
  }
  for (const c of countries) {
    for (const form of c.demonyms)
      addEntry(g, { canonical: c.canonical, kind: 'place', usual: c.usual, form, type: 'demonym' });
  }
  for (const c of countries) {
    if (c.capital && /^\p{Lu}/u.test(c.capital)) {
      addEntry(g, {
        canonical: `place:${c.capital.toLowerCase().replace(/[^a-z]+/g, '-')}`,
        kind: 'place',
        usual: c.capital,
        form: c.capital,
        type: 'capital',
        country: c.canonical,
        // "Douglas J. Tand": a capital that is also a given name, an initial after it, opens a person's name
        ...(genderOfFirstName(c.capital) !== null ? { notBeforeInitial: true } : {}),
      });
    }
  }
  cache = g;
  return g;
}
