// Capitalized word sequences not in the gazetteer: "Russian President Vladimir Putin", "Megyn Kelly", "Saint Petersburg".

import { UNAMBIGUOUS_MONTH_NAMES, WEEKDAY_NAMES } from '../../segment/calendar-words.js';
import { holidayDateLength, isWholeHoliday } from '../../segment/holiday-in-name.js';
import {
  isMonthWord,
  MONTH_FIRST_NAME_RULE,
  monthOpensName,
  secondMonthOfSpan,
} from '../../segment/month-first-name.js';
import { genderOfFirstName } from '../data/first-name-gender.js';
import {
  NAME_ONLY_HONORIFICS,
  OFFICE_FIELDS,
  ORGANIZATION_HEADS,
  PLACE_WORDS,
  TITLE_MODIFIERS,
} from '../data/titles.js';
import { isCapitalized, type Word } from '../split-words.js';
import { andInFirmName } from './and-in-firm-name.js';
import { companyFormAfter } from './company-form-after.js';
import { companyNounBefore } from './company-noun-before.js';
import { FACILITY_AFTER_LOCATIVE_RULE, facilityAfterLocative } from './facility-after-locative.js';
import { indexWords } from './index-words.js';
import { lowerCaseFormAfter } from './lower-case-form-after.js';
import {
  type FoundMention,
  foundMention,
  isJoined,
  type MentionContext,
  type PersonName,
} from './mention-context.js';
import { BAND_BEFORE_MEMBER_RULE, kindFromNounAfter, PLANT_BEFORE_NOUN_RULE } from './name-before-noun.js';
import { isNewspaperHead, newspaperName } from './newspaper-name.js';
import { ofInFirmName } from './of-in-firm-name.js';
import { pastOfficePlace } from './past-office-place.js';
import { PLACE_BEFORE_FACILITY_RULE, placeBeforeFacility } from './place-before-facility.js';
import { possessiveInFirmName } from './possessive-in-firm-name.js';
import { isTitleWord, readRolePrefix } from './read-modifiers.js';
import { roleBeforePlaceWord } from './role-before-place-word.js';

// Lower-case words allowed inside a name ("Osama bin Laden", "Ursula von der Leyen")
const NAME_PARTICLES = new Set([
  'de',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'al',
  'el',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'dos',
  'ibn',
]);

// a surname opened by a lower-case particle joined by a hyphen: "al-Khatib", "el-Nour"
const HYPHENED_SURNAME = /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|ben)-\p{Lu}\p{Ll}/u;

// Capitalized only because they open a sentence or are calendar words
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'during',
  'in',
  'on',
  'at',
  'for',
  'but',
  'and',
  'or',
  'if',
  'when',
  'after',
  'before',
  'could',
  'would',
  'should',
  'can',
  'will',
  'may',
  'might',
  'must',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'however',
  'meanwhile',
  // "Afterwards Trump said …": sentence adverbs not ending in -ly
  'afterwards',
  'afterward',
  'instead',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'thus',
  'therefore',
  'hence',
  'again',
  'already',
  'soon',
  'elsewhere',
  'besides',
  'otherwise',
  'indeed',
  'perhaps',
  'also',
  'so',
  'as',
  'while',
  'since',
  'according',
  'with',
  'from',
  'by',
  'to',
  'of',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'what',
  'who',
  'why',
  'how',
  'where',
  'some',
  'many',
  'most',
  'all',
  'no',
  'not',
  'yes',
  'one',
  'two',
  'three',
  'last',
  'next',
  'today',
  'yesterday',
  'tomorrow',
  'earlier',
  'later',
  'now',
  'then',
  'still',
  'even',
  'just',
  'only',
  'such',
  'other',
  'another',
  'each',
  'every',
  'both',
  'either',
  'neither',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'be',
  ...WEEKDAY_NAMES,
  ...UNAMBIGUOUS_MONTH_NAMES,
  'mr',
  'mrs',
  'ms',
  'dr',
]);

// First words of capitalized pairs that are not people ("New Labour", "Upper House", "Deutsche Boerse")
const NOT_FIRST_NAMES = new Set([
  'new',
  'old',
  'upper',
  'lower',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'national',
  'international',
  'royal',
  'united',
  'great',
  'greater',
  'big',
  'little',
  'high',
  'low',
  'grand',
  'holy',
  'saint',
  'st',
  'sainte',
  'fort',
  'mount',
  'lake',
  'cape',
  'deutsche',
  'banco',
  'air',
  'global',
  'world',
  'european',
  'american',
  'british',
  'asian',
  'african',
  'federal',
  'state',
  'supreme',
  'first',
  'second',
  'third',
  'premier',
  'champions',
  'formula',
  'grammy',
  'oscar',
  'golden',
  'silver',
  'black',
  'white',
  'red',
  'green',
  'blue',
  'labour',
  'tory',
  'conservative',
  'liberal',
  'democratic',
  'republican',
  'socialist',
  'green',
  'christian',
  'islamic',
  'catholic',
  'jewish',
  'muslim',
  'sunday',
  'daily',
  'evening',
  'morning',
  'financial',
  'wall',
  'silicon',
  'hollywood',
  'bollywood',
  'microsoft',
  'apple',
  'google',
  'sony',
  'nintendo',
  'virgin',
  'channel',
  'radio',
  'home',
  'prime',
  'foreign',
  'downing',
  'capitol',
  'premiership',
  'davis',
  'ryder',
  'six',
  'tri',
  'super',
  'euro',
]);

const isNameWord = (w: Word) => isCapitalized(w.text) && !NOT_NAMES.has(w.text.toLowerCase());

/** The month at word `i` opens a name with the word joined after it (segment/month-first-name): "June Harlow said". */
function monthOpensNameAt(ctx: MentionContext, i: number): boolean {
  const { words, text } = ctx;
  const w = words[i];
  const next = words[i + 1];
  if (!w || !next || !isMonthWord(w.text) || !isJoined(text, w, next)) return false;
  const prev = ctx.sentenceOpeners.has(i) ? undefined : words[i - 1];
  // ("Tuesday, June Harlow said": the comma is the word before, not the weekday)
  const before = prev ? text.slice(prev.end, w.start).trim() || prev.text : '';
  // ("between May and June Reeves": a span of months)
  const first = prev && !ctx.sentenceOpeners.has(i - 1) ? words[i - 2] : undefined;
  const beforeFirst = first && !ctx.sentenceOpeners.has(i - 2) ? (words[i - 3]?.text ?? '') : '';
  if (prev && first && secondMonthOfSpan(before, first.text, beforeFirst)) return false;
  const third = words[i + 2];
  return monthOpensName(before, w.text, next.text, third && isJoined(text, next, third) ? third.text : '');
}

const MODAL_NAMES = new Set(['May', 'Will', 'Might', 'Must', 'Can']);
// past or third-person forms, which never follow a modal: "said", "says", "told", "added" (not "discuss")
const INFLECTED =
  /^(?:said|told|wrote|spoke|had|did|was|gave|made|thought|knew|felt)$|^\p{Ll}+(?:ed|[^su]s)$/u;

// punctuation closing a clause or an aside right after a word: "according to Ann May, a trader", "said Tom May."
const CLOSING_PUNCT = /^(?:[,;:)]|\.(?:\s|$))/;

/**
 * True when the capitalised modal at word `j` ends a name that has a known first name among words `i`..`j - 1`, an
 * inflected verb or closing punctuation right after it: "Ann Vell May said", "Guitarist Brian May has said",
 * "according to Ann May, a trader" (not "Spot May dropped", a month of a futures contract; "New York May
 * futures").
 */
function modalClosesName(ctx: MentionContext, i: number, j: number): boolean {
  const { words, text } = ctx;
  const cur = words[j];
  if (!cur || !MODAL_NAMES.has(cur.text)) return false;
  const next = words[j + 1];
  const verbAfter = next && text.slice(cur.end, next.start) === ' ' && INFLECTED.test(next.text);
  if (!verbAfter && !CLOSING_PUNCT.test(text.slice(cur.end, cur.end + 2))) return false;
  for (let k = i; k < j; k++) if (genderOfFirstName(words[k]?.text ?? '') !== null) return true;
  return false;
}

/** Maximal runs of joined capitalized words (particles inside allowed). */
// "… the example of Malcolm X. Ann Lee said …": a first name and surname right before a report verb, after a name
// closing on an initial and its period, open the next sentence (not "John F. Kennedy said": one word; nor "Michael
// J. Fox Foundation said": a body)
const NAME_THEN_CUE =
  /^\p{Lu}\p{Ll}+\s+(?!(?:Foundation|Institute|Center|Centre|Group|Trust|Fund|Society|Association|Council|Company|Library|Museum|Hospital|University|College|School|Party|Club|Award|Prize)\b)\p{Lu}\p{Ll}+[\p{L}'’-]*\s+(?:said|says|told|tells|added|adds|asked|argued|wrote|writes|stated|noted|insisted)\b/u;

/** The run from word i breaks before word j: "Malcolm X." then a name about to speak. */
function initialClosesName(text: string, words: Word[], i: number, j: number): boolean {
  const prev = words[j - 1] as Word;
  const cur = words[j] as Word;
  if (j - 1 <= i || !/^\p{Lu}\.?$/u.test(prev.text) || !/^\.?\s+$/.test(text.slice(prev.end, cur.start)))
    return false;
  if (!/\.\s*$/.test(text.slice(prev.start, cur.start))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test((words[j - 2] as Word).text)) return false;
  return NAME_THEN_CUE.test(text.slice(cur.start, cur.start + 80));
}

const NICKNAME_OPENS = /^ ["“]$/;
const QUOTE_MARK = /["“”]/;
const NICKNAME_CLOSES = /^["”] $/;
/** Whether word j is a one-word nickname in quote marks after a given name and before a surname. */
export function nicknameAt(text: string, words: readonly Word[], j: number): boolean {
  const prev = words[j - 1];
  const cur = words[j];
  const next = words[j + 1];
  // (read by gap length first: this runs for every pair of words in a capitalised run)
  return (
    prev !== undefined &&
    cur !== undefined &&
    next !== undefined &&
    cur.start - prev.end === 2 &&
    next.start - cur.end === 2 &&
    NICKNAME_OPENS.test(text.slice(prev.end, cur.start)) &&
    NICKNAME_CLOSES.test(text.slice(cur.end, next.start)) &&
    isCapitalized(prev.text) &&
    isCapitalized(cur.text) &&
    isCapitalized(next.text) &&
    genderOfFirstName(prev.text) !== null
  );
}

/** Word `j - 1` is the only name word of the run opened at `i` ("Pell", "The Pell"), and no place ("Norland"). */
function oneNameWordBefore(ctx: MentionContext, lower: readonly string[], i: number, j: number): boolean {
  if (j !== i + 1 && !(j === i + 2 && NOT_NAMES.has(lower[i] ?? ''))) return false;
  return !ctx.gazetteer.byKey.has((ctx.words[j - 1] as Word).text);
}

// "France and Co": a known place before "and"
function placeBefore(ctx: MentionContext, j: number): boolean {
  return ctx.gazetteer.byKey.has((ctx.words[j - 1] as Word).text);
}

function findRuns(ctx: MentionContext): Array<[number, number]> {
  const { words, text } = ctx;
  // each word lower-cased once for the article, not again at every question
  const { lower } = indexWords(words);
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!isCapitalized(w.text)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    // "Tarn's Bay Co. said": a one-word possessive opening a firm's name is part of it (not a place's, "Britain's
    // Tarn Bank"; nor a surname of the article, "Rupert Murdoch … Murdoch's News Corp")
    const firmEnd = possessiveInFirmName(text, words, lower, i);
    if (firmEnd > 0 && possessorInFirmName(ctx, i)) j = firmEnd;
    while (j < words.length) {
      const prev = words[j - 1] as Word;
      const cur = words[j] as Word;
      // "Marks & Spencer", "Marsh & McLennan"
      // ("ED&F Man", "Tarn&Co": written with no spaces round it too)
      const amp = cur.start - prev.end <= 3 ? text.slice(prev.end, cur.start) : '';
      const ampersand = (amp === ' & ' || amp === '&') && isCapitalized(prev.text) && isCapitalized(cur.text);
      // 'Tom "Tip" Rook', 'Ann “Kit” Vell': a nickname in quote marks between a given name and a surname
      if (nicknameAt(text, words, j)) {
        j += 2;
        continue;
      }
      if (!isJoined(text, prev, cur) && !ampersand) break;
      if (initialClosesName(text, words, i, j)) break;
      if (isCapitalized(cur.text) && !NOT_NAMES.has(lower[j] ?? '')) j += 1;
      // "Councillor April Dunn": a month opening a name after a title
      else if (monthOpensNameAt(ctx, j) && isTitleWord(prev)) j += 1;
      // "Theresa Vell May said": a capitalised modal closing a name before an inflected verb
      else if (modalClosesName(ctx, i, j)) j += 1;
      // "March of Dimes": a month opening a name with "of"
      else if (cur.text === 'of' && j === i + 1 && monthOpensNameAt(ctx, i)) j += 1;
      // "Harbury Motor Sales of Norland Inc", "Kelso-based Tarn of Dover": "of" inside a firm's name
      else if (cur.text === 'of' && ofInFirmName(text, words, lower, i, j) > j)
        j = ofInFirmName(text, words, lower, i, j);
      // "Tarley and Dunn's Corp", "Pell and Gray Co": "and" inside a firm's name
      else if (
        cur.text === 'and' &&
        andInFirmName(text, words, lower, j, oneNameWordBefore(ctx, lower, i, j), placeBefore(ctx, j)) > j
      )
        j = andInFirmName(text, words, lower, j, oneNameWordBefore(ctx, lower, i, j), placeBefore(ctx, j));
      else if (
        cur.text === 'of' &&
        isTitleWord(prev) &&
        words[j + 1] &&
        isCapitalized((words[j + 1] as Word).text)
      )
        j += 1;
      else if (
        NAME_PARTICLES.has(cur.text) &&
        words[j + 1] &&
        isCapitalized((words[j + 1] as Word).text) &&
        isJoined(text, cur, words[j + 1] as Word)
      )
        j += 1;
      // "Samir al-Khatib", "Omar Hadi el-Nour": a surname opened by a particle and a hyphen goes on the name
      // (not after an article: "The al-Nour daily")
      else if (HYPHENED_SURNAME.test(cur.text) && !NOT_NAMES.has(lower[j - 1] ?? '')) j += 1;
      // "Ana de la Cruz", "Jan van der Berg": two particles before the surname
      else if (
        NAME_PARTICLES.has(cur.text) &&
        words[j + 1] &&
        NAME_PARTICLES.has((words[j + 1] as Word).text) &&
        isJoined(text, cur, words[j + 1] as Word) &&
        words[j + 2] &&
        isCapitalized((words[j + 2] as Word).text) &&
        isJoined(text, words[j + 1] as Word, words[j + 2] as Word)
      )
        j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Past the field of the office whose title ends before word `at` ("Secretary of State", "Minister of Foreign
 * Affairs", "Army Chief of Staff Ann Roe"): the word after it, or `at` when no "of" follows a title there. At
 * least one word of the run is left.
 */
function pastOfficeField(ctx: MentionContext, lower: readonly string[], at: number, runEnd: number): number {
  const { words } = ctx;
  if (words[at]?.text !== 'of' || !isTitleWord(words[at - 1] as Word)) return at;
  let k = at + 1;
  while (k < runEnd - 1 && (TITLE_MODIFIERS.has(lower[k] ?? '') || OFFICE_FIELDS.has(lower[k] ?? ''))) k += 1;
  // ("Prime Minister of Norland Ann Roe": a place the office is of, before a name of two words or more)
  const place = ctx.gazetteer.byKey.get((words[k] as Word).text);
  if (k === at + 1 && k < runEnd - 2 && place?.kind === 'place' && place.type !== 'demonym') k += 1;
  // ("Governor of Kelso Ann Roe": the place the office is of, before a first name and a surname)
  else if (k === at + 1) k = pastOfficePlace(words, k, runEnd);
  return k;
}

/**
 * True when the run at `a` follows an office at a body of a place: "Governor of the Bank of", "Chairman of the
 * Council of" (the body's head word capitalised, "the" before it).
 */
function officeAtBodyOf(ctx: MentionContext, lower: readonly string[], a: number): boolean {
  const { words } = ctx;
  return (
    a >= 5 &&
    words[a - 1]?.text === 'of' &&
    ORGANIZATION_HEADS.has(lower[a - 2] ?? '') &&
    isCapitalized((words[a - 2] as Word).text) &&
    lower[a - 3] === 'the' &&
    words[a - 4]?.text === 'of' &&
    officeEndsAt(ctx, lower, a - 5)
  );
}

/** Word `k` closes an office's title: a title word, or a capitalised field of one ("Minister of State"). */
function officeEndsAt(ctx: MentionContext, lower: readonly string[], k: number): boolean {
  const w = ctx.words[k];
  if (!w || !isCapitalized(w.text)) return false;
  const title = ctx.words[k - 2];
  return isTitleWord(w) || (OFFICE_FIELDS.has(lower[k] ?? '') && title !== undefined && isTitleWord(title));
}

/** First word of a run past a holiday that is a date and opens it: "On Christmas Day Roe said" → "Roe", "On New
 * Year's Eve Ann Tull" (whose run starts after the "'s"); not "Christmas Island", "The Christmas Day Trust". */
function pastLeadingHoliday(ctx: MentionContext, a: number, runEnd: number): number {
  for (let b = Math.max(0, a - 3); b <= a; b++) {
    const start = ctx.words[b]?.start ?? 0;
    // (a word before the run only when joined up to it: "New Year's" before "Eve Ann Tull")
    if (b < a && !/^[\p{L}'’ ]*$/u.test(ctx.text.slice(start, ctx.words[a]?.start ?? 0))) continue;
    const n = holidayDateLength(ctx.text, start);
    if (n === 0) continue;
    // ("on Christmas Day,", and "New Year" before the "'s" of "On New Year's Eve Ann Tull": all holiday)
    if (start + n >= (ctx.words[runEnd - 1]?.end ?? 0)) return runEnd;
    for (let k = a; k < runEnd - 1; k++) if (ctx.words[k]?.end === start + n) return k + 1;
  }
  return a;
}

// the last word of a place built for people to use: "College Station", "Lansdowne Road", "Heathrow Airport"
const FACILITY_HEADS = new Set([
  'station',
  'road',
  'airport',
  'stadium',
  'park',
  'bridge',
  'hospital',
  'prison',
  'highway',
  'motorway',
  'terminal',
  'arena',
  'racecourse',
  'harbour',
  'harbor',
]);

/** True when the run's last word is a facility's head (`nameWords` of two words or more): "Heathrow Airport". */
function facilityHead(nameWords: string[]): boolean {
  return nameWords.length >= 2 && FACILITY_HEADS.has((nameWords.at(-1) ?? '').toLowerCase());
}

// facility heads that are also surnames: "Wayne Bridge", "Jae Park", "Bruce Arena"
const SURNAME_FACILITY_HEADS = new Set(['park', 'bridge', 'road', 'arena', 'harbour', 'harbor']);
// the last word of a place named after a facility: "Hyde Park Corner", "Tarn Bridge Gate"
const FACILITY_PARTS = new Set(['corner', 'gate', 'gates', 'lane', 'gardens', 'terrace']);

/** True when the run's last word is a facility's head and, for a head that is also a surname, no word of it a known
 * first name (not "Wayne Bridge", "Jae Park"; but "Bradley Airport"); or a facility's head is followed by a part of
 * the place ("Hyde Park Corner"). */
function facilityName(nameWords: string[]): boolean {
  const last = (nameWords.at(-1) ?? '').toLowerCase();
  if (
    nameWords.length >= 3 &&
    FACILITY_PARTS.has(last) &&
    FACILITY_HEADS.has((nameWords.at(-2) ?? '').toLowerCase())
  )
    return true;
  return (
    facilityHead(nameWords) &&
    (!SURNAME_FACILITY_HEADS.has(last) || nameWords.every((w) => genderOfFirstName(w) === null))
  );
}

// the generation written after a surname: "Tom Reid III"
const GENERATION = /^(?:II|III|IV)$/;

// Titles that belong to a name when no first name is given ("Lord Rennard", "Sir Elton")
const NAME_TITLES = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Sir', 'Dame', 'Earl', 'Duke', 'Duchess']);

/** "Vladimir Putin" → first Vladimir, last Putin; "John F. Kennedy" → last Kennedy; "Hicham El Guerrouj" → last "El Guerrouj". */
export function parsePersonName(words: string[], gender: 'male' | 'female' | null = null): PersonName {
  const titled = NAME_TITLES.has(words[0] ?? '') ? 1 : 0;
  const parts = words.slice(titled).filter((w) => !/^(Jr|Sr|II|III|IV)$/.test(w));
  let lastFrom = parts.length - 1;
  // a particle joins the surname when a first name stands before it ("Hicham El Guerrouj"; but "Al Gore")
  while (lastFrom > 1 && NAME_PARTICLES.has((parts[lastFrom - 1] ?? '').toLowerCase())) lastFrom -= 1;
  const last = parts.slice(Math.max(0, lastFrom)).join(' ');
  const first = lastFrom > 0 ? (parts[0] ?? null) : null;
  // "Mr"/"Mrs" decide; else the first name's usual gender ("Megyn" → female)
  return { words, first, last, gender: gender ?? (first ? genderOfFirstName(first) : null) };
}

/** The word at `i` is a sentence opener that is an ordinary word ("Hackers can…"): the article writes it lower-case elsewhere. */
function isOrdinaryOpener(ctx: MentionContext, i: number, runEnd: number): boolean {
  const w = ctx.words[i] as Word;
  if (!ctx.sentenceOpeners.has(i)) return false;
  // "May Lee said": a month opening a name (even one the text writes in lower case: "may")
  if (runEnd - i > 1 && monthOpensNameAt(ctx, i)) return false;
  const index = indexWords(ctx.words);
  const lower = index.lower[i] as string;
  if (NOT_NAMES.has(lower)) return true;
  const writtenMidSentence = () => {
    for (let k = index.first.get(w.text) ?? -1; k >= 0; k = index.next[k] ?? -1)
      if (k !== i && !ctx.sentenceOpeners.has(k)) return true;
    return false;
  };
  // "Unfortunately …", "Meanwhile …": sentence adverbs
  if (lower.endsWith('ly') && !writtenMidSentence()) return true;
  if (index.first.has(lower)) return true;
  // "Bill Clinton spoke": more capitalized words follow; "Putin said": the word is capitalized mid-sentence elsewhere
  if (runEnd - i > 1) return false;
  return !writtenMidSentence();
}

// world regions the gazetteer does not hold ("Europe's Central Bank" is no firm named "Europe's …")
const REGIONS = new Set([
  'europe',
  'asia',
  'africa',
  'america',
  'americas',
  'oceania',
  'eurasia',
  'scandinavia',
]);

/** The word at `i` may open a firm's name as its possessive: no title, place, demonym or surname of the article. */
function possessorInFirmName(ctx: MentionContext, i: number): boolean {
  const w = ctx.words[i] as Word;
  const lower = w.text.toLowerCase();
  if (NOT_NAMES.has(lower) || REGIONS.has(lower) || isTitleWord(w) || ctx.gazetteer.byKey.has(w.text))
    return false;
  return !isSurnameElsewhere(ctx, i);
}

/** The word at `i` also ends a longer name elsewhere ("Jason King" … "King"). */
function isSurnameElsewhere(ctx: MentionContext, i: number): boolean {
  const w = ctx.words[i] as Word;
  const index = indexWords(ctx.words);
  for (let k = index.first.get(w.text) ?? -1; k >= 0; k = index.next[k] ?? -1) {
    const o = ctx.words[k] as Word;
    const prev = ctx.words[k - 1];
    if (
      k !== i &&
      prev !== undefined &&
      isJoined(ctx.text, prev, o) &&
      isNameWord(prev) &&
      !isTitleWord(prev)
    )
      return true;
  }
  return false;
}

/** Finds names in capitalized runs; gazetteer names are left to that rule, titles become roles. */
export function matchCapitalizedNames(
  ctx: MentionContext,
  taken: (start: number, end: number) => boolean,
): FoundMention[] {
  const { words, text } = ctx;
  const { lower } = indexWords(words);
  const found: FoundMention[] = [];
  let plural: { end: number; roles: string[] } | null = null;
  for (const [runStart, runEnd] of findRuns(ctx)) {
    let a = runStart;
    while (a < runEnd && isOrdinaryOpener(ctx, a, runEnd)) a += 1;
    if (a < runEnd) a = pastLeadingHoliday(ctx, a, runEnd);
    if (a >= runEnd) continue;
    const runFirst = words[a] as Word;
    const runLast = words[runEnd - 1] as Word;
    if (taken(runFirst.start, runLast.end)) continue;
    // "Victoria Park", "Oslo Airport": a known place and a facility's head are one place
    if (FACILITY_HEADS.has(lower[runEnd - 1] ?? '') && placeBeforeFacility(ctx, a, runEnd - 1, taken)) {
      found.push(
        foundMention({
          start: runFirst.start,
          end: runLast.end,
          text: text.slice(runFirst.start, runLast.end),
          kind: 'place',
          rule: PLACE_BEFORE_FACILITY_RULE,
        }),
      );
      continue;
    }
    // "Moscow State University": a longer name that ends in an organisation word keeps its gazetteer part
    let core = a;
    // ("the China Daily": a newspaper's name keeps its gazetteer part too)
    const paper =
      isNewspaperHead(lower[runEnd - 1] ?? '') &&
      newspaperName(
        words.slice(a, runEnd).map((w) => w.text),
        lower[runEnd - 1] ?? '',
        (w) => ctx.gazetteer.byKey.has(w),
      );
    if (!((ORGANIZATION_HEADS.has(lower[runEnd - 1] ?? '') || paper) && runEnd - a > 1)) {
      // leading titles and gazetteer names inside the run ("US Presidents Vladimir Putin", "President John F. Kennedy")
      const wordAt = (k: number) => words[k] as Word;
      const isDemonym = (k: number) => ctx.gazetteer.byKey.get(wordAt(k).text)?.type === 'demonym';
      const isTitleModifier = (k: number) =>
        TITLE_MODIFIERS.has(lower[k] ?? '') && k < runEnd - 1 && isTitleWord(wordAt(k + 1));
      while (
        core < runEnd &&
        (isTitleWord(wordAt(core)) ||
          isTitleModifier(core) ||
          taken(wordAt(core).start, wordAt(core).end) ||
          (isDemonym(core) && core < runEnd - 1))
      ) {
        core += 1;
        // "Secretary of State", "Minister of Foreign Affairs"
        if (core > a) core = pastOfficeField(ctx, lower, core, runEnd);
      }
    }
    // "Minister of State for Commerce Ann Tull Roe": a run after an office's "for" opens with its field
    if (
      core === a &&
      a >= 2 &&
      /^(?:for|of)$/.test(words[a - 1]?.text ?? '') &&
      officeEndsAt(ctx, lower, a - 2)
    ) {
      while (core < runEnd - 1 && OFFICE_FIELDS.has(lower[core] ?? '')) core += 1;
      // "Governor of Kelso Ann Roe": the place the office is of, before a first name and a surname
      if (core === a) core = pastOfficePlace(words, core, runEnd);
    }
    // "Governor of the Bank of Kelso Ann Roe": the place a body the office is at is of
    if (core === a && officeAtBodyOf(ctx, lower, a)) core = pastOfficePlace(words, core, runEnd);
    // "New York Attorney General Elliot Spitzer": the name follows the last title word of the run
    if (core < runEnd - 1 && !paper && !ORGANIZATION_HEADS.has(lower[runEnd - 1] ?? '')) {
      for (let k = runEnd - 2; k > core; k--) {
        if (isTitleWord(words[k] as Word)) {
          // ("Argentine Army Chief of Staff Hector Rios Vessin": past the office's field too)
          core = pastOfficeField(ctx, lower, k + 1, runEnd);
          break;
        }
      }
    }
    // "King said" after "Jason King": a title word that the article uses as a surname
    if (core >= runEnd && runEnd - a === 1 && isSurnameElsewhere(ctx, a)) core = a;
    if (core >= runEnd) continue;
    const first = words[core] as Word;
    const last = words[runEnd - 1] as Word;
    if (taken(first.start, last.end)) continue;
    const month = core < runEnd - 1 && monthOpensNameAt(ctx, core);
    if (!isNameWord(first) && !month) continue;
    // "Christmas Day and New Year's Day are …": a holiday's whole name is a date, no one's name
    if (core === a && isWholeHoliday(text, first.start, last.end)) continue;
    const runWords = words.slice(core, runEnd);
    const nameWords = (
      runEnd - core > 2 && QUOTE_MARK.test(text.slice(first.end, last.start))
        ? runWords.filter((_w, k) => !nicknameAt(text, words, core + k))
        : runWords
    ).map((w) => w.text);
    const titleBefore = words[core - 1]?.text;
    if (nameWords.length === 1 && titleBefore && NAME_TITLES.has(titleBefore) && core - 1 >= a)
      nameWords.unshift(titleBefore);
    const prefix = readRolePrefix(ctx, core);
    const lowerLast = lower[runEnd - 1] ?? '';
    const lowerFirst = lower[core] ?? '';
    const hasPersonPrefix =
      prefix.roles.length > 0 || prefix.gender !== null || NAME_ONLY_HONORIFICS.has(lower[core - 1] ?? '');
    const spanStart = prefix.plural ? first.start : (words[prefix.from] as Word).start;
    // written out in each mention below rather than spread from one object: spreads were a hot spot
    const end = last.end;
    const previousPlural = plural;
    plural = prefix.plural ? { end: last.end, roles: prefix.roles } : null;
    const byWords = typeNameRun(ctx, core, nameWords, lowerFirst, lowerLast, end);
    // "Spokesman Tom Lake": a person's role before a first name outweighs the place word closing the run
    const typed =
      byWords === PLACE_WORD && hasPersonPrefix && roleBeforePlaceWord(prefix.roles, nameWords)
        ? undefined
        : byWords;
    if (typed) {
      found.push(
        foundMention({
          start: first.start,
          end,
          text: text.slice(first.start, last.end),
          kind: typed.kind,
          rule: typed.rule,
        }),
      );
    } else if (hasPersonPrefix) {
      found.push(
        foundMention({
          start: spanStart,
          end,
          text: text.slice(spanStart, end),
          kind: 'person',
          rule: 'entities/titled-name',
          person: parsePersonName(nameWords, prefix.gender),
          roles: prefix.roles,
          countries: prefix.countries,
        }),
      );
    } else if (
      previousPlural &&
      nameWords.length >= 2 &&
      /^ and $/.test(text.slice(previousPlural.end, first.start))
    ) {
      // "US Presidents Vladimir Putin and Bill Clinton": the plural title covers the second name too
      found.push(
        foundMention({
          start: spanStart,
          end,
          text: text.slice(spanStart, end),
          kind: 'person',
          rule: 'entities/coordinated-title',
          person: parsePersonName(nameWords),
          roles: previousPlural.roles,
        }),
      );
    } else if (
      nameWords.length >= 2 &&
      nameWords.length <= (GENERATION.test(nameWords.at(-1) ?? '') ? 5 : 4) &&
      !NOT_FIRST_NAMES.has((nameWords[0] ?? '').toLowerCase()) &&
      nameWords.every(
        (w, k) =>
          /^\p{Lu}[\p{Ll}'’-]/u.test(w) ||
          /^\p{Lu}$/u.test(w) ||
          NAME_PARTICLES.has(w) ||
          // "Luther Stan Tand IV": a generation after the surname
          (k === nameWords.length - 1 && k >= 2 && GENERATION.test(w)),
      )
    ) {
      found.push(
        foundMention({
          start: spanStart,
          end,
          text: text.slice(spanStart, end),
          kind: 'person',
          rule: 'entities/full-name',
          person: parsePersonName(nameWords),
        }),
      );
    } else if (nameWords.length === 1) {
      // "Putin", "Trump": a single word; coreference decides whether a person bears it
      found.push(
        foundMention({
          start: spanStart,
          end,
          text: text.slice(spanStart, end),
          kind: 'other',
          rule: 'entities/single-capitalized-word',
          person: parsePersonName(nameWords),
        }),
      );
    } else {
      found.push(
        foundMention({
          start: spanStart,
          end,
          text: text.slice(spanStart, end),
          kind: 'other',
          rule: 'entities/capitalized-sequence',
        }),
      );
    }
    const made = found[found.length - 1];
    if (month && made) made.rule = `${made.rule}+${MONTH_FIRST_NAME_RULE}`;
  }
  retypeNamesTypedByNoun(found);
  return found;
}

/** Appended to the rule of a name read as a person that the article names a band or a plant elsewhere. */
export const TYPED_ELSEWHERE_RULE = 'entities/typed-elsewhere';

/**
 * "Tarn Lakes singer Ann Tull … Tarn Lakes played on": a name the noun after it made a band or a plant is one in
 * the article's other full-name mentions of it too (rule `<band or plant rule>+entities/typed-elsewhere`).
 */
function retypeNamesTypedByNoun(found: FoundMention[]): void {
  let typed: Map<string, FoundMention> | null = null;
  for (const m of found)
    if (m.rule === BAND_BEFORE_MEMBER_RULE || m.rule === PLANT_BEFORE_NOUN_RULE) {
      typed ??= new Map();
      if (!typed.has(m.text)) typed.set(m.text, m);
    }
  if (!typed) return;
  for (const m of found) {
    const by = m.rule === 'entities/full-name' ? typed.get(m.text) : undefined;
    if (!by) continue;
    m.kind = by.kind;
    m.rule = `${by.rule}+${TYPED_ELSEWHERE_RULE}`;
    m.person = undefined;
  }
}

const AMPERSAND_NAME = { kind: 'organization', rule: 'entities/ampersand-name' } as const;
const ORGANIZATION_HEAD_WORD = { kind: 'organization', rule: 'entities/organization-head-word' } as const;
const COMPANY_FORM_AFTER = { kind: 'organization', rule: 'entities/company-form-after' } as const;
const LOWER_CASE_FORM_AFTER = { kind: 'organization', rule: 'entities/lower-case-form-after' } as const;
const NEWSPAPER_NAME = { kind: 'organization', rule: 'entities/newspaper-name' } as const;
const COMPANY_NOUN_BEFORE = { kind: 'organization', rule: 'entities/company-noun-before' } as const;
const PLACE_WORD = { kind: 'place', rule: 'entities/place-word' } as const;
const FACILITY_AFTER_LOCATIVE = { kind: 'place', rule: FACILITY_AFTER_LOCATIVE_RULE } as const;
const BAND_BEFORE_MEMBER = { kind: 'organization', rule: BAND_BEFORE_MEMBER_RULE } as const;
const PLANT_BEFORE_NOUN = { kind: 'place', rule: PLANT_BEFORE_NOUN_RULE } as const;

/** True when the text `o` is a capital city the gazetteer knows ("London"). */
const isCapitalCity = (ctx: MentionContext, o: string) => ctx.gazetteer.byKey.get(o)?.type === 'capital';

/** The kind a capitalised run has from its own words or the words around it, before any person reading. */
function typeNameRun(
  ctx: MentionContext,
  core: number,
  nameWords: string[],
  lowerFirst: string,
  lowerLast: string,
  end: number,
): { kind: 'organization' | 'place'; rule: string } | undefined {
  const { text, words } = ctx;
  const first = words[core] as Word;
  // "Marks & Spencer", "Marsh & McLennan"
  if (text.slice(first.start, end).includes(' & ')) return AMPERSAND_NAME;
  // "Time Warner Inc", "Intelligence Committee"
  if (ORGANIZATION_HEADS.has(lowerLast) && nameWords.length > 1) return ORGANIZATION_HEAD_WORD;
  // "the Tarn Herald", "the China Daily"
  if (newspaperName(nameWords, lowerLast, (w) => ctx.gazetteer.byKey.has(w))) return NEWSPAPER_NAME;
  // "Norsk Data A/S", "computer company Norsk Data"
  if (companyFormAfter(text, end)) return COMPANY_FORM_AFTER;
  if (lowerCaseFormAfter(text, end)) return LOWER_CASE_FORM_AFTER;
  if (nameWords.length > 1 && companyNounBefore(text, words, core)) return COMPANY_NOUN_BEFORE;
  // "Linkin Park singer Chet Lund", "the Fenby Marsh nuclear plant"
  let last = core;
  while (last + 1 < words.length && (words[last] as Word).end < end) last++;
  const byNoun = kindFromNounAfter(text, words, core, last, end);
  if (byNoun) return byNoun === 'organization' ? BAND_BEFORE_MEMBER : PLANT_BEFORE_NOUN;
  if (
    PLACE_WORDS.has(lowerFirst) ||
    (PLACE_WORDS.has(lowerLast) && nameWords.length > 1) ||
    facilityName(nameWords)
  )
    return PLACE_WORD;
  // "a concert in Hyde Park", "at Abbey Road": a known first name in it, but a word of place before it
  if (facilityHead(nameWords) && facilityAfterLocative(text, words, core, end, (o) => isCapitalCity(ctx, o)))
    return FACILITY_AFTER_LOCATIVE;
  return undefined;
}
