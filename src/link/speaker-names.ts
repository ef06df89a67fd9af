import { countries } from 'countries-list';
import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { OFFICE_FIELDS } from '../entities/data/titles.js';
import { loadGazetteer } from '../entities/gazetteer.js';
import { keyOfForm } from '../entities/split-words.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { CLAUSE_OPENERS as OPENING_WORDS } from '../segment/clause-openers.js';
import { holidayDateLength } from '../segment/holiday-in-name.js';
import { isMonthWord, monthOpensName, secondMonthOfSpan } from '../segment/month-first-name.js';
import { isDemonym } from './speaker-demonym-descriptor.js';

// Within-article names: which person names the article gives, their fullest form and the roles given with them.

export const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'lord',
  'lady',
  'dame',
  'president',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'gov',
  'governor',
  'cardinal',
  'archbishop',
  'bishop',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'judge',
  'justice',
  'mayor',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'executive',
  'director',
  'leader',
  'spokesman',
  'spokeswoman',
  'professor',
  'prof',
  'coach',
  'manager',
  'ambassador',
  'commissioner',
  'deputy',
  'vice',
  'foreign',
  'home',
  'health',
  'defence',
  'defense',
  'finance',
  'former',
  'premier',
  'rev',
  'reverend',
  'father',
  'saint',
  'mp',
  'mep',
  'ceo',
  'shadow',
  'chairperson',
  'officer',
  'lt',
  'sgt',
  'lieutenant',
  'sergeant',
  'admiral',
  'marshal',
  'detective',
  'inspector',
  'superintendent',
  'constable',
  'sheikh',
  'emir',
  'ayatollah',
  'rabbi',
  'imam',
  'head',
  'boss',
  'founder',
  'editor',
  'dean',
  'speaker',
  'attorney',
  'economist',
  'analyst',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'star',
  'actor',
  'actress',
  'singer',
  'veteran',
  'the',
  'business',
  'culture',
  'education',
  'environment',
  'trade',
  'transport',
  'interior',
  'justice',
  'labour',
  'tory',
  'conservative',
  'liberal',
  'democrat',
  'republican',
  'democratic',
  'new',
  'acting',
  'interim',
  'senior',
  'junior',
  'union',
  'party',
  'opposition',
  'state',
  'undersecretary',
  'assistant',
]);

export const ORG_WORDS = new Set([
  // ("The Tarn Intelligence Unit")
  'unit',
  'party',
  'union',
  'bank',
  'committee',
  'council',
  'ministry',
  'department',
  'office',
  'organisation',
  'organization',
  'association',
  'agency',
  'news',
  'group',
  'inc',
  'corp',
  'corporation',
  'ltd',
  'plc',
  'llc',
  'co',
  'cos',
  'ag',
  'gmbh',
  'nv',
  'llp',
  'company',
  'commission',
  'court',
  'church',
  'university',
  'institute',
  'federation',
  'league',
  'club',
  'times',
  'post',
  'journal',
  'guardian',
  'telegraph',
  'bbc',
  'fund',
  'foundation',
  'trust',
  'authority',
  'board',
  'service',
  'services',
  'parliament',
  'congress',
  'senate',
  'government',
  'airlines',
  'airways',
  'motors',
  'holdings',
  'partners',
  'securities',
  'capital',
  'bureau',
  'society',
  'network',
  'channel',
  'radio',
  'tv',
  'house',
  'street',
  'road',
  'square',
  'office',
  'nations',
  'states',
  'kingdom',
  'republic',
  'cathedral',
  'museum',
  'consortium',
  'hospital',
  'school',
  'college',
  'centre',
  'center',
  'industries',
  'international',
  'systems',
  'technologies',
  'entertainment',
  'records',
  'studios',
  'pictures',
  'press',
  'herald',
  'magazine',
  'gazette',
  'tribune',
  'mail',
  'mirror',
  'sun',
  'express',
  'observer',
  'independent',
  'reuters',
  'tass',
  'cabinet',
  'army',
  'navy',
  'police',
  'force',
  // firms named in Spanish, Portuguese, French, Italian ("Banco Tarel Hidalgo", "Compagnie Lafarge Dumont",
  // "Ferrol y Cia", "Tessari SpA"): no person's name for "he"
  'banco',
  'banca',
  'banque',
  'compagnie',
  'compagnia',
  'compania',
  'companhia',
  'cia',
  'cie',
  'spa',
  'sa',
  'sarl',
  'srl',
  'sae',
  'societe',
  'société',
  'societa',
  'società',
  'sociedad',
  'grupo',
  'gruppo',
  'groupe',
  // sports clubs: "Manchester United", "Bristol Rovers", "Celtic"
  'united',
  'rovers',
  'wanderers',
  'athletic',
  'albion',
  'hotspur',
  'rangers',
  'celtic',
  'fc',
]);

const JOINS = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'du',
  'del',
  'di',
  'la',
  'le',
  'st',
  'mac',
]);
const CLAUSE_OPENERS = new Set([
  ...OPENING_WORDS,
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'our',
  'its',
  'for',
  'with',
  'from',
  'by',
  'to',
  'a',
  'an',
  'according',
  'mr',
  'mrs',
  'ms',
  'dr',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
]);

const WORD = /(?:[\p{Lu}]\.(?:[\p{Lu}]\.)*|[\p{Lu}][\p{L}\p{M}'’-]*)/u;
// (a name of one word, the most common, is its own only word: no split)
const tokensOf = (s: string): string[] => (hasSpace(s) ? s.split(/\s+/).filter(Boolean) : s ? [s] : []);
const hasSpace = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (isSpaceAt(s, i)) return true;
  return false;
};

/** A small memo for pure functions of one string, emptied when full so a long run does not grow it without end. */
export function memoByString<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= max) cache.clear();
    const out = fn(s);
    cache.set(s, out);
    return out;
  };
}

/**
 * A memo for a pure function of an article's text and one string, kept for the last text asked: rules ask again
 * of the same names for every quote of one article.
 */
export function memoByText<T>(fn: (text: string, key: string) => T): (text: string, key: string) => T {
  let last = '';
  let cache = new Map<string, T>();
  return (text, key) => {
    if (text !== last) {
      last = text;
      cache = new Map();
    }
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const out = fn(text, key);
    cache.set(key, out);
    return out;
  };
}

/**
 * One compiled regular expression per source and flags (a name or surname recurs in every quote of an article).
 * Shared: use a /g pattern only with match, matchAll, replace or split (which reset or copy lastIndex), never
 * with exec or test.
 */
const compiled = memoByString((key: string) => {
  const at = key.indexOf('\u0000');
  return new RegExp(key.slice(at + 1), key.slice(0, at));
}, 5_000);
export const cachedRegExp = (source: string, flags = ''): RegExp => compiled(`${flags}\u0000${source}`);

/**
 * cachedRegExp for a pattern made from one string (a name): looked up by that string, its source built only when
 * first asked (a long source built and hashed at every call cost more than the search). Same caveat for /g.
 */
export function regExpBy(flags: string, sourceOf: (key: string) => string): (key: string) => RegExp {
  return memoByString((key) => new RegExp(sourceOf(key), flags), 5_000);
}

/**
 * `source` as a whole word, for a regular expression with the `u` flag: `\b` knows only ASCII letters, so
 * `\bÅngström\b` never matches and `\bBrudzi` matches inside "Brudziński".
 */
export const asWholeWord = (source: string): string =>
  `(?<![\\p{L}\\p{M}\\p{N}_])(?:${source})(?![\\p{L}\\p{M}\\p{N}_])`;
export { escapeRegExp };

// asWholeWord's lookarounds, by code point: a regular expression made per word costs more to build (its \p classes)
// than the whole search, so the searches below for a word as written use these instead.
const WORD_POINT = /^[\p{L}\p{M}\p{N}_]$/u;
const isWordPoint = (cp: number): boolean =>
  cp < 128
    ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95
    : WORD_POINT.test(String.fromCodePoint(cp));
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends at `at` (a surrogate pair read whole, as a /u pattern reads it), or -1 at the start. */
function pointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const lo = text.charCodeAt(at - 1);
  if (isLow(lo) && at >= 2) {
    const hi = text.charCodeAt(at - 2);
    if (isHigh(hi)) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** True when offset `at` of `text` falls inside a surrogate pair (where no /u match of a word starts or ends). */
export const insidePair = (text: string, at: number): boolean =>
  at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1));

/**
 * The first offset where `word` (as written) stands in `text` with the zero-width sticky patterns `before` and
 * `after` (/uy) holding at its start and end, or -1: where the /u pattern `${before}${escapeRegExp(word)}${after}`
 * would match, found with indexOf (a pattern made per word, led by a lookbehind with \p classes, is tried at every
 * offset of the text).
 */
export function indexBetween(text: string, word: string, before: RegExp, after: RegExp): number {
  if (!word) return text.search(cachedRegExp(`${before.source}${after.source}`, 'u'));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (insidePair(text, at) || insidePair(text, end)) continue;
    before.lastIndex = at;
    if (!before.test(text)) continue;
    after.lastIndex = end;
    if (after.test(text)) return at;
  }
  return -1;
}

/**
 * Every offset where `${before}${escapeRegExp(word)}${after}` (/gu) matches, in the order matchAll finds them (each
 * search going on from the end of the match before), found with indexOf as indexBetween finds the first.
 */
export function* indicesBetween(
  text: string,
  word: string,
  before: RegExp,
  after: RegExp,
): Generator<number> {
  if (!word) throw new Error('indicesBetween: an empty word');
  for (let at = text.indexOf(word); at >= 0; ) {
    const end = at + word.length;
    let matched = false;
    if (!insidePair(text, at) && !insidePair(text, end)) {
      before.lastIndex = at;
      if (before.test(text)) {
        after.lastIndex = end;
        matched = after.test(text);
      }
    }
    if (matched) yield at;
    at = text.indexOf(word, matched ? end : at + 1);
  }
}

/**
 * Offsets where `word` (as written, no pattern) stands as a whole word in `text`: where
 * `cachedRegExp(asWholeWord(escapeRegExp(word)), 'u')` would match, found with indexOf.
 */
function* wholeWordsAt(text: string, word: string): Generator<number> {
  if (!word) return;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // a /u search never starts inside a surrogate pair
    if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
    const before = pointBefore(text, at);
    if (before >= 0 && isWordPoint(before)) continue;
    const end = at + word.length;
    if (end < text.length && isWordPoint(text.codePointAt(end) ?? -1)) continue;
    yield at;
  }
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const isLetterOrNumber = (cp: number): boolean =>
  cp < 128
    ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)
    : LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
const isLetter = (cp: number): boolean =>
  cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) : LETTER.test(String.fromCodePoint(cp));

/**
 * Whether `name` is written bare in `text` ("Mr Ashby said", not "Ashby's", "Ashby-Smith"): where
 * `(?<![\p{L}\p{N}'’&-])name(?![\p{L}\p{N}&-]|['’]\p{L})` (/u) would match, read in place (a /u pattern
 * with \p classes made per name cost a third of a millisecond to build, more than the article's whole search).
 */
export function writtenBare(text: string, name: string): boolean {
  if (!name) return cachedRegExp(`(?<![\\p{L}\\p{N}'’&-])(?![\\p{L}\\p{N}&-]|['’]\\p{L})`, 'u').test(text);
  // (a name ending in half a pair never matches where the text goes on with its other half)
  const splitEnd = isHigh(name.charCodeAt(name.length - 1));
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
    const before = pointBefore(text, at);
    if (
      before >= 0 &&
      (isLetterOrNumber(before) || before === 39 || before === 0x2019 || before === 38 || before === 45)
    )
      continue;
    const end = at + name.length;
    if (end >= text.length) return true;
    if (splitEnd && isLow(text.charCodeAt(end))) continue;
    const after = text.codePointAt(end) ?? -1;
    if (isLetterOrNumber(after) || after === 38 || after === 45) continue;
    if (
      (after === 39 || after === 0x2019) &&
      end + 1 < text.length &&
      isLetter(text.codePointAt(end + 1) ?? -1)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Offsets of `name` with an 's (straight or curly) where `(?<![\p{L}\p{N}'’&-])name['’]s(?![\p{L}\p{N}])` (/gu)
 * finds them, in the order exec does, read in place: "Ashby's said", not "Ashby'sville" nor "Lee-Ashby's".
 */
export function* possessivesAt(text: string, name: string): Generator<number> {
  let at = text.indexOf(name);
  while (at >= 0) {
    let next = at + 1;
    const end = at + name.length;
    const mark = text.charCodeAt(end);
    if (
      !(at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) &&
      (mark === 39 || mark === 0x2019) &&
      text.charCodeAt(end + 1) === 115
    ) {
      const before = pointBefore(text, at);
      const after = end + 2 < text.length ? (text.codePointAt(end + 2) ?? -1) : -1;
      if (
        !(
          before >= 0 &&
          (isLetterOrNumber(before) || before === 39 || before === 0x2019 || before === 38 || before === 45)
        ) &&
        !(after >= 0 && isLetterOrNumber(after))
      ) {
        yield at;
        next = end + 2;
      }
    }
    at = text.indexOf(name, next);
  }
}

const UPPER_POINT = /^\p{Lu}$/u;
const isUpperPoint = (cp: number): boolean =>
  cp < 128 ? cp >= 65 && cp <= 90 : UPPER_POINT.test(String.fromCodePoint(cp));

/**
 * Where `name` is first written alone from `from` on: not inside a word, nor before a capitalised word ("Lycos
 * Europe", "Lycos, Europe's …", "Lycos's Europe unit"); the offset
 * `(?<![\p{L}\p{N}'’-])name(?![\p{L}\p{N}'’-]|['’]s?\s+\p{Lu}|,?\s+\p{Lu})` (/gu, lastIndex `from`) would find,
 * read in place; -1 when none.
 */
export function firstWrittenAlone(text: string, name: string, from: number): number {
  const splitEnd = isHigh(name.charCodeAt(name.length - 1));
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
    const before = pointBefore(text, at);
    if (before >= 0 && (isLetterOrNumber(before) || before === 39 || before === 0x2019 || before === 45))
      continue;
    const end = at + name.length;
    if (end >= text.length) return at;
    if (splitEnd && isLow(text.charCodeAt(end))) continue;
    const after = text.codePointAt(end) ?? -1;
    // (['’]s?\s+\p{Lu} is covered by the apostrophes of the first class)
    if (isLetterOrNumber(after) || after === 39 || after === 0x2019 || after === 45) continue;
    let j = text.charCodeAt(end) === 44 ? end + 1 : end;
    const spaces = j;
    while (j < text.length && isSpaceAt(text, j)) j++;
    if (j > spaces && j < text.length && isUpperPoint(text.codePointAt(j) ?? -1)) continue;
    return at;
  }
  return -1;
}

const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir']);
const isAsciiWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** `honorificSurnameRegExp(surname).test(text)` ("Mr Lee", "Dr. Lee"), read in place without a pattern per surname. */
export function hasHonorificSurname(text: string, surname: string): boolean {
  if (!surname) return honorificSurnameRegExp(surname).test(text);
  const splitEnd = isHigh(surname.charCodeAt(surname.length - 1));
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
    const end = at + surname.length;
    if (end < text.length) {
      if (splitEnd && isLow(text.charCodeAt(end))) continue;
      if (isWordPoint(text.codePointAt(end) ?? -1)) continue;
    }
    // blank space before the surname, an optional full stop, then an honorific opening a word
    let k = at;
    while (k > 0 && isSpaceAt(text, k - 1)) k--;
    if (k === at) continue;
    if (k > 0 && text.charCodeAt(k - 1) === 46) k--;
    let w = k;
    while (w > 0 && k - w < 4 && isAsciiWordChar(text.charCodeAt(w - 1))) w--;
    for (let from = w; from <= k - 2; from++) {
      if (from > 0 && isAsciiWordChar(text.charCodeAt(from - 1))) continue;
      if (HONORIFICS.has(text.slice(from, k))) return true;
    }
  }
  return false;
}

/** `cachedRegExp(asWholeWord(escapeRegExp(word)), 'u').test(text)`, without building a pattern per word. */
export function hasWholeWord(text: string, word: string): boolean {
  for (const _ of wholeWordsAt(text, word)) return true;
  return false;
}

const SENTENCE_END_OR_QUOTE = new Set(['.', '!', '?', '"', '“', '”']);

/**
 * True when a capitalised word is a common one: written in lower case elsewhere, or capitalised only opening a
 * sentence (with `both`, the two at once).
 */
export function isCommonWord(word: string, text: string, both = false): boolean {
  const lower = countWholeWord(text, word.toLowerCase()) > 0;
  if (lower && !both) return true;
  const opensOnly = !afterWordAndSpace(text, word);
  return both ? lower && opensOnly : opensOnly;
}

/** `[^.!?"“”\s]\s+` then `word` as a whole word (/u): the word written after blank space inside a sentence. */
export function afterWordAndSpace(text: string, word: string): boolean {
  for (const at of wholeWordsAt(text, word)) {
    let j = at;
    while (j > 0 && isSpaceAt(text, j - 1)) j--;
    if (j === at || j === 0) continue;
    const c = text[j - 1] ?? '';
    if (!SENTENCE_END_OR_QUOTE.has(c)) return true;
  }
  return false;
}

const DETERMINER_OPENER =
  /^(?:Other|Some|Many|Several|Both|Neither|Either|Nor|Few|Such|Each|Every|Another|These|Those)\s+(?=\p{Lu})/u;

/** "Shares of Norvel Corp" → "Norvel Corp": a common word opening the sentence is no part of an organisation's name. */
export function withoutCommonOpener(name: string, text: string): string {
  if (!name.includes(' of ')) return name;
  const opener = /^(\p{Lu}\p{Ll}+) of (\p{Lu}.*)$/u.exec(name);
  return opener?.[1] && opener[2] && isOrganisationName(opener[2]) && isCommonWord(opener[1], text, true)
    ? opener[2]
    : name;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

// Whole-word occurrences of words in one text, found once per word (mostSalientOrganisation asks for every run of
// the text before every quote: counting afresh each time was cubic in a long article).
interface Occurrences {
  /** End offsets of the occurrences not glued to a word before them, in order. */
  ends: number[];
  /** For each, whether a word character follows it. */
  glued: boolean[];
  /** How many of the first k are not followed by a word character. */
  free: number[];
}
let occurrencesText = '';
let occurrences = new Map<string, Occurrences>();
// each run of the text: where it is first written, and its name without a common opener
let firstAt = new Map<string, { run: string; first: number }>();

function forText(text: string): void {
  if (occurrencesText === text) return;
  occurrencesText = text;
  occurrences = new Map();
  firstAt = new Map();
}

/** A run with its common opener dropped, and the offset of its first occurrence (-1 when none), once per text. */
function runAndFirst(text: string, written: string): { run: string; first: number } {
  forText(text);
  let r = firstAt.get(written);
  if (!r) {
    const run = withoutCommonOpener(written, text);
    r = { run, first: text.indexOf(run) };
    firstAt.set(written, r);
  }
  return r;
}

function occurrencesOf(text: string, word: string): Occurrences {
  forText(text);
  let o = occurrences.get(word);
  if (!o) {
    o = { ends: [], glued: [], free: [0] };
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at > 0 && WORD_CHAR.test(text[at - 1] ?? '')) continue;
      // "Harrow-Tull" is no mention of "Tull SA": a word after a hyphen ends a compound name
      if (text[at - 1] === '-' && /\p{L}/u.test(text[at - 2] ?? '')) continue;
      const glued = WORD_CHAR.test(text[at + word.length] ?? '');
      o.ends.push(at + word.length);
      o.glued.push(glued);
      o.free.push((o.free.at(-1) ?? 0) + (glued ? 0 : 1));
    }
    occurrences.set(word, o);
  }
  return o;
}

/** countWholeWord(text, word, end), read from the occurrences of `word` found once per text. */
export function countWholeWordBefore(text: string, word: string, end: number): number {
  if (!word) return 0;
  const o = occurrencesOf(text, word);
  let lo = 0;
  let hi = o.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((o.ends[mid] ?? 0) <= end) lo = mid + 1;
    else hi = mid;
  }
  // one ending right at `end` counts whatever follows it (the text is read as cut there)
  const last = lo - 1;
  return (o.free[lo] ?? 0) + (last >= 0 && o.ends[last] === end && o.glued[last] ? 1 : 0);
}

/** How often `word` stands as a whole word in `text` before `end`: "Blair" in "Mr Blair's", "Ångström" in "Ms Ångström". */
export function countWholeWord(text: string, word: string, end = text.length): number {
  let n = 0;
  if (!word) return 0;
  for (let at = text.indexOf(word); at >= 0 && at + word.length <= end; at = text.indexOf(word, at + 1)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1] ?? '')) continue;
    if (at + word.length < end && WORD_CHAR.test(text[at + word.length] ?? '')) continue;
    n++;
  }
  return n;
}
/** `s` without the run of `chars` it ends with: s.replace(/[.,;:]+$/, '') for ".,;:", read back from the end. */
const trimEndOf = (s: string, chars: string): string => {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] as string)) end--;
  return end === s.length ? s : s.slice(0, end);
};
// (w.replace(/['’]s$/u, '').replace(/[.,;:]+$/, ''), without a pattern tried at every offset)
const clean = (w: string) => {
  const owned = w.length >= 2 && w.endsWith('s') && (w[w.length - 2] === "'" || w[w.length - 2] === '’');
  return trimEndOf(owned ? w.slice(0, -2) : w, '.,;:');
};

const OFFICES = new Set([
  'sheriff',
  'whip',
  'executive',
  'director',
  'chief',
  'boss',
  'leader',
  'coach',
  'manager',
  'undersecretary',
  'president',
  'minister',
  'secretary',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'governor',
  'senator',
  'ambassador',
  'commissioner',
  'ceo',
  'mayor',
]);
const isOfficeWord = (w: string) =>
  OFFICES.has(w) || (w.includes('-') && w.split('-').every((p) => TITLE_WORDS.has(p)));

/** Leading title and role words of a capitalised run removed ("Russian President Vladimir Putin" → "Vladimir Putin"). */
export function stripTitles(run: string): { name: string; roles: string[] } {
  const { name, roles } = stripTitlesOnce(run);
  return { name, roles: [...roles] };
}

// the same runs recur in every article ("Prime Minister Tony Blair"): each worked out once
const stripTitlesOnce = memoByString((run: string): { name: string; roles: readonly string[] } =>
  stripTitlesOf(run),
);

function stripTitlesOf(run: string): { name: string; roles: string[] } {
  const words = tokensOf(run).map(clean).filter(Boolean);
  const roles: string[] = [];
  // "Archbishop of Canterbury Dr Rowan Williams": the name starts after the last honorific
  const honorific = words.reduce(
    (at, w, i) => (i < words.length - 1 && /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)$/.test(w) ? i : at),
    -1,
  );
  if (honorific > 0) {
    roles.push(...words.slice(0, honorific).map((w) => w.toLowerCase()));
    words.splice(0, honorific);
  }
  // "NATO Secretary-General Jens Stoltenberg", "Acme Corp President Ann Lee": the name follows the last office
  const office = words.reduce(
    (at, w, i) => (i > 0 && i < words.length - 2 && isOfficeWord(w.toLowerCase()) ? i : at),
    -1,
  );
  if (office > 0) {
    roles.push(...words.slice(0, office + 1).map((w) => w.toLowerCase()));
    words.splice(0, office + 1);
  }
  // "Economic Affairs Robert Ortner" (after "Minister for"): a name starts at its first name; "Ports Ann Marie
  // Tull": at the first of its given names (given names or initials up to the surname)
  const given = (w: string) => genderOfFirstName(w) !== null;
  // (the word stripped last, which may make a month after it a time: "In May Lee")
  let stripped = '';
  // ("L.C. Duncan Jr.": initials run together are initials too)
  const initial = (w: string) => /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(w);
  const first = words.findIndex((w, i) => i > 0 && i <= words.length - 2 && given(w));
  if (
    words.length >= 3 &&
    first > 0 &&
    !words.some((w) => /^(?:and|&|of|for)$/i.test(w)) &&
    // ("Suroor bin Karim al-Nour": a patronymic's given name is no first name of the whole)
    !words.slice(0, first).some((w) => /^(?:bin|ibn|bint|ben|abu)$/i.test(w)) &&
    words.slice(first, -1).every((w) => given(w) || initial(w)) &&
    words.slice(0, first).every((w) => !given(w) && !initial(w))
  ) {
    roles.push(...words.slice(0, first).map((w) => w.toLowerCase()));
    stripped = words[first - 1] ?? '';
    words.splice(0, first);
  }
  let ofOffice = false;
  while (words.length > 1) {
    // "May Lee", "Councillor April Dunn": a month opening the name is its first word (not "In May Lee")
    if (
      isMonthWord(words[0] ?? '') &&
      monthOpensName(stripped, words[0] ?? '', words[1] ?? '', words[2] ?? '')
    )
      break;
    const w = (words[0] ?? '').toLowerCase().replace(/\.$/, '');
    const next = (words[1] ?? '').toLowerCase();
    const nationality = /(?:an|ian|ish|ese|ic|i)$/.test(w) && TITLE_WORDS.has(next);
    // "the U.S. Silas said", "U.K. Trade Secretary": a country's abbreviation before a name is not part of it
    const country = /^(?:u\.s|u\.s\.a|u\.k|u\.n|e\.u|usa)$/.test(w);
    // "Secretary-General", "Attorney-General": a hyphenated title
    const hyphenated = w.includes('-') && w.split('-').every((p) => TITLE_WORDS.has(p));
    if (!TITLE_WORDS.has(w) && !nationality && !country && !hyphenated && !CLAUSE_OPENERS.has(w)) break;
    if (!CLAUSE_OPENERS.has(w)) roles.push(w);
    // ("State Secretary for Foreign Affairs Tom Vell": once "for" is stripped, the office runs on to a first name)
    ofOffice ||= /^(?:of|for)$/.test(w);
    stripped = w;
    words.shift();
  }
  // "Director of National Intelligence John Ratcliffe", "Minister for Economic Affairs Robert Ortner": the rest
  // of the office, up to a first name
  const ofFirst = /^(?:of|for)$/i.test(words[0] ?? '');
  if (ofOffice || ofFirst) {
    // (after "of", a place: "of Washington Chris Gregoire"; with no first name known, the last two words)
    const from = ofFirst ? 2 : 1;
    let at = words.findIndex((w, i) => i >= from && i < words.length - 1 && genderOfFirstName(w) !== null);
    if (at < 0 && ofFirst && words.length >= 4) at = words.length - 2;
    // "Army Chief of Staff Hector Rios Vell": with no first name known, the office's field words ("Staff",
    // "Energy and Mines") before a name of two words or more
    if (at < 0 && !ofFirst) {
      let k = 0;
      while (k < words.length - 2 && OFFICE_FIELDS.has((words[k] ?? '').toLowerCase().replace(/,$/, ''))) k++;
      if (k > 0) at = k;
    }
    if (at > 0) {
      roles.push(...words.slice(0, at).map((w) => w.toLowerCase()));
      words.splice(0, at);
    }
  }
  return { name: words.join(' '), roles };
}

export function isOrganisationName(name: string): boolean {
  return isOrganisationNameOnce(name);
}

const isOrganisationNameOnce = memoByString((name: string): boolean => {
  const words = tokensOf(name).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  return words.some((w) => ORG_WORDS.has(w)) || /^[\p{Lu}\d&]{2,6}$/u.test(name.replace(/[().]/g, ''));
});

export interface NameOccurrence {
  name: string;
  start: number;
  roles: string[];
}

export interface NameIndex {
  persons: NameOccurrence[];
  organisations: NameOccurrence[];
  /** Every capitalised run as written, joins included ("Council of Mortgage Lenders"), for acronyms. */
  runs: string[];
  /** Runs whose first word is also a title ("General Motors Corp"), kept whole, for acronyms only. */
  titledRuns?: string[];
}

const NOT_PERSON_WORDS = new Set([
  'championships',
  'championship',
  'cup',
  'games',
  'olympics',
  'awards',
  'festival',
  'ocean',
  'sea',
  'river',
  'mountains',
  'island',
  'islands',
  'avenue',
  'park',
  'stadium',
  'airport',
  'station',
  'bridge',
  'hall',
  'palace',
  'castle',
  'tower',
  'day',
  'week',
  'year',
  'act',
  'bill',
  'war',
  'prize',
  'series',
  'show',
  'programme',
  'program',
  'live',
  'online',
  'website',
  'radio',
  'today',
  'britain',
  'europe',
  'eu',
  'uk',
  'us',
  'usa',
  'africa',
  'asia',
  'america',
  'china',
  'india',
  'russia',
  'france',
  'germany',
  'japan',
  'london',
  'paris',
  'washington',
  'moscow',
  'beijing',
  'brussels',
  'christmas',
  'easter',
  'mass',
  'lords',
  'commons',
]);

// ("Tarn Broken Hill Holdings Ltd" is TBH: a holding name a suffix too)
const CORPORATE_SUFFIX = /^(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|plc|LLC|Holdings|Group)\.?$/;

// expansions per article (by its list of runs): the rules ask for the same acronyms and names at every quote
const EXPANSIONS = new WeakMap<
  readonly string[],
  {
    length: number;
    titled: readonly string[] | undefined;
    found: Map<string, string | null>;
    /** The initials of every run's words (as expandAcronymOf reads them), run after run: read when first asked. */
    initials?: string;
  }
>();

/** The initials of each run's words, as expandAcronymOf reads them (no "of", "and" …), the runs apart: any letters it
 * expands are the initials of words running on in one run, so a part of this. */
function runInitials(index: NameIndex): string {
  return [...index.runs, ...(index.titledRuns ?? [])]
    .map((run) =>
      tokensOf(run)
        .filter((w) => !/^(?:of|for|and|the|&|de|du)$/i.test(w))
        .map((w) => w[0]?.toLowerCase())
        .join(''),
    )
    .join('\u0000');
}

/** Expands an acronym through a capitalised run of the article ("CML" → "Council of Mortgage Lenders"). */
export function expandAcronym(index: NameIndex, acronym: string): string | null {
  // ("S and P": the letters around "and")
  const want = acronym
    .replace(/\s+and\s+/g, '')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
  if (want.length < 2 || want.length > 7) return null;
  const { runs, titledRuns } = index;
  let memo = EXPANSIONS.get(runs);
  if (!memo || memo.length !== runs.length || memo.titled !== titledRuns) {
    memo = { length: runs.length, titled: titledRuns, found: new Map() };
    EXPANSIONS.set(runs, memo);
  }
  const known = memo.found.get(acronym);
  if (known !== undefined) return known;
  // (no run's initials hold the letters: none expands them, and the runs are not read again for each name)
  memo.initials ??= runInitials(index);
  const found = memo.initials.includes(want) ? expandAcronymOf(index, acronym, want) : null;
  memo.found.set(acronym, found);
  return found;
}

function expandAcronymOf(index: NameIndex, acronym: string, want: string): string | null {
  // the run's own initials first ("Federal Deposit Insurance Corp" is FDIC); then, when no run gives them,
  // "General Motors Corp" is GM (a company suffix has no letter in it), and runs whose first word is a title
  for (const loose of [false, true]) {
    for (const run of loose ? [...index.runs, ...(index.titledRuns ?? [])] : index.runs) {
      let all = tokensOf(run);
      // "The General Accounting Office, GAO,": the acronym itself closes the run
      if (loose && all.length > 1 && all[all.length - 1] === acronym) all = all.slice(0, -1);
      const content = all
        .map((w, i) => ({ w, i }))
        .filter(({ w }) => !/^(?:of|for|and|the|&|de|du)$/i.test(w));
      // ("The Broken Hill Pty Co Ltd" is BHP: two suffixes; "Kelso International Group Plc" is KIG: "Group" kept)
      let most = 0;
      while (
        loose &&
        most < 2 &&
        content.length > most + 1 &&
        CORPORATE_SUFFIX.test(content[content.length - 1 - most]?.w ?? '')
      )
        most++;
      // the acronym may cover the end of a longer run ("China's State Administration of …")
      let tail: { w: string; i: number }[] | undefined;
      let kept = 0;
      for (let suffix = 0; suffix <= most && !tail; suffix++) {
        if (content.length - suffix < want.length) continue;
        const words = content.slice(content.length - suffix - want.length, content.length - suffix);
        if (words.map(({ w }) => w[0]?.toLowerCase()).join('') === want) {
          tail = words;
          kept = most - suffix;
        }
      }
      if (!tail) continue;
      // letters read off a corporate suffix are not another name's when a name opens with them ("CTC Dealer
      // Holdings Ltd … CTC said", not "Canadian Tire Corp Ltd")
      if (kept > 0 && index.runs.some((r) => r.startsWith(`${acronym} `))) continue;
      // never the acronym spelled inside its own run ("IEL Finance Ltd" is no expansion of IEL)
      const long = all.slice(tail[0]?.i ?? 0);
      if (long.includes(acronym) || long.join(' ') === acronym) continue;
      return long.join(' ');
    }
  }
  return null;
}

// one-word country names: "Georgia", "Jordan"
const COUNTRY_WORDS = new Set(
  Object.values(countries)
    .flatMap((c) => [c.name, c.native])
    .filter((n) => !/\s/.test(n)),
);

const PLACES = new Set(
  Object.values(countries)
    .flatMap((c) => [c.name, c.native])
    .filter((n) => /\s/.test(n)),
);
for (const p of [
  'New York',
  'Los Angeles',
  'San Francisco',
  'Hong Kong',
  'Northern Ireland',
  'Middle East',
  'Holy Land',
  'Wall Street',
  'Downing Street',
  'White House',
  'European Union',
  'United Nations',
  'Latin America',
  'North America',
  'South America',
  'East Africa',
  'West Africa',
  'Southeast Asia',
  'South Asia',
  'Central Asia',
  'New Zealand',
  'Saudi Arabia',
  'South Africa',
  'South Korea',
  'North Korea',
  'Sri Lanka',
  'Costa Rica',
  'New Jersey',
  'New Delhi',
  'Rio de Janeiro',
  'Buenos Aires',
  'Tel Aviv',
  'Las Vegas',
  'New Orleans',
  'St Petersburg',
  'Saint Petersburg',
  'Cape Town',
  'Abu Dhabi',
])
  PLACES.add(p);

/** A country's name, one word or more ("Norway", "New Zealand", "Britain"). */
export function isCountryName(name: string): boolean {
  return COUNTRY_WORDS.has(name) || PLACES.has(name) || name === 'Britain' || name === 'America';
}

/** Multi-word place names (countries and a few cities/regions), so "Hong Kong" is not taken for a person. */
export function isPlaceName(name: string): boolean {
  return (
    PLACES.has(name) || /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s/u.test(name)
  );
}

// the scans of buildNameIndex, compiled once (each exec loop starts from lastIndex 0; none matches the empty string)
const LONG_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
const LIST_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:,?[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
const NAME_RUN = new RegExp(
  // ("Ana de la Cruz", "Jan van der Berg": two particles at most)
  `${WORD.source}(?:[ \\t]+(?:(?:${[...JOINS].join('|')})[ \\t]+){0,2}${WORD.source})*`,
  'gu',
);
const INITIAL_THEN_TITLE =
  /^.*?\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.(?=[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?[ \t]+\p{Lu})/u;
// "… the example of Malcolm X. Ann Lee said …": a name closing on an initial, then a first name and surname ending the
// run right before a report verb (not "John F. Kennedy said": one word after the initial)
const INITIAL_THEN_NAME =
  /^.*?\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+[\p{L}'’-]*$)/u;
const REPORT_VERB_NEXT =
  /^[ \t]+(?:said|says|told|tells|added|adds|asked|argued|wrote|writes|stated|noted|insisted)\b/;
// "Centre for Trade, Law and Policy", "Institute of Music, Art and Drama": a body's head word, "for" or "of", then a
// list of fields, one capitalised word each
const BODY_OF_FIELDS =
  /^(?:The\s+)?((?:Centre|Center|Institute|Council|Department|Ministry|Office|Commission|Society|Foundation|School|College|Faculty|Association|Agency|Bureau|Federation|Academy)\s+(?:for|of)\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+)$/u;
const CAPITALS_PAIR = /\p{Lu}{2,}\s+\p{Lu}{2,}/u;
const POSSESSOR = /['’]s\s+\p{Lu}(?=[^'’]*$)/u;
const APPOSITIVE = /^,\s+(?:the\s+|a\s+|an\s+)?([\p{Ll}][\p{L}\s'’-]{2,50}?)(?:,|\s+(?:of|at|for)\s)/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.?\s/u;
// titles only a person bears, before a surname alone: "President Obama", "Sen. Warren", "Chancellor Merkel"
const PERSON_TITLE =
  /^(?:president|senator|sen|rep|representative|congressman|congresswoman|gov|governor|mayor|judge|justice|secretary|chancellor|premier|pope|rev|reverend|gen|general|col|colonel|lt|sgt|capt|captain|coach|speaker|ambassador|king|queen|prince|princess|sheikh)$/;
const LOWER_WORD = /^[\p{Ll}-]+$/u;
const SPACE = /\s/;
/** What /\s/ matches, by character code: white space and line terminators. */
export const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
};

/**
 * "… the deputy chief Ann Lee": the one to three lower-case words that end, before blank space, right at `at`
 * (looking back 40 characters at most), lower-cased; empty when the word before is not lower-case. The same
 * words as /(?:^|\s)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u finds in text.slice(at - 40, at), without its
 * backtracking.
 */
export function lowerWordsBefore(text: string, at: number): string[] {
  const floor = Math.max(0, at - 40);
  const out: string[] = [];
  let i = at;
  if (i <= floor || !isSpaceAt(text, i - 1)) return out;
  while (i > floor && isSpaceAt(text, i - 1)) i--;
  while (i > floor && out.length < 3) {
    const end = i;
    while (i > floor && !isSpaceAt(text, i - 1)) i--;
    const word = text.slice(i, end);
    if (!LOWER_WORD.test(word)) break;
    out.push(word.toLowerCase());
    while (i > floor && isSpaceAt(text, i - 1)) i--;
  }
  return out.reverse();
}

/** Whether `offset` falls inside one of the spans (any order, overlaps allowed): a binary search, not a scan. */
export function insideAny(spans: { start: number; end: number }[]): (offset: number) => boolean {
  const holds = oneSpanHolding(spans);
  return (offset) => holds(offset, offset);
}

/** A test of whether one of `spans` holds every offset from `from` to `to` (both included). */
export function oneSpanHolding(
  spans: { start: number; end: number }[],
): (from: number, to: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, s] of sorted.entries())
    reach.push(Math.max(reach[i - 1] ?? Number.NEGATIVE_INFINITY, s.end));
  return (from, to) => {
    // the last span starting at or before `from`; the furthest end of those is past `to` only if one of them holds
    // both
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? 0) > to;
  };
}

const NO_ROLES: readonly string[] = [];

const HYPHEN_ADJECTIVE =
  /^\p{Lu}[\p{L}.]*-(?:based|led|born|owned|backed|run|made|controlled|listed|registered)$/u;
const SENTENCE_START = /(?:^|[.!?"“”:]\s*|\n\s*)$/;

/**
 * How much of a capitalised run at `at` to skip: its first word when that is an adjective made with a hyphen
 * ("Frankfurt-based") or, opening a sentence, a common word capitalised only there ("Under", "Did"; not a first
 * name, a title or a clause opener, which stripTitles reads); else 0. `seen` keeps each word's answer per text.
 */
function openerLength(run: string, at: number, text: string, seen: Map<string, boolean>): number {
  // (a run of one word has no opener to skip)
  if (!run.includes(' ') && !run.includes('\t')) return 0;
  // ("The Frankfurt-based Deutsche Boerse")
  const article = /^(?:The|A|An)[ \t]+(?=\p{Lu}[\p{L}.]*-\p{Ll})/u.exec(run)?.[0].length ?? 0;
  if (article > 0) {
    const rest = openerLength(run.slice(article), at + article, text, seen);
    return rest > 0 ? article + rest : 0;
  }
  const space = run.search(/[ \t]/);
  if (space <= 0) return 0;
  const first = run.slice(0, space);
  const rest = run.slice(space).replace(/^[ \t]+/, '');
  // (a name of two words or more after it: "Hacker Guccifer:" heading a quote stays whole)
  if (!/^\p{Lu}\S*[ \t]+\p{Lu}/u.test(rest)) return 0;
  let drop = HYPHEN_ADJECTIVE.test(first);
  if (!drop && /^\p{Lu}\p{Ll}+$/u.test(first) && SENTENCE_START.test(text.slice(Math.max(0, at - 3), at))) {
    let common = seen.get(first);
    if (common === undefined) {
      const lower = first.toLowerCase();
      common =
        !TITLE_WORDS.has(lower) &&
        !CLAUSE_OPENERS.has(lower) &&
        !JOINS.has(lower) &&
        genderOfFirstName(first) === null &&
        isCommonWord(first, text, true);
      seen.set(first, common);
    }
    drop = common;
  }
  return drop ? run.length - rest.length : 0;
}

const MONTH_STARTS = new Set(MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1, 3)}`));
const MONTH_OPENER = /^(\p{Lu}\p{Ll}+)[ \t]+(\S+)(?:[ \t]+(\S+))?/u;

/**
 * How much of a capitalised run at `at` to skip for a month opening it that the word before makes a time ("said
 * in June Harlow would" → "Harlow"; not "said June Harlow", whose month stripTitles keeps as a first name); else 0.
 */
function monthTimeLength(run: string, at: number, text: string): number {
  // (most runs open with no month: the test of its first letters comes before the pattern)
  if (!MONTH_STARTS.has(run.slice(0, 3))) return 0;
  const m = MONTH_OPENER.exec(run);
  if (!m?.[1] || !isMonthWord(m[1])) return 0;
  const [after, afterNext] = [clean(m[2] ?? ''), clean(m[3] ?? '')];
  if (!monthOpensName('', m[1], after, afterNext)) return 0;
  const [before, prevMonth, beforePrev] = wordsBefore(text, at, 3);
  // "between May and June Reeves said": the second month of a span is a time (segment/month-first-name)
  if (
    monthOpensName(before ?? '', m[1], after, afterNext) &&
    !secondMonthOfSpan(before ?? '', prevMonth ?? '', beforePrev ?? '')
  )
    return 0;
  return run.length - run.slice(m[1].length).replace(/^[ \t]+/, '').length;
}

/**
 * The `n` words ending before blank space right at `at`, nearest first; '' from a sentence's start on
 * ("… said. May Lee …").
 */
function wordsBefore(text: string, at: number, n: number): string[] {
  const words: string[] = [];
  let i = at;
  while (words.length < n) {
    while (i > 0 && isSpaceAt(text, i - 1)) i--;
    const end = i;
    while (i > 0 && !isSpaceAt(text, i - 1)) i--;
    const word = text.slice(i, end);
    if (!word || /[.!?"“”:;]$/.test(word)) break;
    words.push(word);
  }
  while (words.length < n) words.push('');
  return words;
}

const HOLIDAY_WORD = /Christmas|Year|Day|Halloween/;
const TIME_OPENER = /^(?:On|At|By|Since|Until|Over|During|Before|After|This|Last|Next|From)[ \t]+/;

/** Length of a holiday, and the blank after it, opening a run at `at` after a time word ("On Christmas Day Roe"), else 0. */
function leadingHolidayLength(run: string, at: number, text: string): number {
  if (!HOLIDAY_WORD.test(run)) return 0;
  const opener = TIME_OPENER.exec(run)?.[0].length ?? 0;
  const n = holidayDateLength(text, at + opener);
  const blank = n > 0 ? /^[ \t]+(?=\p{Lu})/u.exec(run.slice(opener + n)) : null;
  return blank ? opener + n + blank[0].length : 0;
}

/** Capitalised runs of the text, sorted into person names (two words or more) and organisation names. */
// a company's name closing on its form ("Inc", "Corp"), then the title of a person named after it
const FIRM_BEFORE_TITLE =
  /^((?:\p{Lu}[\p{L}&'’-]*[ \t]+){1,5}(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SpA)\.?)[ \t]+\p{Lu}/u;

export function buildNameIndex(text: string, quoted: { start: number; end: number }[] = []): NameIndex {
  const persons: NameOccurrence[] = [];
  const organisations: NameOccurrence[] = [];
  const isQuoted = insideAny(quoted);
  const quotedWhole = oneSpanHolding(quoted);
  const commonOpeners = new Map<string, boolean>();
  NAME_RUN.lastIndex = 0;
  for (let whole = NAME_RUN.exec(text); whole; whole = NAME_RUN.exec(text)) {
    // "… directed Malcolm X. Mrs Lee starred": a name closing on an initial, then a title opening the next
    // sentence: two names (the scan goes on after the initial)
    const initial = whole[0].includes('.')
      ? (INITIAL_THEN_TITLE.exec(whole[0]) ??
        (REPORT_VERB_NEXT.test(text.slice(whole.index + whole[0].length, whole.index + whole[0].length + 12))
          ? INITIAL_THEN_NAME.exec(whole[0])
          : null))
      : null;
    if (initial) {
      whole[0] = initial[0];
      NAME_RUN.lastIndex = whole.index + initial[0].length;
    }
    // a run inside quoted words, where any name it holds would start (or just before it, as the check below reads
    // a name whose first word the cleaning changed): no antecedent, and not read (many runs of a quoting article)
    if (quotedWhole(whole.index - 1, whole.index + whole[0].length)) continue;
    // "On Christmas Day Roe said", "On New Year's Eve Ann Tull": a holiday opening the run is a date
    const holiday = leadingHolidayLength(whole[0], whole.index, text);
    if (holiday > 0) {
      whole[0] = whole[0].slice(holiday);
      whole.index += holiday;
    }
    // "Arsenal's Thierry Henry": the name is what follows the possessive
    const cut = /['’]/.test(whole[0]) ? whole[0].search(POSSESSOR) : -1;
    const m =
      cut > 0
        ? {
            0: whole[0].slice(whole[0].indexOf(' ', cut) + 1),
            index: whole.index + whole[0].indexOf(' ', cut) + 1,
          }
        : { 0: whole[0], index: whole.index };
    // "Under President Chavez", "Did Red Hat", "Frankfurt-based Deutsche Boerse": a common word opening the
    // sentence, or an adjective made with a hyphen, is no part of the name after it
    const skip = openerLength(m[0], m.index, text, commonOpeners) || monthTimeLength(m[0], m.index, text);
    if (skip > 0) {
      m[0] = m[0].slice(skip);
      m.index += skip;
    }
    const raw = trimEndOf(m[0], '.,;:');
    // an all-capitals headline is not a name: "RED LION INNS FILES PLANS"
    // (the rare pair of capitalised words tried before the whole run is upper-cased)
    if (SPACE.test(raw) && CAPITALS_PAIR.test(raw) && raw === raw.toUpperCase()) continue;
    // a single word has no title to strip: "London", "Reuters'" (most runs are one word)
    const stripped = /[ \t]/.test(raw) ? stripTitlesOnce(raw) : { name: clean(raw), roles: NO_ROLES };
    // "Other Bush administration officials": a determiner opening the run is no first name
    // ("Ian Lamont QC": the letters after a name are no part of it)
    const name = withoutPostNominals(withoutCommonOpener(stripped.name, text).replace(DETERMINER_OPENER, ''));
    if (!name) continue;
    // "No Norwegian flags were seen", "Any Danish bank": "no" or "any" before a country's adjective is no name
    const negated = /^(?:No|Any)[ \t]+(.+)$/.exec(name)?.[1];
    if (negated && isDemonym(negated)) continue;
    const words = tokensOf(name);
    const start = m.index + m[0].indexOf(words[0] ?? name);
    // names inside quoted words are not antecedents of the narration's pronouns
    if (isQuoted(start)) continue;
    // where the name goes, if anywhere, before the roles given with it are read
    // ("Bill Brown": the first name opening a name of two words or more is no bill)
    const into = words.some(
      (w, i) => NOT_PERSON_WORDS.has(w.toLowerCase()) && !(i === 0 && words.length >= 2 && w === 'Bill'),
    )
      ? organisations
      : isOrganisationName(name)
        ? organisations
        : isPlaceName(name)
          ? null
          : (words.length >= 2 && words.length <= 4) ||
              // "Mr. Obama", and "President Obama" whose first name the article never gives
              (words.length === 1 &&
                (HONORIFIC.test(raw) ||
                  (stripped.roles.length > 0 &&
                    PERSON_TITLE.test(stripped.roles[stripped.roles.length - 1] ?? '') &&
                    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name))))
            ? persons
            : null;
    if (!into) continue;
    const roles = [...stripped.roles];
    const end = m.index + m[0].length;
    const appositive = text[end] === ',' ? APPOSITIVE.exec(text.slice(end, end + 80)) : null;
    if (appositive?.[1]) roles.push(...tokensOf(appositive[1].toLowerCase()));
    for (const w of lowerWordsBefore(text, m.index)) if (TITLE_WORDS.has(w) || w.length > 3) roles.push(w);
    into.push({ name, start, roles });
  }
  return new BuiltNameIndex(persons, organisations, text);
}

/**
 * A NameIndex whose runs are found only when a rule asks for them (acronyms, organisations named in part): many
 * articles never do. A class, not an object literal with getters: such a literal is built slowly and read
 * slowly (its properties kept in a dictionary), and rules read `persons` for every quote.
 */
class BuiltNameIndex implements NameIndex {
  #runs: { runs: string[]; titled: string[] } | null = null;
  readonly #text: string;
  constructor(
    public persons: NameOccurrence[],
    public organisations: NameOccurrence[],
    text: string,
  ) {
    this.#text = text;
  }
  get runs(): string[] {
    this.#runs ??= runsOf(this.#text);
    return this.#runs.runs;
  }
  get titledRuns(): string[] {
    this.#runs ??= runsOf(this.#text);
    return this.#runs.titled;
  }
}

/** "Norsk Data A" before "/S": the slashed company form's first letter is no word of the name. */
function withoutSlashForm(run: string, text: string, end: number): string {
  return text.startsWith('/S', end) && /\s[AS]$/.test(run) ? run.slice(0, -2) : run;
}

/** Every capitalised run of the text as written, joins included, title words stripped; then those with commas. */
function runsOf(text: string): { runs: string[]; titled: string[] } {
  const runs: string[] = [];
  // LONG_RUN is LIST_RUN without its commas, so each run LONG_RUN finds lies inside one LIST_RUN finds: the
  // same run when that has no comma, else one of those LONG_RUN finds in it; one scan of the text, not two
  const lists: string[] = [];
  const titled: string[] = [];
  LIST_RUN.lastIndex = 0;
  for (let m = LIST_RUN.exec(text); m; m = LIST_RUN.exec(text)) {
    // "the Centre for Trade, Law and Policy … It said": the body's name with its commas, before its part
    // "Centre for Trade" (the first of the runs at one place is the fullest)
    const fields = m[0].includes(',') ? BODY_OF_FIELDS.exec(m[0])?.[1] : undefined;
    if (fields) runs.push(fields);
    const long = m[0].includes(',') ? [...m[0].matchAll(LONG_RUN)].map((l) => l[0]) : [m[0]];
    for (const whole of long) {
      if (whole === whole.toUpperCase() && CAPITALS_PAIR.test(whole)) continue;
      // ("in June Harlow would": the month is a time, no word of the run; so is "On Christmas Day")
      const at = m.index + m[0].indexOf(whole);
      const l = withoutSlashForm(
        whole.slice(monthTimeLength(whole, at, text) || leadingHolidayLength(whole, at, text)),
        text,
        at + whole.length,
      );
      const name = stripTitlesOnce(l).name || l;
      runs.push(name);
      // "General Motors Corp": a run whose first word is also a title, kept whole after the others
      if (name !== l) titled.push(l);
      // "Rook Partners Inc President Tom Vell said": the firm before the title is a run of its own
      const firm = name !== l ? FIRM_BEFORE_TITLE.exec(l)?.[1] : undefined;
      if (firm) runs.push(firm);
    }
    if (m[0].includes(',')) lists.push(m[0].replace(/,/g, ''));
  }
  // "State Administration of Radio, Film and Television": names with a comma inside, for acronyms only
  runs.push(...lists);
  return { runs, titled };
}

/** The person the text before `offset` names most often (by surname), the most recent on a tie. */
export function mostSalientPerson(
  index: NameIndex,
  text: string,
  offset: number,
  fits: (name: string) => boolean = () => true,
): string | null {
  let best: string | null = null;
  let bestCount = 0;
  const seen = new Set<string>();
  for (let i = index.persons.length - 1; i >= 0; i--) {
    const p = index.persons[i];
    if (!p || p.start >= offset) continue;
    const full = fullestName(index, p.name) ?? p.name;
    if (seen.has(full) || !fits(full)) continue;
    seen.add(full);
    const surname = full.split(/\s+/).pop() ?? full;
    const count = countWholeWord(text, surname, offset);
    // on a tie the person named first, the story's subject, wins
    if (count >= bestCount) {
      best = full;
      bestCount = count;
    }
  }
  return best;
}

export const honorificSurnameRegExp = regExpBy(
  'u',
  (surname) => `\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\\.?\\s+${escapeRegExp(surname)}(?![\\p{L}\\p{M}\\p{N}_])`,
);

const OUTLETS = /^(?:BBC|Reuters|AP|AFP|TASS|CNN|NBC|CBS|ABC|Sky|ITV)\b/;

/** The organisation the text before `offset` names most often (by its first word): "the company" after "Lycos Europe". */
export function mostSalientOrganisation(
  index: NameIndex,
  text: string,
  offset: number,
  minCount = 1,
  people: Iterable<string> = [],
): string | null {
  // names given a title or role are people ("Mr Lee", "coach Ann Berg"); other runs may be organisations;
  // so are the people already quoted by name
  // (not a name given a company's kind: "Lumen Vale, the Tarnish cloud company, said …")
  const { persons, candidates } = salientCandidates(index, text);
  const quoted = new Set(
    [...people].filter((name) => !index.persons.some((p) => p.name === name && hasCompanyRole(p))),
  );
  const isPerson = (name: string) => persons.has(name) || quoted.has(name);
  let best: string | null = null;
  let bestCount = 0;
  for (const c of candidates) {
    const { run, head } = c;
    // (written before `offset`: its first occurrence ends there or earlier)
    if (c.first + run.length > offset || isPerson(run) || isPerson(c.whole ?? run)) continue;
    const count = countWholeWordBefore(text, head, offset);
    if (
      (count > bestCount ||
        (count === bestCount &&
          best !== null &&
          run.length > best.length &&
          run.startsWith(best) &&
          // (not a unit "of" a place the name opens: "Harrow-Tull of Canada" after "Harrow-Tull")
          !/^\s+of\s/.test(run.slice(best.length)))) &&
      // "Werner Seifert met … Mr Seifert": a first name and a surname the text gives a Mr, not "the bourse"
      !misterOf(c, text)
    ) {
      best = run;
      bestCount = count;
    }
  }
  if (bestCount < minCount || !best) return null;
  best = parentBeforeUnit(text, best);
  const whole = wholeCompanyName(index, best);
  return whole ?? bareNameFirst(text, best, offset) ?? expandAcronym(index, best) ?? best;
}

/**
 * "Harrow-Tull, a unit of Tull SA, set up Harrow-Tull of Canada": the firm written alone before its unit "of" a
 * place is named, not the unit (not "Bank of Lorne", nor a name first written whole: "Royal Keel of Tarn … Royal Keel").
 */
function parentBeforeUnit(text: string, run: string): string {
  const m = /^(.+?)\s+of\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)$/u.exec(run);
  const parent = m?.[1];
  if (
    !parent ||
    !m?.[2] ||
    !(isPlaceName(m[2]) || COUNTRY_WORDS.has(m[2])) ||
    countWholeWord(text, parent.toLowerCase()) > 0
  )
    return run;
  const unit = text.indexOf(run);
  const alone = countWholeWord(text, parent, unit);
  return alone > 0 ? parent : run;
}

/** A run mostSalientOrganisation may pick, with what it asks of the run whatever the quote: read once per article. */
interface SalientCandidate {
  run: string;
  /** Where the run is first written. */
  first: number;
  /** The run's first word, counted before each quote. */
  head: string;
  /** The company's whole name the text gives the run, if any. */
  whole: string | null;
  /** Whether the run is a first name and a surname the text gives a Mr (read when first needed). */
  mister?: boolean;
}

/** The persons of the index ("Mr Lee", "coach Ann Berg", names of one word) and, in the order they are tried, the
 * runs that may name an organisation wherever the quote stands (by the index and text alone). */
function salientCandidates(
  index: NameIndex,
  text: string,
): { persons: Set<string>; candidates: SalientCandidate[] } {
  const memo = SALIENT_CANDIDATES.get(index);
  if (memo?.text === text) return memo;
  const persons = new Set(
    index.persons
      .filter((p) => (p.roles.length > 0 && !hasCompanyRole(p)) || !/\s/.test(p.name))
      .map((p) => p.name),
  );
  const candidates: SalientCandidate[] = [];
  // (and the names of one word the text shows to be organisations: "Unilever said …")
  for (const written of [...index.runs, ...oneWordOrganisations(index, text)]) {
    const { run, first } = runAndFirst(text, written);
    if (isPlaceName(run) || OUTLETS.test(run) || first < 0 || / and /.test(run)) continue;
    if (/^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch)$/u.test(run)) continue;
    const head = run.split(/\s+/)[0] ?? run;
    if (
      /^(?:The|A|An|In|On|But|And|Mr|Mrs|Ms|Dr|Sir|Lord|I|We|You|He|She|It|They|So)$/.test(head) ||
      TITLE_WORDS.has(head.toLowerCase())
    )
      continue;
    // ("France Telecom", "Japan Airlines": a country opening a company's name the text shows to be one)
    if (NOT_PERSON_WORDS.has(head.toLowerCase()) && !(run !== head && shownCompany(run, text))) continue;
    // "Sales of Slimfast products", "World War Two": a common word opening a run names no organisation
    if (!isOrganisationName(run) && countWholeWord(text, head.toLowerCase()) > 0) continue;
    // "PORT CALLOW, Feb 18 (Harbor Wire) -": the outlet of a dateline, named nowhere else, does not speak in it
    const dateline = text.indexOf(`(${run}) `);
    if (
      dateline >= 0 &&
      dateline < 200 &&
      /^[-–—]/.test(text.slice(dateline + run.length + 3)) &&
      text.indexOf(run, dateline + run.length) < 0
    )
      continue;
    candidates.push({ run, first, head, whole: wholeCompanyName(index, run) });
  }
  const built = { text, persons, candidates };
  SALIENT_CANDIDATES.set(index, built);
  return built;
}
const SALIENT_CANDIDATES = new WeakMap<
  NameIndex,
  { text: string; persons: Set<string>; candidates: SalientCandidate[] }
>();

/** Whether the candidate is a first name and a surname the text gives a Mr (asked once per article). */
function misterOf(c: SalientCandidate, text: string): boolean {
  c.mister ??= isMisterName(text, c.run, c.head);
  return c.mister;
}

/** "Werner Seifert" where the text writes "Mr Seifert": a first name and a surname, no organisation's. */
function isMisterName(text: string, run: string, head: string): boolean {
  return (
    genderOfFirstName(head) !== null &&
    /^\S+\s+\S+$/.test(run) &&
    !isOrganisationName(run) &&
    hasHonorificSurname(text, run.split(/\s+/)[1] ?? '')
  );
}

/**
 * A name of two words or more the text shows to be a company's: "Norland Telecom Corp", "shares in Norland
 * Telecom", "Norland Telecom's profits", "Norland Telecom, the state-owned operator, …".
 */
export function shownCompany(run: string, text: string): boolean {
  if (COMPANY_END.test(run)) return true;
  return shownCompanyIn(text, run);
}

// (asked of the same runs for every quote of an article; read around each place the run is written, as the
// pattern below would match there: one made per run, led by a lookbehind, is tried at every offset of the text)
const shownCompanyIn = memoByText((text, run) => {
  if (!run) return shownCompanyRegExp(run).test(text);
  for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
    const end = at + run.length;
    if (insidePair(text, at) || insidePair(text, end)) continue;
    if (holdsAt(COMPANY_WORD_BEFORE, text, at) && holdsAt(NO_NAME_GOES_ON, text, end)) return true;
    if (holdsAt(NO_NAME_BEFORE, text, at) && holdsAt(COMPANY_SHOWN_AFTER, text, end)) return true;
  }
  return false;
});
const holdsAt = (sticky: RegExp, text: string, at: number): boolean => {
  sticky.lastIndex = at;
  return sticky.test(text);
};
const shownCompanyRegExp = regExpBy('u', (run) => {
  const name = escapeRegExp(run);
  return String.raw`(?:\b(?:${COMPANY_NOUNS}|[Ss]hares[ 	]+in|[Ss]take[ 	]+in)[ 	]+${name}(?![\p{L}\p{M}\p{N}-]|[ 	]+\p{Lu}(?!\/S\b)))|(?:(?<![\p{L}\p{M}\p{N}'’-]|\p{Lu}[\p{L}\p{M}'’-]*[ 	]+)${name}(?:(?:['’]s?[ 	]+(?:${COMPANY_HOLDINGS}))|[ 	]+(?:Corp|Inc|Co|Ltd|Plc|PLC|SA|AG|A\/S)\b|,[ 	]+(?:the|a|an)[ 	]+(?:[\p{Ll}\p{N}'’-]+[ 	]+){0,4}(?:${COMPANY_NOUNS})\b))`;
});

/**
 * A name the text sums up as a company after a comma ("Lumen Vale, the Tarnish cloud company, …") or gives a
 * company noun right before it ("computer company Norsk Data").
 */
export const hasCompanyRole = (p: NameOccurrence): boolean =>
  p.roles.length > 0 &&
  COMPANY_ROLE.test(p.roles.at(-1) ?? '') &&
  (p.roles[0] === 'the' || genderOfFirstName(p.name.split(' ')[0] ?? '') === null);

// company nouns that stand right before a one-word name or sum it up after a comma: "Dutch firm Heineken",
// "Metrovias, the private firm which …"
const COMPANY_NOUNS =
  'company|firm|group|giant|maker|brewer|airline|carrier|retailer|supermarket|chain|bank|lender|insurer|conglomerate|manufacturer|carmaker|automaker|drugmaker|broadcaster|publisher|operator|miner|utility|producer';
const COMPANY_ROLE = new RegExp(`^(?:${COMPANY_NOUNS})$`);
// what only a company has, after its name with a possessive: "Heineken's net income", "Nestle's chief executive"
const COMPANY_HOLDINGS =
  'shares|share price|stock|profits?|pre-tax|net (?:income|profit|loss)|sales|revenues?|turnover|earnings|dividend|market value|chief executive|chairman|board|shareholders|subsidiary|subsidiaries|brands|factories|workforce';
// shownCompanyRegExp's two ways, each split at the run: "computer company ·Norsk Data·", "·Norsk Data·'s profits"
const COMPANY_WORD_BEFORE = new RegExp(
  String.raw`(?<=\b(?:${COMPANY_NOUNS}|[Ss]hares[ 	]+in|[Ss]take[ 	]+in)[ 	]+)`,
  'uy',
);
const NO_NAME_GOES_ON = /(?![\p{L}\p{M}\p{N}-]|[ \t]+\p{Lu}(?!\/S\b))/uy;
const NO_NAME_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-]|\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)/uy;
const COMPANY_SHOWN_AFTER = new RegExp(
  String.raw`(?:['’]s?[ 	]+(?:${COMPANY_HOLDINGS})|[ 	]+(?:Corp|Inc|Co|Ltd|Plc|PLC|SA|AG|A\/S)\b|,[ 	]+(?:the|a|an)[ 	]+(?:[\p{Ll}\p{N}'’-]+[ 	]+){0,4}(?:${COMPANY_NOUNS})\b)`,
  'uy',
);
// a name of one word: not after a name ("Ann Lee", "J. Lee", "Bausch and Lomb"), though after a sentence that
// ends with one ("… for Keldrin. Keldrin said"); LONE, not before one either ("Ann Lee")
const ONE_WORD = String.raw`(?<![\p{L}\p{M}\p{N}'’.-]|(?:\p{Lu}[\p{L}\p{M}'’-]*|\b\p{Lu}\p{Ll}{0,2}\.|\p{N})[ \t]+(?:(?:and|&|of|de|van|von|am)[ \t]+)?)(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:-\p{Lu}?\p{Ll}+)*)(?![\p{L}\p{M}\p{N}-])`;
const LONE = String.raw`${ONE_WORD}(?![ \t]+\p{Lu})`;
// what shows a name of one word to be an organisation, whatever else it may be
const ORGANISATION_EVIDENCE = [
  // "Dutch firm Heineken", "shares in Unilever", "the board of Lufthansa"
  new RegExp(
    String.raw`\b(?:(?:${COMPANY_NOUNS})|(?:[Ss]hares|[Ss]take|[Bb]oard|[Ss]hareholders)[ \t]+(?:in|of))[ \t]+${LONE}`,
    'gu',
  ),
  // "Metrovias, the private firm which runs …"
  new RegExp(
    String.raw`${LONE},[ \t]+(?:the|a|an)[ \t]+(?:[\p{Ll}\p{N}'’-]+[ \t]+){0,4}(?:${COMPANY_NOUNS})(?=[,.;:)]|[ \t]+(?:which|that|whose|based|in|of|with|behind|has|had|is|was)\b)`,
    'gu',
  ),
  // "Heineken's net income", "… as Qantas shares fell", "said Electrolux chief executive", "Glaxo plc" (not a
  // table's "Net profit 1.2 mln", nor "the Vennholm stock exchange")
  new RegExp(String.raw`${ONE_WORD}['’]s?[ \t]+(?:${COMPANY_HOLDINGS})\b`, 'gu'),
  // "said Vexa spokeswoman Ann Lee": the body one speaks for
  // (the office looked for first: the name's lookbehind tried only where it follows)
  new RegExp(
    String.raw`(?=\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:-\p{Lu}?\p{Ll}+)*[ \t]+spokes)${ONE_WORD}[ \t]+spokes(?:wo)?(?:man|person)\b`,
    'gu',
  ),
  new RegExp(
    // (the capital first: a lookbehind tried at every offset cost more than the rest)
    String.raw`(?=\p{Lu})(?<=\p{Ll}[ \t]+)${ONE_WORD}[ \t]+(?:${COMPANY_HOLDINGS}|plc)\b(?![ \t]+(?:exchange|market|index))`,
    'gu',
  ),
];
// "Unilever said": a report verb after a name of one word, for a word that is no first name ("Dell said" may be
// a person's)
const REPORTED = new RegExp(
  String.raw`(?<!\b(?:of|in|at|from|to|on|near|for)[ \t]+)${LONE}[ \t]+(?:(?:has|had|also)[ \t]+)?(?:said|says|announced|reported|warned|added|forecast|posted|confirmed|believes|expects)\b`,
  'gu',
);
const ONE_WORD_ORGANISATIONS = new WeakMap<NameIndex, { text: string; names: string[] }>();

/**
 * The names of one word the text shows to be organisations, for mostSalientOrganisation (whose runs are two words
 * or more): "Dutch firm Heineken", "Heineken's profits", "Qantas shares", "shares in Unilever", "Glaxo plc", and,
 * for a word that is no first name, "Unilever said". Never a person's surname (one the text gives a first name, a
 * title or an honorific), a place, a nationality, a month or a weekday, nor a word written in lower case too or
 * capitalised only where a sentence opens.
 */
export function oneWordOrganisations(index: NameIndex, text: string): string[] {
  const memo = ONE_WORD_ORGANISATIONS.get(index);
  if (memo?.text === text) return memo.names;
  // each name shown, and whether by a company word (then it may be written only where a sentence opens:
  // "¶ Metrovias, the private firm which …"), not by a report verb alone ("Analysts said")
  const shown = new Map<string, boolean>();
  for (const pattern of ORGANISATION_EVIDENCE)
    for (const m of text.matchAll(pattern)) if (m[1]) shown.set(m[1], true);
  for (const m of text.matchAll(REPORTED))
    if (m[1] && !shown.has(m[1]) && genderOfFirstName(m[1]) === null) shown.set(m[1], false);
  const names: string[] = [];
  if (shown.size > 0) {
    // names of one word the text gives a person ("Mr Lee"), and the words after the first of a person's name
    // ("Ann Lee", "Hana Ostrova Ruiz")
    const people = new Set<string>();
    for (const p of index.persons) {
      const words = tokensOf(p.name);
      // (all of it after a title: "Minister Rah Woon Bae")
      const titled = p.roles.some((r) => TITLE_WORDS.has(r));
      // ("Latest Vexa browser" in a headline: a common word, written lower case elsewhere, opens no person's name)
      const first = words[0] ?? '';
      if (
        words.length >= 2 &&
        !titled &&
        genderOfFirstName(first) === null &&
        countWholeWord(text, first.toLowerCase()) > 0
      )
        continue;
      if (words.length === 1) people.add(p.name);
      else for (const w of words.slice(titled ? 0 : 1)) people.add(w.replace(/[.,]+$/, ''));
    }
    const gazetteer = loadGazetteer();
    for (const [w, byCompanyWord] of shown) {
      const lower = w.toLowerCase();
      if (
        !people.has(w) &&
        !COUNTRY_WORDS.has(w) &&
        !PLACES.has(w) &&
        !NOT_PERSON_WORDS.has(lower) &&
        !TITLE_WORDS.has(lower) &&
        !CLAUSE_OPENERS.has(lower) &&
        !/^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(w) &&
        // ("Tokyo shares", "Swiss firm", "Luxembourg-based", "Norcros Plc")
        gazetteer.byKey.get(keyOfForm(w))?.kind !== 'place' &&
        !HYPHEN_ADJECTIVE.test(w) &&
        !/^(?:Plc|Inc|Corp|Co|Ltd|Cie|Group|Holdings)$/.test(w) &&
        !(byCompanyWord ? countWholeWord(text, lower) > 0 : isCommonWord(w, text)) &&
        !hasHonorificSurname(text, w)
      )
        names.push(w);
    }
  }
  ONE_WORD_ORGANISATIONS.set(index, { text, names });
  return names;
}

/**
 * "Barclays, the UK's third-biggest bank, … Barclays Capital …": the first word of the run, written bare before
 * the run and more often than it, is the organisation the text is about; the run names a unit of it.
 */
function bareNameFirst(text: string, run: string, offset: number): string | null {
  const head = /^(\p{Lu}[\p{L}\p{M}-]+)\s+\p{Lu}/u.exec(run)?.[1];
  if (
    !head ||
    /\s(?:of|for|and|&)\s/.test(run) ||
    countWholeWordBefore(text, head.toLowerCase(), text.length) > 0
  )
    return null;
  // ("Georgia Power Co" is no "Georgia", "Scottish Borders Council" no "Scottish")
  if (COUNTRY_WORDS.has(head) || /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(head)) return null;
  const nl = text.indexOf('\n');
  const body = nl > 0 && nl <= 120 && !/[.!?"”]\s*$/.test(text.slice(0, nl)) ? nl : 0;
  // the head written bare in text.slice(body, offset), read in place (a pattern per head cost more to build than
  // the search): how often, and where first
  let bare = 0;
  let at = -1;
  for (let p = text.indexOf(head, body); p >= 0 && p + head.length <= offset; p = text.indexOf(head, p + 1)) {
    if (isBareAt(text, head, p, body, offset)) {
      bare++;
      if (at < 0) at = p;
    }
  }
  const long = firstWithin(text, run, body, offset);
  return bare >= 2 && at >= 0 && (long < 0 || at < long) && bare > countWithin(text, run, body, offset)
    ? head
    : null;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}-]$/u;
const UPPER = /^\p{Lu}$/u;
/** The code point at `i` as a /u pattern reads it in text.slice(0, end) (a pair cut at `end` is a lone half). */
function pointIn(text: string, i: number, end: number): string {
  const c = text.charCodeAt(i);
  return isHigh(c) && i + 1 < end && isLow(text.charCodeAt(i + 1)) ? text.slice(i, i + 2) : text.charAt(i);
}
/** Whether an upper-case letter follows blank space from `i` on, inside `end`. */
function spaceThenUpper(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && isSpaceAt(text, j)) j++;
  return j > i && j < end && UPPER.test(pointIn(text, j, end));
}

/**
 * Whether `head`, written at `p`, stands bare inside text.slice(from, end): where
 * `(?<![\p{L}\p{M}-]|[Tt]he\s)head(?![\p{L}\p{M}-]|\s+\p{Lu}|['’]s?\s+\p{Lu})` (/u) matches in that slice.
 */
function isBareAt(text: string, head: string, p: number, from: number, end: number): boolean {
  if (p > from) {
    const before = pointBefore(text, p);
    // (a pair split at `from` cannot be: the slice opens on a line break or at the text's start)
    if (LETTER_OR_MARK.test(String.fromCodePoint(before))) return false;
    if (p - 4 >= from && isSpaceAt(text, p - 1) && /^[Tt]he$/.test(text.slice(p - 4, p - 1))) return false;
  }
  const e = p + head.length;
  if (e >= end) return true;
  if (LETTER_OR_MARK.test(pointIn(text, e, end)) || spaceThenUpper(text, e, end)) return false;
  const mark = text[e];
  if (mark === "'" || mark === '’') {
    const k = e + 1 < end && text[e + 1] === 's' ? e + 2 : e + 1;
    if (spaceThenUpper(text, k, end)) return false;
  }
  return true;
}

/** text.slice(from, end).indexOf(word) as an offset into `text` (-1 when none). */
function firstWithin(text: string, word: string, from: number, end: number): number {
  const at = text.indexOf(word, from);
  return at >= 0 && at + word.length <= end ? at : -1;
}

/** text.split(word).length > 2, without the split: `word` written twice or more, no two overlapping. */
export function occursTwice(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && text.indexOf(word, at + word.length) >= 0;
}

/** text.slice(from, end).split(word).length - 1: the occurrences of `word` there, none overlapping. */
function countWithin(text: string, word: string, from: number, end: number): number {
  let n = 0;
  for (
    let at = firstWithin(text, word, from, end);
    at >= 0;
    at = firstWithin(text, word, at + word.length, end)
  )
    n++;
  return n;
}

const COMPANY_END = /\s(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\.?$/;

/** A company's name as written when a first word read as a title was cut from it: "Host Corp" → "General Host Corp". */
function wholeCompanyName(index: NameIndex, run: string): string | null {
  for (const written of index.titledRuns ?? []) {
    const t = written.replace(/['’]s?$/u, '').replace(/^(?:The|A|An)\s+/, '');
    if (t !== run && t.endsWith(` ${run}`) && COMPANY_END.test(t) && !HONORIFIC.test(t)) return t;
  }
  return null;
}

// a person's name as lower-case words, worked out once per name (fullestName reads every person's, every call)
const lowerWordsOf = memoByString((name: string): readonly string[] =>
  tokensOf(name).map((w) => w.toLowerCase()),
);

/**
 * `of(index, key)` memoised per article, by its list of persons (a list that grew is a new article state): the
 * rules ask the same names for every quote.
 */
function memoByPersons(
  of: (index: NameIndex, key: string) => string | null,
): (index: NameIndex, key: string) => string | null {
  const memos = new WeakMap<NameOccurrence[], { length: number; found: Map<string, string | null> }>();
  return (index, key) => {
    let memo = memos.get(index.persons);
    if (!memo || memo.length !== index.persons.length) {
      memo = { length: index.persons.length, found: new Map() };
      memos.set(index.persons, memo);
    }
    const known = memo.found.get(key);
    if (known !== undefined) return known;
    const found = of(index, key);
    memo.found.set(key, found);
    return found;
  };
}

/** The fullest person name the article gives for `name` ("Putin" → "Vladimir Putin"), or null. */
export const fullestName = memoByPersons((index, name) => fullestNameOf(index, name));

function fullestNameOf(index: NameIndex, name: string): string | null {
  const want = tokensOf(name).map((w) => w.toLowerCase());
  const last = want[want.length - 1];
  if (!last) return null;
  let best: string | null = null;
  let bestLen = 0;
  for (const p of index.persons) {
    const have = lowerWordsOf(p.name);
    if (have[have.length - 1] !== last || !want.every((w) => have.includes(w))) continue;
    if (have.length > bestLen) {
      best = p.name;
      bestLen = have.length;
    }
  }
  return best;
}

/** One substitution, insertion or deletion apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The fullest name of the one person whose surname is `word` spelled one letter differently ("Saree" → "Yahya Sarea"). */
export const spellingVariant = memoByPersons((index, word) => spellingVariantOf(index, word));

function spellingVariantOf(index: NameIndex, word: string): string | null {
  const w = word.toLowerCase();
  const found = new Set<string>();
  for (const p of index.persons) {
    const parts = tokensOf(p.name);
    const surname = (parts[parts.length - 1] ?? '').toLowerCase();
    if (parts.length >= 2 && surname[0] === w[0] && oneEditApart(surname, w))
      found.add(fullestName(index, p.name) ?? p.name);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

// letters written after a name: "Guy Hale QC", "Ann Tull MP", "Ola Berg OBE"
const POST_NOMINALS =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]*)*\s+\p{Lu}[\p{L}\p{M}'’-]*)(?:,?\s+(?:QC|KC|MP|MEP|MSP|MLA|OBE|MBE|CBE|KBE|DBE))+$/u;
const COMPASS = /\s(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/;

/** "Guy Hale QC" → "Guy Hale": a person's name without the letters after it (not "Ealing North MP", a seat's member). */
export function withoutPostNominals(speaker: string): string {
  // (the letters end in C, P, A or E: most names stop here)
  const last = speaker[speaker.length - 1];
  if (last !== 'C' && last !== 'P' && last !== 'A' && last !== 'E') return speaker;
  const name = POST_NOMINALS.exec(speaker)?.[1];
  if (!name || COMPASS.test(name) || isOrganisationName(name) || isPlaceName(name)) return speaker;
  return name;
}
