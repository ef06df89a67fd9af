// Reading the words before a name or a role noun: demonyms and country names ("Russian", "US"), titles, roles.
import { HONORIFIC_LOOKUP, ROLE_NOUN_LOOKUP, TITLE_MODIFIERS } from '../data/titles.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Word } from '../split-words.js';
import { keyOfWord } from '../split-words.js';
import { isJoined, type MentionContext } from './mention-context.js';

interface CountryKeys {
  /** Canonical of each key naming a country: a demonym ("Korean") or a country's name (not its long form). */
  canonical: Map<string, string>;
  /** Last words of those keys of two words ("Korean" of "North Korean"). */
  pairEnds: Set<string>;
}

const COUNTRY_KEYS = new WeakMap<Gazetteer, CountryKeys>();

/** The gazetteer's keys that name a country, gathered once: most modifier words are asked, few are one. */
function countryKeys(g: Gazetteer): CountryKeys {
  let keys = COUNTRY_KEYS.get(g);
  if (!keys) {
    keys = { canonical: new Map(), pairEnds: new Set() };
    for (const [key, entry] of g.byKey) {
      if (entry.type !== 'demonym' && !(entry.canonical.startsWith('country:') && entry.type !== 'long'))
        continue;
      keys.canonical.set(key, entry.canonical);
      const parts = key.split(' ');
      if (parts.length === 2) keys.pairEnds.add(parts[1] as string);
    }
    COUNTRY_KEYS.set(g, keys);
  }
  return keys;
}

/** The country a demonym or country name at words[i-n+1..i] names, matching backwards ("North Korean" → KP). */
export function countryEndingAt(ctx: MentionContext, i: number): { canonical: string; n: number } | null {
  const { words } = ctx;
  const w = words[i];
  if (!w) return null;
  const countries = countryKeys(ctx.gazetteer);
  // the key of the word alone, read once for both lengths (it runs for most modifier words)
  const one = keyOfWord(w);
  for (let n = 2; n >= 1; n--) {
    if (i - n + 1 < 0) continue;
    let key: string;
    if (n === 2) {
      const prev = words[i - 1] as Word;
      // no two-word country key ends in this word: the lookup below would miss
      if (!countries.pairEnds.has(one)) continue;
      if (!isJoined(ctx.text, prev, w)) continue;
      key = `${keyOfWord(prev)} ${one}`;
    } else key = one;
    const canonical = countries.canonical.get(key);
    if (canonical !== undefined) return { canonical, n };
  }
  return null;
}

/** Title or person-role word ("President", "Mr", "director", "Presidents"). */
export function isTitleWord(w: Word): boolean {
  const lower = w.text.toLowerCase();
  return (
    HONORIFIC_LOOKUP.has(lower) ||
    ROLE_NOUN_LOOKUP.get(lower) === 'person' ||
    (lower.endsWith('s') && ROLE_NOUN_LOOKUP.get(lower.slice(0, -1)) === 'person')
  );
}

export interface RolePrefix {
  /** Index of the first word of the prefix. */
  from: number;
  roles: string[];
  countries: string[];
  gender: 'male' | 'female' | null;
  plural: boolean;
}

/**
 * Reads titles, roles and nationalities back from word `i` (exclusive):
 * "Russian President | Vladimir Putin", "American film director | Oliver Stone", "Mr | Putin".
 */
export function readRolePrefix(ctx: MentionContext, i: number): RolePrefix {
  const { words, text } = ctx;
  let from = i;
  const roleWords: string[] = [];
  const countries: string[] = [];
  let gender: 'male' | 'female' | null = null;
  let plural = false;
  let sawRole = false;
  let j = i - 1;
  // "Secretary of State | Hillary Clinton", "Minister of Foreign Affairs | …"
  for (let n = 1; n <= 2; n++) {
    const of = words[i - n - 1];
    if (of?.text !== 'of') continue;
    const title = words[i - n - 2];
    const mods = words.slice(i - n, i);
    if (
      title &&
      isTitleWord(title) &&
      mods.length === n &&
      mods.every(
        (m) => TITLE_MODIFIERS.has(m.text.toLowerCase()) || m.text === 'Affairs' || m.text === 'Staff',
      )
    ) {
      roleWords.unshift(...[title, of, ...mods].map((w) => w.text.toLowerCase()));
      sawRole = true;
      from = i - n - 2;
      j = from - 1;
      break;
    }
  }
  while (j >= 0) {
    const w = words[j];
    const next = words[j + 1];
    if (!w || !next || !isJoined(text, w, next)) break;
    const lower = w.text.toLowerCase();
    const country = countryEndingAt(ctx, j);
    if (isTitleWord(w)) {
      roleWords.unshift(lower);
      const g = HONORIFIC_LOOKUP.get(lower);
      if (g) gender = g;
      if (lower.endsWith('s') && ROLE_NOUN_LOOKUP.get(lower.slice(0, -1)) === 'person') plural = true;
      sawRole = true;
      from = j;
      j -= 1;
    } else if (country && sawRole) {
      countries.unshift(country.canonical);
      from = j - country.n + 1;
      j -= country.n;
    } else if (
      sawRole &&
      (TITLE_MODIFIERS.has(lower) || (/^\p{Ll}+$/u.test(w.text) && !STOP_MODIFIERS.has(lower)))
    ) {
      // "film director", "Foreign Minister", "former President": a modifier before a role word
      roleWords.unshift(lower);
      from = j;
      j -= 1;
    } else if (sawRole && lower === 'of' && j > 0 && isTitleWord(words[j - 1] as Word)) {
      // "Secretary of State Hillary Clinton", "Minister of Defence"
      roleWords.unshift(lower);
      j -= 1;
    } else break;
  }
  // a prefix must hold a title or role, never just modifiers
  if (!sawRole) return { from: i, roles: [], countries: [], gender: null, plural: false };
  let role = roleWords
    .join(' ')
    .replace(/\b(mr|mrs|ms|miss|dr|sir|dame|prof|rev|fr)\b ?/g, '')
    .trim();
  if (plural) role = role.replace(/s$/, '');
  return { from, roles: role ? [role] : [], countries, gender, plural };
}

const STOP_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'that',
  'this',
  'said',
  'says',
  'told',
  'was',
  'is',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'as',
  'from',
  'his',
  'her',
  'its',
  'their',
  'when',
  'while',
  'after',
  'before',
  'than',
  'who',
  'which',
  'also',
  'not',
  'but',
  'asked',
  'according',
]);
