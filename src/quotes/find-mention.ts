import { escapeRegExp } from '../escape-reg-exp.js';
import { MONTH_NAMES, UNAMBIGUOUS_MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { CLAUSE_OPENERS } from '../segment/clause-openers.js';
import { isMonthWord } from '../segment/month-first-name.js';
import type { TextSpan } from '../types.js';
import { adverbAsideOpensClause } from './adverb-aside-clause.js';
import { coordinatedSubjectStart } from './coordinated-subject.js';
import { CUE_MODIFIERS } from './cue-lexicon.js';
import { isCueToken } from './cue-tokens.js';
import { hyphenModifierStart } from './hyphen-compound.js';
import { leadingTimeAdjunctEnd, monthOpensNameAt } from './leading-time-adjunct.js';
import { continuesNounList } from './list-subject.js';
import { isNounCompoundWord } from './noun-compound-word.js';
import {
  isCapitalized,
  isInsideQuoted,
  QUOTE_MARK,
  type QuoteContext,
  spanOf,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from './quote-context.js';
import { respondentsSubject } from './respondents-subject.js';
import { IRREGULAR_PARTICIPLE } from './rules/indirect/aside-opener.js';
import { chargedWithOffence } from './rules/indirect/charged-with.js';
import { ledBy, subjectThroughPlace } from './rules/indirect/subject-through-place.js';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'one',
  'some',
  'many',
  'several',
  'other',
  'another',
  'most',
  'both',
  'each',
  'any',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'few',
  'no',
  'every',
  'all',
  'more',
]);
const QUANTIFIERS = new Set([
  'one',
  'some',
  'many',
  'several',
  'most',
  'two',
  'three',
  'four',
  'five',
  'none',
]);
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'letter', 'note', 'message', 'release', 'communique']);
const BARE_QUANTIFIERS = new Set(['several', 'many', 'some', 'others', 'most', 'few', 'both', 'another']);
const NAME_JOINS = new Set([
  'of',
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'bin',
  'du',
  'del',
  'di',
  '&',
  'for',
]);
// bodies whose names go on after "on" ("the Council on Trade", "the Commission on Harbour Safety")
const BODY_ON = /^(?:Committee|Subcommittee|Council|Commission|Conference|Panel|Board|Forum|Task)$/;
const CALENDAR_NAMES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
// a surname's particle as it is written lower case before the surname ("de Vries", "van Aalst")
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'du',
  'del',
  'della',
  'di',
  'dos',
  'ter',
  'ten',
]);
// the second particle after a first ("de la Cruz", "van der Berg", "von der Leyen", "van den Berg", "de los Santos")
const SECOND_PARTICLES = new Set(['la', 'le', 'der', 'den', 'de', 'los', 'las']);
// Capitalised words that open a clause rather than a name ("But Smith said").
const WEEKDAYS_MONTHS = [...WEEKDAY_NAMES, ...UNAMBIGUOUS_MONTH_NAMES];
const CLAUSE_WORDS = new Set([
  ...WEEKDAYS_MONTHS,
  ...CLAUSE_OPENERS,
  'instead',
  'indeed',
  'still',
  'yet',
  'where',
  'why',
  'how',
  'what',
  'who',
  'which',
  'that',
  'there',
  'here',
  'for',
  'with',
  'from',
  'by',
  'to',
  'under',
  'over',
  'not',
  'only',
]);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DASHES = new Set([',', '–', '—', '-', '--']);

const MODALS = new Set(['may', 'might', 'will', 'would', 'could', 'should', 'must', 'can', 'shall']);
const AUXILIARIES = new Set([
  ...MODALS,
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'am',
  'been',
  'be',
]);
// past or third-person forms: "said", "says", "has", "told" (not "discuss", "focus")
const INFLECTED =
  /^(?:said|told|wrote|spoke|had|did|were|gave|made|put|read|held|thought|knew|saw|felt)$|(?:ed|[^su]s)$/i;

/** First token of the cue group: the cue and the auxiliaries/adverbs before it ("has since said"); with `manner`,
 * any adverb in -ly too ("jokingly said"). */
export function cueGroupStart(ctx: QuoteContext, cue: number, min: number, manner = false): number {
  let g = cue;
  while (g - 1 >= min) {
    const t = ctx.tokens[g - 1];
    const w = tokenNorm(ctx, g - 1);
    // "Producers have so far maintained", "Bankers have in the past stressed", "Roe has long argued": a time
    // phrase after an auxiliary
    const span = auxiliaryTimePhrase(ctx, g, min);
    if (span > 0) {
      g -= span;
      continue;
    }
    // "She's said …": "'s" after a pronoun is "has"
    const has = (w === "'s" || w === '’s') && /^(?:he|she)$/i.test(tokenText(ctx, g - 2));
    if (!t || !(CUE_MODIFIERS.has(w) || has || (manner && isMannerAdverb(ctx, g - 1)))) break;
    if (MODALS.has(w) && modalIsName(ctx, g - 1, cue)) break;
    // "Pan Am said": a capitalised "Am" ends a name
    if (w === 'am' && tokenText(ctx, g - 1) === 'Am') break;
    // "officials there said": a place adverb right after the subject's noun (not "There were …")
    if ((w === 'here' || w === 'there') && !/^(?:NOUN|PROPN)$/.test(ctx.tokens[g - 2]?.pos ?? '')) break;
    g--;
  }
  return g;
}

// "long" only after the auxiliary: "has long said", not "the long report said"
const AUX_TIME_PHRASES = [
  ['long'],
  ['so', 'far'],
  ['in', 'the', 'past'],
  ['for', 'years'],
  ['for', 'months'],
  ['for', 'weeks'],
];

// one word between the auxiliary and the time phrase: "has also long argued", "have themselves long said"
const BEFORE_TIME_PHRASE = /^(?:also|both|all|each|themselves|himself|herself|itself)$/i;
const HAVE = /^ha(?:s|ve|d)$/i;

/** Length of a time phrase right before token `g` that follows "has"/"have"/"had" ("have so far"), with one
 * word between them ("has also long"), or 0. */
function auxiliaryTimePhrase(ctx: QuoteContext, g: number, min: number): number {
  for (const phrase of AUX_TIME_PHRASES) {
    const a = g - phrase.length;
    if (a - 1 < min || !phrase.every((p, n) => tokenNorm(ctx, a + n) === p)) continue;
    if (HAVE.test(tokenText(ctx, a - 1))) return phrase.length;
    if (a - 2 >= min && BEFORE_TIME_PHRASE.test(tokenText(ctx, a - 1)) && HAVE.test(tokenText(ctx, a - 2)))
      return phrase.length + 1;
  }
  return 0;
}

// "Ola Berg jokingly said, “…”": a lower-case adverb in -ly the tagger calls one belongs to the cue group
// (not "successfully maintained a majority", "widely predicted for May": a degree or an outcome, no manner of speaking)
function isMannerAdverb(ctx: QuoteContext, k: number): boolean {
  const w = tokenText(ctx, k);
  return ctx.tokens[k]?.pos === 'ADV' && /^\p{Ll}{3,}ly$/u.test(w) && !NOT_MANNER.test(w);
}
const NOT_MANNER =
  /^(?:(?:un)?successfully|widely|basically|largely|mostly|partly|partially|fully|generally|really|early|likely|nearly|roughly|barely|hardly|merely)$/;

// "Theresa May said", "…,” May also said", "May has said": a modal never comes before an inflected verb, so
// a capitalised one there is a name
function modalIsName(ctx: QuoteContext, m: number, cue: number): boolean {
  if (!isCapitalized(tokenText(ctx, m))) return false;
  let v = m + 1;
  while (v < cue && CUE_MODIFIERS.has(tokenNorm(ctx, v)) && !AUXILIARIES.has(tokenNorm(ctx, v))) v++;
  return INFLECTED.test(tokenText(ctx, v));
}

const TIME_NOUN =
  /^(?:week|weekend|fortnight|month|year|day|night|morning|afternoon|evening|decade|summer|winter|spring|autumn|hour|minute|time)s?$/;
const TIME_WORD = /^(?:yesterday|today|tonight|tomorrow|overnight)$/i;
const TIME_MODIFIER =
  /^(?:last|next|this|that|past|previous|coming|following|same|the|a|an|early|late|earlier|later|recent|first|second|third|final|few|several|one|two|three|four|five|six|seven|eight|nine|ten|each|every|whole|entire|mid|\d+(?:st|nd|rd|th)?)$/i;
const TIME_PREPOSITION = /^(?:on|in|over|during|at|since|throughout|until|through|within|for)$/i;
const isWeekday = (w: string) => WEEKDAY_NAMES.includes(w.toLowerCase()) && isCapitalized(w);
const isMonth = (w: string) =>
  UNAMBIGUOUS_MONTH_NAMES.includes(w.replace(/\.$/, '').toLowerCase()) && isCapitalized(w);

/** True when token `v` is an -ed/-en participle right after a common noun, before a cue `g` not in -ing. */
function participleOnNoun(ctx: QuoteContext, v: number, g: number): boolean {
  return (
    ctx.tokens[v]?.pos === 'VERB' &&
    /^\p{Ll}+(?:ed|en|wn)$/u.test(tokenText(ctx, v)) &&
    ctx.tokens[v - 1]?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(tokenText(ctx, v - 1)) &&
    !/ing$/i.test(tokenText(ctx, g))
  );
}

/**
 * First token of the time phrase ending at token `j` ("here last week", "over the weekend", "on March 3",
 * "two days ago"), or -1 when token `j` ends none.
 */
function timePhraseStart(ctx: QuoteContext, j: number, min: number): number {
  let k = j;
  if (tokenNorm(ctx, k) === 'ago') k--;
  // "on March 3", "in May 1987": a number after a month
  if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(tokenText(ctx, k)) && k - 1 >= min) {
    const before = tokenText(ctx, k - 1);
    if (isMonth(before) || (before === 'May' && TIME_PREPOSITION.test(tokenText(ctx, k - 2)))) k--;
  }
  if (k < min) return -1;
  const head = tokenText(ctx, k);
  const named = isWeekday(head) || isMonth(head) || (head === 'May' && k < j);
  if (!named && !TIME_NOUN.test(head) && !TIME_WORD.test(head)) return -1;
  k--;
  while (k >= min && (TIME_MODIFIER.test(tokenText(ctx, k)) || isWeekday(tokenText(ctx, k)))) k--;
  if (k >= min && TIME_PREPOSITION.test(tokenText(ctx, k))) k--;
  // "as recently as December 17"
  else if (
    k - 2 >= min &&
    /^as$/i.test(tokenText(ctx, k)) &&
    /^(?:recently|early|late|long)$/i.test(tokenText(ctx, k - 1)) &&
    /^as$/i.test(tokenText(ctx, k - 2))
  )
    k -= 3;
  if (k >= min && /^(?:here|there)$/i.test(tokenText(ctx, k))) k--;
  // "Three-quarters said", "year-on-year": a word joined to the one before is no time phrase
  if (ctx.tokens[k]?.end === ctx.tokens[k + 1]?.start && tokenText(ctx, k) === '-') return -1;
  return k + 1;
}

// wink splits words at letters beyond Latin-1: "Brudziński" → "Brudzi" "ń" "ski", "Łukasz" → "Ł" "ukasz"
const NON_ASCII = /[^\p{ASCII}]/u;
const glued = (ctx: QuoteContext, a: number) => {
  const x = ctx.tokens[a];
  const y = ctx.tokens[a + 1];
  return !!x && !!y && x.end === y.start && isLetterAt(ctx.text, x.end - 1) && isLetterAt(ctx.text, y.start);
};

// A letter or mark at offset `k`: ASCII told by its code, other characters by their Unicode class.
function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{M}]/u.test(text[k] ?? '');
}

// "analyst firm InStat/MDR said": a slash written without spaces between two capitalised words joins one name
function slashJoinsNames(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  return (
    tokenText(ctx, k) === '/' &&
    before?.end === t?.start &&
    after?.start === t?.end &&
    /^\p{Lu}/u.test(tokenText(ctx, k - 1)) &&
    /^\p{Lu}/u.test(tokenText(ctx, k + 1))
  );
}

/** First and last token of the word token `i` belongs to: several when wink split a non-ASCII word. */
function wordTokens(ctx: QuoteContext, i: number): [number, number] {
  let a = i;
  let b = i;
  while (a > 0 && glued(ctx, a - 1)) a--;
  while (glued(ctx, b)) b++;
  if (a === b) return [i, i];
  const text = ctx.text.slice(ctx.tokens[a]?.start ?? 0, ctx.tokens[b]?.end ?? 0);
  return NON_ASCII.test(text) ? [a, b] : [i, i];
}

/** Text and tag of the whole word token `i` belongs to (a name if any piece is tagged one). */
function wordAt(ctx: QuoteContext, i: number): { w: string; pos: string } {
  // (most tokens are glued to neither neighbour: a word of their own, with no pair of offsets made)
  if (!(i > 0 && glued(ctx, i - 1)) && !glued(ctx, i))
    return { w: tokenText(ctx, i), pos: ctx.tokens[i]?.pos ?? '' };
  const [a, b] = wordTokens(ctx, i);
  if (a === b) return { w: tokenText(ctx, i), pos: ctx.tokens[i]?.pos ?? '' };
  const pieces = ctx.tokens.slice(a, b + 1);
  const pos = pieces.some((t) => t.pos === 'PROPN')
    ? 'PROPN'
    : (pieces.find((t) => NP_POS.has(t.pos))?.pos ?? pieces[0]?.pos ?? '');
  return { w: ctx.text.slice(pieces[0]?.start ?? 0, pieces[pieces.length - 1]?.end ?? 0), pos };
}

/**
 * "Analyst Tom Shore expects …. Shore of Keel Brothers said …": a capitalised word the tagger takes for a verb
 * opening the sentence, that the text also writes as the last word of a name ("Tom Shore"), is that surname.
 */
function surnameOpeningSentence(ctx: QuoteContext, i: number, w: string): boolean {
  if (i > 0 && ctx.tokens[i - 1]?.sentence === ctx.tokens[i]?.sentence) return false;
  const { text } = ctx;
  for (let at = text.indexOf(` ${w}`); at > 0; at = text.indexOf(` ${w}`, at + 1)) {
    if (/[\p{L}\p{M}'’-]/u.test(text[at + w.length + 1] ?? '')) continue;
    // (the word before it a name's, not one closing a sentence: "… on Newsnight. Leaked documents …")
    let b = at;
    while (b > 0 && /\p{L}/u.test(text[b - 1] ?? '')) b--;
    if (
      b < at &&
      /^\p{Lu}\p{Ll}/u.test(text.slice(b, at)) &&
      !CLAUSE_WORDS.has(text.slice(b, at).toLowerCase())
    )
      return true;
  }
  return false;
}

const isNameLike = (ctx: QuoteContext, i: number) => {
  const { w, pos } = wordAt(ctx, i);
  if (!/[\p{L}\p{N}]/u.test(w)) return false;
  // "June Harlow said", "said April Dunn": a month opening a name is a word of it
  if (isMonthWord(w) && monthOpensNameAt(ctx, i)) return true;
  if (WEEKDAYS_MONTHS.includes(w.toLowerCase())) return false;
  if (isCapitalized(w))
    return (
      (!CLAUSE_WORDS.has(w.toLowerCase()) &&
        (!/^(?:VERB|AUX|PRON|ADV|ADP|SCONJ|CCONJ|PART|INTJ|DET)$/.test(pos) ||
          // "Employment Conditions Abroad": an adverb's form closing a name
          (pos === 'ADV' &&
            ctx.tokens[i - 1]?.pos === 'PROPN' &&
            ctx.tokens[i - 1]?.sentence === ctx.tokens[i]?.sentence))) ||
      pos === 'PROPN' ||
      (pos === 'VERB' && surnameOpeningSentence(ctx, i, w))
    );
  return false;
};

// "… Harris Upham and Co", "… Fenner and Smith Inc": a firm's name, which may hold commas
// a body's head word, "for" or "of", then fields set off by commas up to the one before `,`: "Centre for Trade"
const BODY_FIELDS_BEFORE_COMMA =
  /\b(?:Centre|Center|Institute|Council|Department|Ministry|Office|Commission|Society|Foundation|School|College|Faculty|Association|Agency|Bureau|Federation|Academy)\s+(?:for|of)\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*$/u;
// the rest of the fields, the last after "and": " Law and Policy"
const FIELDS_AFTER_COMMA = /^\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+$/u;
const FIRM_END = /\s(?:and\s+Co|Inc|Corp|Co|Ltd|Plc|PLC|LLC|LP)\.?$/;

// the prepositions that attach an organisation or place to the noun heading a speaker phrase
const SPEAKER_PREPOSITIONS = /^(?:for|in|at|of|with|on|behind)$/;
// words heading a speaker phrase before "to" or "with", whatever their tag ("sources close to the talks")
const NEAR_HEAD = /^(?:close|closest|familiar|privy|loyal|opposed|allied|sympathetic|linked|connected)$/;
// role nouns with a "to" of their own ("aides to the minister", "the ambassador to Norway")
const ROLE_TO =
  /^(?:aides?|advis[eo]rs?|assistants?|ambassadors?|envoys?|delegations?|delegates?|successors?|secretar(?:y|ies)|deputy|deputies|counsel|consultants?|spokes(?:man|woman|person|men|women|people))$/i;

/** True when the capitalised words ending at token `k` follow a role's preposition ("an analyst at Smith Barney"). */
function firmAfterRole(ctx: QuoteContext, k: number, min: number): boolean {
  let q = k;
  while (q > min && (isNameLike(ctx, q) || tokenText(ctx, q) === ',')) q--;
  return headBeforePreposition(ctx, q, min);
}

/**
 * True when token `p` is a preposition after a common noun ("analyst at", "spokeswoman for", "officials from");
 * not "A report from the port authority", whose issuer speaks.
 */
function headBeforePreposition(ctx: QuoteContext, p: number, min: number): boolean {
  if (p - 1 < min) return false;
  const prep = tokenText(ctx, p);
  // "a source close to the talks", "a person familiar with the plan", "aides to the minister"
  if (/^(?:to|with)$/.test(prep) && NEAR_HEAD.test(tokenText(ctx, p - 1))) return true;
  if (prep === 'to' && ROLE_TO.test(tokenText(ctx, p - 1))) return true;
  const plural = /s$/.test(tokenText(ctx, p - 1));
  if (!SPEAKER_PREPOSITIONS.test(prep) && !(plural && (prep === 'from' || prep === 'within'))) return false;
  const noun = ctx.tokens[p - 1];
  const word = tokenText(ctx, p - 1);
  // "the mayor's chief of staff": an adjective heading the phrase, before "of"
  if (noun?.pos === 'ADJ' && prep === 'of' && /^\p{Ll}/u.test(word)) return true;
  if (/^\p{Ll}/u.test(word)) return noun?.pos === 'NOUN';
  // "Officials at the ministry said", "Members of the committee said": capitalised only as the sentence's
  // first word (a plural the text also writes in lower case, when the tagger took it for a name)
  return (
    p - 1 === min &&
    (noun?.pos === 'NOUN' ||
      (noun?.pos === 'PROPN' &&
        plural &&
        /^\p{L}+$/u.test(word) &&
        new RegExp(`\\b${word.toLowerCase()}\\b`).test(ctx.text)))
  );
}

/**
 * The plural noun heading "<nouns> of those <participle> <preposition>" when token `p` is that preposition
 * ("Families of those killed in", "relatives of those held at"), or -1.
 */
function headOfThoseParticiple(ctx: QuoteContext, p: number, min: number): number {
  const h = p - 4;
  if (h < min || !/^(?:in|at|on|during|by|from|near)$/.test(tokenNorm(ctx, p))) return -1;
  if (!/^\p{Ll}+(?:ed|en|wn|ld|lt|st)$/u.test(tokenText(ctx, p - 1))) return -1;
  if (tokenNorm(ctx, p - 2) !== 'those' || tokenNorm(ctx, p - 3) !== 'of') return -1;
  const noun = tokenText(ctx, h);
  if (!/^\p{L}+s$/u.test(noun) || /ss$/.test(noun)) return -1;
  // a common noun, or one capitalised as the sentence's first word
  return /^\p{Ll}/u.test(noun) ? (ctx.tokens[h]?.pos === 'NOUN' ? h : -1) : h === min ? h : -1;
}

/** The noun phrase ending at token `j` (walking back, not before `min`), or null. */
/** True when quote mark `k` is attached to a word before it ("the “MI6” agent"), not to a comma or stop. */
function closesWordBefore(ctx: QuoteContext, k: number): boolean {
  return ctx.tokens[k - 1]?.end === ctx.tokens[k]?.start && /[\p{L}\p{N}]$/u.test(tokenText(ctx, k - 1));
}

/** The "(" of "Co (Europe) Ltd" when token `k` is its ")": one or two capitalised words inside, a name word
 * before; else -1. */
function parenthesisInName(ctx: QuoteContext, k: number, min: number): number {
  let o = k - 1;
  while (o > k - 3 && o > min && /^\p{Lu}[\p{L}.]*$/u.test(tokenText(ctx, o))) o--;
  if (o === k - 1 || tokenText(ctx, o) !== '(' || o - 1 < min || !isNameLike(ctx, o - 1)) return -1;
  return o;
}

export function nounPhraseEndingAt(ctx: QuoteContext, j: number, min: number): TextSpan | null {
  const tok = ctx.tokens[j];
  if (!tok || j < min) return null;
  const w0 = tokenText(ctx, j);
  if (SUBJECT_PRONOUNS.has(w0.toLowerCase()) && (tok.pos === 'PRON' || w0 === 'I'))
    return spanOf(ctx, tok.start, tok.end);
  // "One of them went as far as to say": a quantifier of a group just named
  const quantifier = ctx.tokens[j - 2];
  if (
    /^(?:them|us|those)$/i.test(w0) &&
    quantifier &&
    j - 2 >= min &&
    tokenNorm(ctx, j - 1) === 'of' &&
    QUANTIFIERS.has(tokenNorm(ctx, j - 2))
  )
    return spanOf(ctx, quantifier.start, tok.end);
  // "Harbour Bank PLC <HBRB.L> said": a wire ticker after a name stands for it; "<Dorn Corp> said": a name
  // in one
  if (w0 === '>') {
    let o = j - 1;
    while (o > min && o > j - 8 && !/^[<,;:]$/.test(tokenText(ctx, o))) o--;
    if (tokenText(ctx, o) !== '<' || o + 1 >= j) return null;
    const before = nounPhraseEndingAt(ctx, o - 1, min);
    const inside = spanOf(ctx, ctx.tokens[o + 1]?.start ?? 0, ctx.tokens[j - 1]?.end ?? 0);
    // "Imperial oil <IMO.A>": a ticker in capitals stands for the words before it
    if (before && (/\p{Lu}\S*$/u.test(before.text) || /^[\p{Lu}\d.\s-]+$/u.test(inside.text))) return before;
    // "machinery maker <Dorn>", "<Citibank NA> said", "<Hudson Bay Mining and Smelting Co Ltd> said": the name is
    // all the brackets hold
    return /^\p{Lu}/u.test(inside.text) ? inside : null;
  }
  let end = tok.end;
  let k = j;
  // "(JRFU)" after a name
  if (w0 === ')') {
    let o = j - 1;
    while (o >= min && o > j - 6 && tokenText(ctx, o) !== '(') o--;
    if (o < min || tokenText(ctx, o) !== '(') return null;
    k = o - 1;
  }
  let start = -1;
  let head = false;
  let count = 0;
  for (; k >= min && count < 12; k--, count++) {
    const t = ctx.tokens[k];
    if (!t) break;
    // "Joachim Brudziński said": the pieces of a split word are one word
    const [ws] = wordTokens(ctx, k);
    if (ws < k) {
      if (ws < min || !(isNameLike(ctx, k) || NP_POS.has(wordAt(ctx, k).pos))) break;
      start = ctx.tokens[ws]?.start ?? t.start;
      head = true;
      k = ws;
      continue;
    }
    const w = tokenText(ctx, k);
    const lw = w.toLowerCase();
    const prevTok = ctx.tokens[k + 1];
    // "Forum for the Future", "Bank of the Isles": "the" inside a name, after "of"/"for" and a capitalised word
    if (
      lw === 'the' &&
      start >= 0 &&
      prevTok &&
      isCapitalized(ctx.text.slice(prevTok.start, prevTok.end)) &&
      /^(?:of|for)$/i.test(tokenText(ctx, k - 1)) &&
      k - 2 >= min &&
      isNameLike(ctx, k - 2)
    ) {
      start = ctx.tokens[k - 1]?.start ?? t.start;
      k--;
      continue;
    }
    // "Orr Securities Co (Europe) Ltd said": a parenthesised capitalised word inside a firm's name
    if (w === ')' && start >= 0 && isNameLike(ctx, k + 1) && parenthesisInName(ctx, k, min) > 0) {
      k = parenthesisInName(ctx, k, min);
      continue;
    }
    // "the Two Ronnies star": a capitalised number word after "the" opens a name
    if (DETERMINERS.has(lw) && isCapitalized(w) && start >= 0 && tokenNorm(ctx, k - 1) === 'the') {
      start = t.start;
      continue;
    }
    // "one of the three brothers": a number after an article counts the noun, the article opens the phrase
    if (
      start >= 0 &&
      t.pos === 'NUM' &&
      /^(?:the|these|those|his|her|its|their|our)$/i.test(tokenText(ctx, k - 1))
    ) {
      start = t.start;
      continue;
    }
    // "some other parties", "the other members": "other" after a determiner is the phrase's adjective
    if (start >= 0 && lw === 'other' && k - 1 >= min && DETERMINERS.has(tokenNorm(ctx, k - 1))) {
      start = t.start;
      continue;
    }
    if (DETERMINERS.has(lw) && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'ADJ')) {
      if (start >= 0) start = t.start;
      // "Families of those killed in the flood have sued …, alleging": the people the phrase heads, not the place
      const people = start >= 0 ? headOfThoseParticiple(ctx, k - 1, min) : -1;
      if (people >= 0) {
        start = ctx.tokens[people]?.start ?? start;
        k = people;
        continue;
      }
      // "a spokeswoman for the ministry said": the phrase is the noun's own, the speaker is the spokeswoman
      if (start >= 0 && headBeforePreposition(ctx, k - 1, min)) continue;
      // "One of the children said", "some of the protesters": the quantifier is the speaker
      const quantifier = ctx.tokens[k - 2];
      if (
        start >= 0 &&
        quantifier &&
        k - 2 >= min &&
        tokenNorm(ctx, k - 1) === 'of' &&
        QUANTIFIERS.has(tokenNorm(ctx, k - 2))
      )
        start = quantifier.start;
      break;
    }
    if (isNameLike(ctx, k) || (!isCapitalized(w) && NP_POS.has(t.pos) && !CUE_MODIFIERS.has(lw))) {
      start = t.start;
      // the head is the last word: a noun or a name, not a lone adjective ("reluctant")
      head = true;
      continue;
    }
    // the "MI6 agent": quote marks around a word of the phrase (not the mark closing a quote before it:
    // "… is dead,” Ann Tull said")
    if (
      /^["“”]$/.test(w) &&
      (start >= 0 || k === j) &&
      k - 1 >= min &&
      (prevTok?.start === t.end || closesWordBefore(ctx, k))
    ) {
      start = t.start;
      continue;
    }
    // "February's floods", "the company's lawyers": the possessor belongs to the phrase
    if ((lw === "'s" || lw === '’s' || lw === "'" || lw === '’') && start >= 0) {
      const owner = ctx.tokens[k - 1];
      if (!owner || k - 1 < min || owner.end !== t.start) break;
      start = owner.start;
      k--;
      continue;
    }
    // joined without spaces: "Murphy-O'Connor", "mother-of-nine", "Norsk Data A/S": the word before belongs too
    if (
      (w === '-' ||
        w === '.' ||
        w === '&' ||
        (w === '/' && /^[AS]$/.test(tokenText(ctx, k - 1)) && /^[AS]$/.test(tokenText(ctx, k + 1))) ||
        slashJoinsNames(ctx, k)) &&
      start >= 0 &&
      prevTok &&
      prevTok.start === t.end &&
      ctx.tokens[k - 1]?.end === t.start
    ) {
      start = ctx.tokens[k - 1]?.start ?? t.start;
      k--;
      continue;
    }
    // "the Centre for Trade, Law and Policy said": a comma inside a body's name that lists its fields, one capitalised
    // word each, after "Centre for" / "Institute of" (not "In Lorne, Vell and Roe said")
    if (
      w === ',' &&
      start >= 0 &&
      FIELDS_AFTER_COMMA.test(ctx.text.slice(t.end, end)) &&
      BODY_FIELDS_BEFORE_COMMA.test(ctx.text.slice(Math.max(0, t.start - 120), t.start))
    ) {
      start = t.start;
      continue;
    }
    // "an analyst at Smith Barney, Harris Upham and Co": a comma inside a firm's name, between capitalised
    // words, when the phrase ends in a company suffix (not "In Tokyo, Sony Corp said")
    if (
      w === ',' &&
      start >= 0 &&
      k - 1 >= min &&
      isNameLike(ctx, k - 1) &&
      prevTok &&
      isNameLike(ctx, k + 1) &&
      FIRM_END.test(ctx.text.slice(start, end)) &&
      firmAfterRole(ctx, k - 1, min)
    ) {
      start = t.start;
      continue;
    }
    // "the subcommittee on energy and power", "vice president of marketing and sales": "and" between two
    // common nouns (not when a verb takes the first as its object: "The company cut jobs and workers said")
    if (
      lw === 'and' &&
      start >= 0 &&
      k - 1 >= min &&
      ctx.tokens[k - 1]?.pos === 'NOUN' &&
      !(k - 2 >= min && /^(?:VERB|AUX)$/.test(ctx.tokens[k - 2]?.pos ?? '')) &&
      prevTok?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(tokenText(ctx, k - 1)) &&
      /^\p{Ll}/u.test(tokenText(ctx, k + 1))
    ) {
      start = t.start;
      continue;
    }
    // "the former governor and current Liberal candidate": two roles of one person
    if (
      lw === 'and' &&
      start >= 0 &&
      k - 1 >= min &&
      ctx.tokens[k - 1]?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(tokenText(ctx, k - 1)) &&
      /^(?:current|former|then|now|incoming|outgoing|acting)$/i.test(tokenText(ctx, k + 1))
    ) {
      start = t.start;
      continue;
    }
    // "Securities and Exchange Commission", "Marks and Spencer": "and" between capitalised words of a name
    if (
      lw === 'and' &&
      start >= 0 &&
      k - 1 >= min &&
      isNameLike(ctx, k - 1) &&
      prevTok &&
      isNameLike(ctx, k + 1)
    ) {
      start = t.start;
      continue;
    }
    // "The Committee on Credit, headed by …, said": "on" inside a body's name, after its capitalised kind and
    // before a capitalised word (not "Tarn on Monday said": the kind is a body's)
    if (
      lw === 'on' &&
      start >= 0 &&
      k - 1 >= min &&
      BODY_ON.test(tokenText(ctx, k - 1)) &&
      prevTok &&
      /^\p{Lu}/u.test(ctx.text.slice(prevTok.start, prevTok.end)) &&
      !CALENDAR_NAMES.has(ctx.text.slice(prevTok.start, prevTok.end).toLowerCase()) &&
      // (the name runs to the phrase's end: not "the Committee on Farming delegates of most states")
      capitalisedToEnd(ctx, k + 1, j)
    ) {
      start = t.start;
      continue;
    }
    if (NAME_JOINS.has(lw) && start >= 0 && k - 1 >= min) {
      const before = ctx.tokens[k - 1];
      if (
        before &&
        (isNameLike(ctx, k - 1) || before.pos === 'NOUN') &&
        (isCapitalized(ctx.text.slice(prevTok?.start ?? 0, prevTok?.end ?? 0)) ||
          // "Ana de la Cruz said": the first of a surname's two particles
          (NAME_PARTICLES.has(lw) &&
            SECOND_PARTICLES.has(tokenText(ctx, k + 1)) &&
            isNameLike(ctx, k + 2) &&
            start <= (prevTok?.start ?? 0)))
      ) {
        start = t.start;
        continue;
      }
    }
    // "the economics think tank said": a form the tagger calls a verb inside a noun compound
    if (start >= 0 && t.pos === 'VERB' && isNounCompoundWord(ctx, k)) {
      start = t.start;
      continue;
    }
    // "The London-based bank said": a hyphenated participle before the head
    const hyphen = start >= 0 ? hyphenModifierStart(ctx, k, min, j) : -1;
    if (hyphen >= 0) {
      start = ctx.tokens[hyphen]?.start ?? t.start;
      k = hyphen;
      continue;
    }
    // "lawyers for news organisations", "an analyst at Pellow Securities", "officials at the ministry"
    if (start >= 0 && headBeforePreposition(ctx, k, min)) {
      start = t.start;
      // "close to", "linked to": the word heading the phrase belongs to it whatever its tag
      if (NEAR_HEAD.test(tokenText(ctx, k - 1))) {
        start = ctx.tokens[k - 1]?.start ?? start;
        k--;
      }
      continue;
    }
    break;
  }
  if (start < 0 || !head) return null;
  // a lone adjective is no speaker ("reluctant saying")
  if (start === tok.start && tok.pos === 'ADJ' && !isCapitalized(w0)) return null;
  // "Some parties and social groups said": the conjuncts before "and" that open the clause belong to the subject
  const joined = coordinatedSubjectStart(ctx, tokenIndexAt(ctx.tokens, start), min, nounPhraseEndingAt);
  if (joined >= 0) start = ctx.tokens[joined]?.start ?? start;
  // "On Friday the government said", "Last year Ann Tull said": a time phrase opening the clause is no part of it
  const first = tokenIndexAt(ctx.tokens, start);
  if (first >= 0 && first < j) {
    const past = leadingTimeAdjunctEnd(ctx, first, j);
    if (past > first) start = ctx.tokens[past]?.start ?? start;
  }
  // drop a leading join word left over
  const span = spanOf(ctx, start, end);
  const m = /^(?:of|for|&)\s+/i.exec(span.text);
  if (m) return spanOf(ctx, start + m[0].length, end);
  end = span.end;
  return span;
}

/** True when tokens `from`..`to` are capitalised words or the joins of a name ("Harbour Safety", "Trade and Law"). */
function capitalisedToEnd(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const w = tokenText(ctx, i);
    if (!/^\p{Lu}/u.test(w) && !NAME_JOINS.has(w) && w !== 'and' && w !== 'the') return false;
  }
  return true;
}

/**
 * "An official who asked not to be named said …": the noun phrase before a "who" clause that runs, with no
 * comma, up to the cue after token `j`; null otherwise.
 */
export function relativeSubject(ctx: QuoteContext, j: number, min: number): TextSpan | null {
  let verb = false;
  for (let k = j; k > min && k > j - 12; k--) {
    const w = tokenText(ctx, k);
    if (/^[,;:()]$/.test(w) || QUOTE_MARK.test(w) || isCueToken(ctx, k, 'speech')) return null;
    if (/^(?:VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '')) verb = true;
    if (w.toLowerCase() !== 'who') continue;
    if (!verb) return null;
    const np = nounPhraseEndingAt(ctx, k - 1, min);
    return np && !SUBJECT_PRONOUNS.has(np.text.toLowerCase()) ? np : null;
  }
  return null;
}

/**
 * "The report, released on Monday, concluded …", "The bank, in its report, said …": the noun phrase
 * opening the sentence, when one aside set off by commas (a participle, a relative clause, an appositive with no
 * verb) stands between it and the cue at token `j + 1`; null otherwise.
 */
function subjectBeforeAside(ctx: QuoteContext, j: number, from: number): TextSpan | null {
  if (tokenText(ctx, j) !== ',') return null;
  // ("But the analyst, Orr, said": a conjunction opening the sentence is no part of the subject)
  const min = /^(?:But|And|Yet|So)$/.test(tokenText(ctx, from)) && from + 1 < j ? from + 1 : from;
  let c = min + 1;
  while (c < j && tokenText(ctx, c) !== ',') c++;
  if (c >= j - 1) return null;
  let np = nounPhraseEndingAt(ctx, c - 1, min);
  // "A group led by Tarn Investments, a Kelby partnership, said": the group with its leader, as written
  const by = np ? tokenIndexAt(ctx.tokens, np.start) - 1 : -1;
  if (np && by - 2 >= min && ledBy(ctx, by)) {
    const group = nounPhraseEndingAt(ctx, by - 2, min);
    if (group && group.start === ctx.tokens[min]?.start) np = spanOf(ctx, group.start, np.end);
  }
  if (!np || np.start !== ctx.tokens[min]?.start) return null;
  const aside = ctx.tokens.slice(c + 1, j);
  if (aside.some((t) => /^[,;:()"“”«»—–]$/.test(ctx.text.slice(t.start, t.end)))) return null;
  // "His mother, Gwen, said": a name between the commas is who the descriptor is
  if (aside.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.text.slice(t.start, t.end))))
    return spanOf(ctx, aside[0]?.start ?? np.start, aside[aside.length - 1]?.end ?? np.end);
  const head = tokenText(ctx, c + 1);
  if (/^(?:who|which|whose|whom)$/i.test(head)) return np;
  const verbs = aside.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // "released on Monday", "based in Oslo": a past participle and no other verb
  // ("set up in May", "led by Ada Kray": an irregular one too)
  if (
    ctx.tokens[c + 1]?.pos === 'VERB' &&
    (/(?:ed|en)$/i.test(head) || IRREGULAR_PARTICIPLE.test(head)) &&
    verbs.length === 1
  )
    return np;
  // "The Daily Planet, citing local groups, reported": a present participle, no finite verb after it
  if (
    ctx.tokens[c + 1]?.pos === 'VERB' &&
    /\p{Ll}ing$/u.test(head) &&
    verbs.every((t) => t.pos === 'VERB' && /(?:ing|ed|en)$/i.test(ctx.text.slice(t.start, t.end)))
  )
    return np;
  // "The minister, meanwhile, said", "The union, however, warned": a sentence adverb alone
  if (aside.length <= 2 && aside.every((t) => t.pos === 'ADV')) return np;
  // "a unit of Harbour Oil", "54", "in its monthly report": no verb at all
  // ("the wine concern controlled by the Orr family": or only past participles on a noun, before a preposition)
  const onNoun = verbs.every((t) => {
    const v = ctx.tokens.indexOf(t);
    return (
      t.pos === 'VERB' &&
      /\p{Ll}(?:ed|en|wn)$/u.test(ctx.text.slice(t.start, t.end)) &&
      ctx.tokens[v - 1]?.pos === 'NOUN' &&
      ctx.tokens[v + 1]?.pos === 'ADP'
    );
  });
  return onNoun && /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(ctx.tokens[c + 1]?.pos ?? '') ? np : null;
}

/** Tokens `min` to `dash` are a dateline: a place in capitals, perhaps with its region ("DOVER, Del."). */
function isDateline(ctx: QuoteContext, min: number, dash: number): boolean {
  const first = tokenText(ctx, min);
  if (dash - min > 6 || !/^\p{Lu}{2,}$/u.test(first)) return false;
  for (let k = min + 1; k < dash; k++)
    if (!/^(?:\p{Lu}[\p{L}.]*|[,.])$/u.test(tokenText(ctx, k))) return false;
  return true;
}

/** True when "whose" opens the words ending at token `k` (a few, no comma): "whose latest start-up". */
function whoseBefore(ctx: QuoteContext, k: number, min: number): boolean {
  for (let i = k; i >= min && i > k - 6; i--) {
    const w = tokenNorm(ctx, i);
    if (w === 'whose') return true;
    if (/^[,;:]$/.test(w)) return false;
  }
  return false;
}

/**
 * "marketing company Doubleclick", "steel giant Norsk", "Oslo-based group Tarvo": common nouns describing the name they open (not "the
 * Netherlands", "eastern England").
 */
function describedName(ctx: QuoteContext, np: TextSpan): boolean {
  const a = tokenIndexAt(ctx.tokens, np.start);
  const b = tokenIndexAt(ctx.tokens, np.end) - 1;
  // set off by a comma (not "the virus that causes COVID-19")
  if (tokenText(ctx, a - 1) !== ',') return false;
  // ("Oslo-based group Tarvo": a place's hyphenated participle before them)
  let k = hyphenModifierStart(ctx, a + 2, a, b) === a ? a + 3 : a;
  while (k <= b && /^\p{Ll}[\p{L}-]*$/u.test(tokenText(ctx, k)) && ctx.tokens[k]?.pos === 'NOUN') k++;
  if (k === a || k > b) return false;
  for (let n = k; n <= b; n++) if (!isNameLike(ctx, n)) return false;
  return true;
}

/**
 * "…, the state oil company, Petrobras, said": a one-word name set off by commas right after a descriptor that opens
 * with an article or possessive and is set off by a comma itself.
 */
function nameAfterDescriptor(ctx: QuoteContext, np: TextSpan, min: number): boolean {
  return descriptorCommaBefore(ctx, np, min) !== null;
}

/** The descriptor set off before name `np` ("…, the state oil company, Petrobras"), or null. */
function descriptorBefore(ctx: QuoteContext, np: TextSpan, min: number): TextSpan | null {
  const a = tokenIndexAt(ctx.tokens, np.start);
  if (!/^\p{Lu}/u.test(np.text) || !isNameLike(ctx, a) || tokenText(ctx, a - 1) !== ',') return null;
  const desc = nounPhraseEndingAt(ctx, a - 2, min);
  // (not "…, an affiliate of the World Bank, Ann Lee said": "a"/"an" sets off the noun before)
  if (!desc || !/^(?:the|its|their|his|her)\s+[\p{Ll}\d]/u.test(desc.text)) return null;
  return tokenText(ctx, tokenIndexAt(ctx.tokens, desc.start) - 1) === ',' ? desc : null;
}

/** Token index of the comma that opens the descriptor before name `np` (nameAfterDescriptor), or null. */
export function descriptorCommaBefore(ctx: QuoteContext, np: TextSpan, min: number): number | null {
  const desc = descriptorBefore(ctx, np, min);
  return desc ? tokenIndexAt(ctx.tokens, desc.start) - 1 : null;
}

// a spokesperson's role, whose "for" phrase names whom they speak for
const SPOKES_ROLE = /^(?:spokes(?:man|woman|person)|representative)$/i;

/**
 * "…, a spokeswoman for the farm union, the Varn League, said": the comma opening a spokesperson's descriptor ("a"
 * or "an", a role word, "for" and the body it speaks for, no comma) set off before name `np`, or null. The
 * descriptor is the source's, not an aside on the clause's last noun as "an affiliate of …" may be.
 */
export function spokespersonCommaBefore(ctx: QuoteContext, np: TextSpan, min: number): number | null {
  const a = tokenIndexAt(ctx.tokens, np.start);
  if (!/^(?:[Tt]he\s+)?\p{Lu}/u.test(np.text) || tokenText(ctx, a - 1) !== ',') return null;
  for (let f = a - 2; f > min + 1 && f > a - 10; f--) {
    if (/^[,;:()]$/.test(tokenText(ctx, f))) return null;
    if (tokenNorm(ctx, f) !== 'for' || !SPOKES_ROLE.test(tokenText(ctx, f - 1))) continue;
    let d = f - 2;
    if (ctx.tokens[d]?.pos === 'ADJ' || ctx.tokens[d]?.pos === 'NOUN') d--;
    return /^(?:a|an)$/i.test(tokenText(ctx, d)) && tokenText(ctx, d - 1) === ',' ? d - 1 : null;
  }
  return null;
}

/** The descriptor before `np` when `np` is the acronym of the descriptor's last capitalised words, or null. */
function acronymDescriptor(ctx: QuoteContext, np: TextSpan, min: number): TextSpan | null {
  if (!/^\p{Lu}{2,6}$/u.test(np.text)) return null;
  const desc = descriptorBefore(ctx, np, min);
  if (!desc) return null;
  const caps = desc.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = caps.map((w) => w[0]).join('');
  return initials.endsWith(np.text) ? desc : null;
}

// participles whose agent wrote what the phrase reports ("The study, written by Ann Roe, said")
const AUTHOR_PARTICIPLE =
  /^(?:written|authored|compiled|prepared|produced|published|issued|released|conducted|led)$/i;

/**
 * True when `np` is the object in an aside, not the subject: "Dorn, 40 pct owned by Tenneco Inc, said",
 * "An official, speaking to reporter Ann Roe, said"; not "The study, by Ann Roe, said".
 */
function objectOfAside(ctx: QuoteContext, np: TextSpan): boolean {
  const p = tokenIndexAt(ctx.tokens, np.start) - 1;
  const prep = tokenNorm(ctx, p);
  if (prep === 'to' || prep === 'with') return true;
  if (prep !== 'by') return false;
  const verb = tokenText(ctx, p - 1);
  return ctx.tokens[p - 1]?.pos === 'VERB' && /(?:ed|en|wn)$/i.test(verb) && !AUTHOR_PARTICIPLE.test(verb);
}

// a company's legal form closing its name ("Keel Trace Inc.", "Tarn Bancorp")
const COMPANY_FORM = /^(?:Inc|Corp|Co|Cos|Ltd|PLC|Plc|Bancorp|LP|L\.P|N\.V|S\.A|AG)\.?$/;

/**
 * "Keel Trace Inc., San Antonio, Texas, said", "Tarn Bancorp, Dover, Del., said": the company opening the subject,
 * set off from the cue by its seat (one or two comma-closed runs of capitalised words) → the company's name;
 * else null. `j` is the comma before the cue.
 */
function companyBeforeSeat(ctx: QuoteContext, j: number, min: number): TextSpan | null {
  let k = j - 1;
  for (let part = 0; part < 2; part++) {
    const end = k;
    while (
      k >= min &&
      k > end - 4 &&
      /^\p{Lu}/u.test(tokenText(ctx, k)) &&
      !COMPANY_FORM.test(tokenText(ctx, k))
    )
      k--;
    // ("Del." as two tokens: the abbreviation's period)
    if (k === end && tokenText(ctx, k) === '.' && /^\p{Lu}/u.test(tokenText(ctx, k - 1))) k -= 2;
    if (k === end || k < min || tokenText(ctx, k) !== ',') return null;
    const before = k - 1;
    const form = tokenText(ctx, before) === '.' ? tokenText(ctx, before - 1) : tokenText(ctx, before);
    if (COMPANY_FORM.test(form)) {
      const np = nounPhraseEndingAt(ctx, before, min);
      return np && /^\p{Lu}/u.test(np.text) ? np : null;
    }
    k = before;
  }
  return null;
}

// The quote stage's answers by cue group and sentence start: the same group is asked about by several rules (the
// report cues of its sentence, the direct-quote rules around a quote, a participle's clause subject). An answer
// reads only the context's tokens, text and quoted ranges, all set before the stage asks; other contexts (made
// per question by the link rules) are not remembered.
const MENTIONS_BEFORE = new WeakMap<QuoteContext, Map<number, TextSpan | null>>();
const MAX_MIN = 2 ** 26;

/** Remembers `mentionBefore`'s answers for this context from now on (its quoted ranges must be final). */
export function rememberMentionsBefore(ctx: QuoteContext): void {
  MENTIONS_BEFORE.set(ctx, new Map());
}

/**
 * The speaker mention right before a cue group starting at token `g`: a pronoun, a name, a descriptor,
 * or a name with a description between it and the cue ("Hugh Hill, a doctor, said").
 */
export function mentionBefore(ctx: QuoteContext, g: number, min: number): TextSpan | null {
  const known = MENTIONS_BEFORE.get(ctx);
  if (!known || !Number.isInteger(g) || !Number.isInteger(min) || min < 0 || min >= MAX_MIN)
    return readMentionBefore(ctx, g, min);
  const key = g * MAX_MIN + min;
  let m = known.get(key);
  if (m === undefined) {
    m = readMentionBefore(ctx, g, min);
    known.set(key, m);
  }
  return m;
}

function readMentionBefore(ctx: QuoteContext, g: number, min: number): TextSpan | null {
  const j = g - 1;
  if (j < min) return null;
  const w = tokenText(ctx, j);
  // "Most of those polled said": a poll's respondents
  if (ctx.tokens[j]?.pos === 'VERB') {
    const polled = respondentsSubject(ctx, j, min, nounPhraseEndingAt);
    if (polled) return polled;
  }
  // "Moody's said", "Standard and Poor's pointed out": a name ending in a possessive before the cue
  // (not "May's proposed deal", "VW's reported 480 mln loss": a participle before its noun)
  const after = ctx.tokens[g + 1]?.pos ?? '';
  if (
    /^['’]s$/i.test(w) &&
    ctx.tokens[j - 1]?.end === ctx.tokens[j]?.start &&
    isNameLike(ctx, j - 1) &&
    /^(?:VERB|AUX)$/.test(ctx.tokens[g]?.pos ?? '') &&
    !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(after)
  ) {
    const np = nounPhraseEndingAt(ctx, j - 1, min);
    return np ? spanOf(ctx, np.start, ctx.tokens[j]?.end ?? np.end) : null;
  }
  // "<Warburg, Pincus Capital Corp> said": a wire's company tag is the name inside its angle brackets
  if (w === '>') {
    let o = j - 1;
    while (o > j - 10 && o >= min && !/^[<>.;:]$/.test(tokenText(ctx, o))) o--;
    const opensTag = tokenText(ctx, o) === '<' && o >= min && ctx.tokens[o + 1]?.pos === 'PROPN';
    // (the tag opens the sentence or follows a comma or a conjunction: not a ticker after its name, "Dorn Inc <DRN>")
    const before = o > min ? tokenNorm(ctx, o - 1) : '';
    if (opensTag && o + 1 < j && (o === min || /^(?:,|and|but)$/.test(before)))
      return spanOf(ctx, ctx.tokens[o + 1]?.start ?? 0, ctx.tokens[j - 1]?.end ?? 0);
  }
  // "Shell Canada, a unit of Royal Dutch/Shell Group <RD> said": a ticker closes the appositive of a name
  if (w === '>') {
    const np = nounPhraseEndingAt(ctx, j, min);
    const at = np ? tokenIndexAt(ctx.tokens, np.start) : -1;
    let c = at - 1;
    while (c > min && c > at - 10 && tokenText(ctx, c) !== ',') c--;
    const words = ctx.tokens.slice(c + 1, at).map((t) => ctx.text.slice(t.start, t.end).toLowerCase());
    // (the "of" may be inside the phrase: "…, a wholly owned subsidiary of the Royal Dutch/Shell Group <RD> said")
    const appositive = np ? [...words, np.text].join(' ') : '';
    if (np && tokenText(ctx, c) === ',' && /^(?:a|an|the)\s.*\sof\s/i.test(appositive)) {
      const name = nounPhraseEndingAt(ctx, c - 1, min);
      if (name && /^\p{Lu}/u.test(name.text)) return name;
    }
    if (np) return np;
  }
  if (DASHES.has(w)) {
    // "Relatives of the victims in Dunmore, Conn., said"
    const placed = w === ',' ? subjectThroughPlace(ctx, g, min, nounPhraseEndingAt) : null;
    if (placed) return placed;
    // "Keel Trace Inc., San Antonio, Texas, said": a company and the town (and state) of its seat
    const seat = companyBeforeSeat(ctx, j, min);
    if (seat) return seat;
    // description between name and cue: "Hugh Hill, a doctor, said", "Ann Lee, who lives in Leeds, York, said";
    // the name is the noun phrase before the first separator of the chain (the sentence's subject)
    let best: TextSpan | null = null;
    let k = j - 1;
    while (k >= min && k > j - 30) {
      const x = tokenText(ctx, k);
      const attached = ctx.tokens[k]?.start === ctx.tokens[k - 1]?.end;
      // (a period inside a word, "<LLOY.L>", separates nothing)
      const inWord = attached && ctx.tokens[k + 1]?.start === ctx.tokens[k]?.end;
      if ((QUOTE_MARK.test(x) && !attached) || x === ';' || x === ':' || (x === '.' && !inWord)) break;
      // a spaced dash or a comma separates; "China-watcher" does not
      const spaced = x === ',' || /\s/.test(ctx.text[(ctx.tokens[k]?.start ?? 1) - 1] ?? '');
      if (DASHES.has(x) && spaced && k < j - 1) {
        // "President Roe yesterday, asked whether …, replied": a day word after the subject
        const name =
          nounPhraseEndingAt(ctx, k - 1, min) ??
          (TIME_WORD.test(tokenText(ctx, k - 1)) || isWeekday(tokenText(ctx, k - 1))
            ? nounPhraseEndingAt(ctx, k - 2, min)
            : null);
        // "DOVER -- President Ann Lee, opening the museum, said", "DOVER, Del. — …": a dateline is no subject
        if (x !== ',' && isDateline(ctx, min, k)) break;
        // ("After the vote council leader Bo Dee, of Tarn, said": a time preposition opening the sentence with no
        // comma after its phrase leaves the name at the phrase's end the subject)
        const leadingAdjunct =
          !!name &&
          tokenIndexAt(ctx.tokens, name.start) - 1 === min &&
          /^(?:after|before|following|during)$/i.test(tokenText(ctx, min)) &&
          /\p{Lu}\S*\s+\p{Lu}\S*$/u.test(name.text);
        // "Fred Hale, head of Tiga, which …, said": "head of Tiga" describes, the name opens with a capital
        const ok =
          name &&
          ((/\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*$/u.test(name.text) &&
            /^\p{Lu}/u.test(name.text) &&
            !/^(?:the|a|an)\s/i.test(name.text)) ||
            SUBJECT_PRONOUNS.has(name.text.toLowerCase()) ||
            describedName(ctx, name) ||
            leadingAdjunct);
        // "The head of the mission to Freedonia, Karl Brandt, said": a preposition's object is no subject
        const at = name ? tokenIndexAt(ctx.tokens, name.start) : 0;
        const object =
          name &&
          (/^(?:of|to|in|at|for|with|from|on|by)$/i.test(tokenText(ctx, at - 1)) ||
            // "Ann Tull, 54, of Bowie, Md., who …, said": the region of a place is no subject either
            (tokenText(ctx, at - 1) === ',' &&
              /^\p{Lu}/u.test(tokenText(ctx, at - 2)) &&
              /^(?:of|in|from)$/i.test(tokenText(ctx, at - 3))));
        // "Ann Tull, whose hometown, Miami, is …, argues": a name set off inside a "whose" clause is its noun's
        const inWhose = name && tokenText(ctx, at - 1) === ',' && whoseBefore(ctx, at - 2, min);
        // "Security, stability and prosperity would be …, said Ann Roe": the first item of a list is no speaker
        const listed = x === ',' && continuesNounList(ctx, k, j);
        // "Kopp, meanwhile, may have fled, said Tull": the name is the subject of the clause before the cue
        if (ok && name && adverbAsideOpensClause(ctx, k, j)) break;
        if (ok && name && !object && !inWhose && !listed) {
          best = name;
          // stop at the subject that opens the sentence (or follows an opening phrase)
          const before = tokenText(ctx, tokenIndexAt(ctx.tokens, name.start) - 1);
          if (name.start === ctx.tokens[min]?.start || before === ',' || before === '') break;
        }
      }
      k--;
    }
    if (best) return best;
    // "Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, agreed"
    const own = nounPhraseEndingAt(ctx, j - 1, min);
    // "…, the chairman of the state-run Coffee Marketing Board, CMB, said": an acronym of the descriptor's own
    // last words names the organisation, so the descriptor stands for the speaker
    const acronymOf = own ? acronymDescriptor(ctx, own, min) : null;
    if (acronymOf) return acronymOf;
    if (
      own &&
      (/\p{Lu}\S*\s+\p{Lu}[\p{L}\p{M}'’-]*$/u.test(own.text) ||
        describedName(ctx, own) ||
        nameAfterDescriptor(ctx, own, min)) &&
      !objectOfAside(ctx, own)
    )
      return own;
    return subjectBeforeAside(ctx, j, min);
  }
  // "Negotiators here last week said", "The ministry on Monday said": a time phrase is no speaker, the
  // subject before it is
  // (not "Smith quit last autumn claiming …": there the phrase goes with the verb before it)
  const time = timePhraseStart(ctx, j, min);
  if (time === min) return null;
  if (time > min && !/^(?:VERB|AUX)$/.test(ctx.tokens[time - 1]?.pos ?? '')) {
    const m = mentionBefore(ctx, time, min);
    // "indicators released since the last meeting in December indicate", "campaigned for a ban for decades
    // saying": after a preposition the phrase is no subject
    const k = m ? tokenIndexAt(ctx.tokens, m.start) - 1 : -1;
    const temporal = /^(?:since|after|before|during|until|following)$/i.test(tokenText(ctx, k));
    const object = ctx.tokens[k]?.pos === 'ADP' && /ing$/i.test(tokenText(ctx, g));
    return temporal || object ? null : m;
  }
  // "A survey released on Friday said", "The report published in March said": a participle with its time phrase
  // after a common noun is that noun's; the noun phrase before it speaks
  if (time > min + 1 && participleOnNoun(ctx, time - 1, g)) return nounPhraseEndingAt(ctx, time - 2, min);
  const np = nounPhraseEndingAt(ctx, j, min);
  // "Some of the protesters Wikinews interviewed said", "the villagers we met said": a reduced relative clause
  // belongs to the speaker
  if (!np && ctx.tokens[j]?.pos === 'VERB' && j - 2 >= min) {
    // the agent: a pronoun, or a name with its article ("Wikinews", "the Courier")
    let a = j - 1;
    if (!/^(?:we|they|he|she|i)$/i.test(tokenText(ctx, a))) {
      while (a >= min && isNameLike(ctx, a)) a--;
      a = tokenNorm(ctx, a) === 'the' ? a : a + 1;
    }
    const head = a - 1;
    const noun = head >= min && ctx.tokens[head]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokenText(ctx, head));
    const group = noun && a < j ? nounPhraseEndingAt(ctx, head, min) : null;
    if (group) return spanOf(ctx, group.start, ctx.tokens[j]?.end ?? group.end);
  }
  // "A senior official at the ministry who declined to be named said": the noun phrase the relative clause follows
  if (!np) {
    const who = relativeSubject(ctx, j, min);
    if (who) return who;
  }
  // "They released a statement which said, …": a document's relative clause speaks for whoever issued it
  if (!np && /^(?:which|that)$/i.test(w) && j - 2 >= min && DOCUMENT_NOUNS.has(tokenNorm(ctx, j - 1))) {
    let v = j - 2;
    while (v > min && /^(?:DET|ADJ|NUM)$/.test(ctx.tokens[v]?.pos ?? '')) v--;
    if (
      ctx.tokens[v]?.pos === 'VERB' &&
      /^(?:released|issued|published|sent|posted|put)$/i.test(tokenText(ctx, v))
    )
      return mentionBefore(ctx, cueGroupStart(ctx, v, min), min);
  }
  // "ACT said it made the move", "Pierce said he would …": a capitalised word opening the sentence right before a
  // plain report verb, which the tagger calls a verb, is a one-word name when the text also writes it inside a
  // sentence ("Brock Pierce", "Applied Circuit Technology (ACT)"; not "Consider said that …", "Having said that")
  // (or after the report it closes: "The deal is expected to close in May, ACT said.")
  if (
    !np &&
    (j === min || (j - 1 >= min && tokenText(ctx, j - 1) === ',' && tokenText(ctx, g + 1) === '.')) &&
    ctx.tokens[j]?.pos === 'VERB' &&
    /^\p{Lu}[\p{L}'’-]+$/u.test(w) &&
    !/ing$/i.test(w) &&
    writtenInsideSentence(ctx.text, w) &&
    /^(?:says|said|told|tells|added|adds|claimed|claims|warned|warns|argued|argues|announced|noted|stated|reported)$/i.test(
      tokenText(ctx, g),
    )
  )
    return spanOf(ctx, ctx.tokens[j]?.start ?? 0, ctx.tokens[j]?.end ?? 0);
  // "One interviewee said A and several said B": a quantifier alone is the subject
  if (!np && BARE_QUANTIFIERS.has(w.toLowerCase())) {
    const before = j > min ? tokenNorm(ctx, j - 1) : '';
    // at a sentence's start only before a plain report verb: not "Most proposed changes involved …"
    const plain =
      /^(?:say|says|said|told|tells|add|adds|added|argue|argues|argued|agree|agrees|agreed|warn|warns|warned|acknowledged)$/i;
    if (/^(?:and|but|while|whereas|,|;)$/.test(before) || (j === min && plain.test(tokenText(ctx, g))))
      return spanOf(ctx, ctx.tokens[j]?.start ?? 0, ctx.tokens[j]?.end ?? 0);
  }
  // "Mr Hale was quoted in the Courier saying: …": the one quoted speaks, not the paper
  if (np && /ing$/i.test(tokenText(ctx, g))) {
    const at = tokenIndexAt(ctx.tokens, np.start);
    if (
      at - 2 >= min &&
      /^(?:in|by)$/i.test(tokenText(ctx, at - 1)) &&
      /^quoted$/i.test(tokenText(ctx, at - 2))
    )
      return mentionBefore(ctx, cueGroupStart(ctx, at - 2, min), min);
  }
  // "Some on Twitter said", "Many in the party say": a bare quantifier opening the clause, its place after it
  const quantified = np ? quantifierBefore(ctx, np, min) : null;
  if (quantified) return quantified;
  // "Howard Arch, economist at Global Data said": the name before the comma, not the firm he works at
  const setOff = np ? nameSetOffBefore(ctx, np, min) : null;
  if (setOff) return setOff;
  if (np && modifiesCueNoun(ctx, g)) return possessorOf(ctx, np, j);
  const located = np ? headBeforeLocative(ctx, np, min) : null;
  // "Ann Tull, of the Elm Institute in Harbury said": the places lead back to the organisation, and the name set
  // off before it speaks
  return (located && nameSetOffBefore(ctx, located, min)) ?? located ?? np;
}

/**
 * "Some on Twitter said", "Many in the party say", "…, but others in the camp said": the bare quantifier opening the
 * clause before "on"/"in"/"at"/"within"/"among" and `np`, with them; null when `np` follows no such quantifier.
 */
function quantifierBefore(ctx: QuoteContext, np: TextSpan, min: number): TextSpan | null {
  const p = tokenIndexAt(ctx.tokens, np.start) - 1;
  if (p - 1 < min || !/^(?:on|in|at|within|among)$/i.test(tokenText(ctx, p))) return null;
  if (!BARE_QUANTIFIERS.has(tokenText(ctx, p - 1).toLowerCase()) || /^another$/i.test(tokenText(ctx, p - 1)))
    return null;
  if (p - 1 > min && !/^(?:,|;|but|and|yet|while|though|although|that)$/i.test(tokenText(ctx, p - 2)))
    return null;
  const q = ctx.tokens[p - 1];
  return q ? spanOf(ctx, q.start, np.end) : null;
}

/**
 * "Howard Arch, economist at Global Data said", "Ann Tull, from the Harbour Workers union said": the name set off
 * by a comma before the role or organisation `np` ends in; null when `np` follows no such name.
 */
function nameSetOffBefore(ctx: QuoteContext, np: TextSpan, min: number): TextSpan | null {
  let p = tokenIndexAt(ctx.tokens, np.start) - 1;
  // the phrase already holds the firm ("economist at Global Data"): the comma is right before it
  if (/^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*\s+(?:at|of|for|with|from|in)\s/u.test(np.text)) {
    const at = np.text.search(/\s(?:at|of|for|with|from|in)\s/);
    p = tokenIndexAt(ctx.tokens, np.start + at + 1);
  }
  if (p - 2 >= min && /^(?:at|of|for|with|from)$/.test(tokenText(ctx, p))) {
    let r = p - 1;
    while (
      r > min &&
      r > p - 4 &&
      /^\p{Ll}/u.test(tokenText(ctx, r)) &&
      /^(?:NOUN|ADJ)$/.test(ctx.tokens[r]?.pos ?? '')
    )
      r--;
    // "Ann Tull, from the Harbour Workers union said": the name set off before "from"/"of" and its organisation
    const bare = r === p - 1 && /^(?:from|of)$/.test(tokenText(ctx, p));
    if ((r < p - 1 || bare) && tokenText(ctx, r) === ',') {
      const name = nounPhraseEndingAt(ctx, r - 1, min);
      if (name && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name.text)) return name;
    }
  }
  return null;
}

/**
 * "Bankers Trust in New York said", "The Elm Unit in 2003 said": the place or year after "in"/"at" only locates
 * the speaker; the name before it speaks. Null when `np` follows no such phrase or a description does.
 */
function headBeforeLocative(ctx: QuoteContext, np: TextSpan, min: number): TextSpan | null {
  // "Imus in the Morning writer Rob Bartlett said": a role before a name is a speaker of its own
  if (/(?:^|\s)(?!(?:the|a|an)\s)\p{Ll}[\p{L}-]*\s+\p{Lu}/u.test(np.text)) return null;
  let head: TextSpan | null = null;
  let p = tokenIndexAt(ctx.tokens, np.start) - 1;
  // "Simon Hall at Postbridge on Dartmoor in the West Country said": a chain of places
  while (p - 1 >= min && (head ? /^(?:in|at|on)$/ : /^(?:in|at)$/).test(tokenText(ctx, p))) {
    const before = nounPhraseEndingAt(ctx, p - 1, min);
    if (!before) break;
    head = before;
    p = tokenIndexAt(ctx.tokens, before.start) - 1;
  }
  if (!head) return null;
  // "a spokeswoman for the Elm Centre in Leeds": a description keeps its places, and one word ("Traders in Leeds",
  // "Siemens in Munich") may be either: the link stage's head-before-preposition decides those
  let first = p + 1;
  if (/^(?:the|a|an)$/i.test(tokenText(ctx, first))) first++;
  const described = /^\p{Ll}/u.test(tokenText(ctx, first)) || ctx.tokens[first]?.pos === 'NOUN';
  return described || !/\s/.test(head.text) ? null : head;
}

// "repeating a false claim that …", "his recent claim that …": words that stop before the cue noun they
// modify are no speaker (not "Six in 10 say", "in 2006 saying": verb forms the tagger calls nouns)
function modifiesCueNoun(ctx: QuoteContext, g: number): boolean {
  return (
    ctx.tokens[g]?.pos === 'NOUN' &&
    !/^(?:say|says|said|tell|tells|told)$|ing$/i.test(tokenText(ctx, g)) &&
    // (not "the latter yesterday confirming": a time word between the subject and its cue)
    !TIME_WORD.test(tokenText(ctx, g)) &&
    !TIME_NOUN.test(tokenNorm(ctx, g)) &&
    /^(?:ADJ|DET|NUM)$/.test(ctx.tokens[g - 1]?.pos ?? '')
  );
}

// "his recent claim that …" → "his"; "Lee's false claims that …" → "Lee"; "a recent claim that …" → none
function possessorOf(ctx: QuoteContext, np: TextSpan, j: number): TextSpan | null {
  const at = tokenIndexAt(ctx.tokens, np.start);
  if (/^(?:his|her|their|its|our|my)$/i.test(tokenText(ctx, at)))
    return spanOf(ctx, np.start, ctx.tokens[at]?.end ?? np.end);
  for (let k = at; k < j; k++) {
    const w = tokenText(ctx, k);
    // "Lee" "'s", or one token "Lee's" (the tagger joins them once it has met "Lee's," in an earlier text)
    const split = /^['’]s?$/.test(w) && k > at && ctx.tokens[k - 1]?.end === ctx.tokens[k]?.start;
    const joined = /^\p{Lu}.*['’]s$/u.test(w);
    if (!split && !joined) continue;
    const end = split ? (ctx.tokens[k - 1]?.end ?? np.end) : (ctx.tokens[k]?.end ?? np.end) - 2;
    // the possessor opens the phrase ("Lee's false"), not "an expansion of Lee's familiar"
    const owner = spanOf(ctx, np.start, end);
    return /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(owner.text) ? owner : null;
  }
  return null;
}

const FIRM_AFTER_AND = /^(?:Co|Company|Sons|Partners)$/;
// "the Institute of Volcanology", "the Centers for Disease Control": a body named by its field
const INSTITUTION =
  /\b(?:Institutes?|Cent(?:er|re)s?|Departments?|Ministry|Office|University|School|College|Council|Commission|Committee|Agency|Bureau|Board|Association|Society|Foundation|Federation|Academy|Authority|Service|Administration)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^,;]*$/u;

/**
 * The last token of the capitalised words after "and" (token `and`) when they finish the name or the roles
 * begun at `start`, or -1: "S and P", "Baring Brothers and Co", "Ernst and Young's analyst", "the Institute of
 * Volcanology and Seismology", "study co-author and Research Fellow Ann Moe" (not "Reuters and NBC", two names).
 */
function nameRunAfterAnd(ctx: QuoteContext, start: number, and: number, max: number): number {
  let r = and + 1;
  while ((ctx.tokens[r]?.end ?? max + 1) <= max && isNameLike(ctx, r) && r < and + 8) r++;
  const run = r - and - 1;
  const before = ctx.text.slice(start, ctx.tokens[and - 1]?.end ?? start);
  const last = r - 1;
  const letter = (w: string) => /^\p{Lu}$/u.test(w);
  if (letter(tokenText(ctx, and - 1)) && letter(tokenText(ctx, and + 1))) return and + 1;
  if (FIRM_AFTER_AND.test(tokenText(ctx, and + 1))) return last;
  const owner = /^['’]s$/.test(tokenText(ctx, r));
  if (owner && run <= 2 && /^(?:\p{Lu}\S*\s+)*\p{Lu}\S*$/u.test(before)) return last;
  if (INSTITUTION.test(before) && run <= 3 && !owner) return last;
  // (the roles end the phrase: not "co-author and Fellow Ann How", whose last word the tagger took for no name)
  if (!/\p{Lu}/u.test(before) && run >= 2 && !/^[\p{L}\p{N}]/u.test(tokenText(ctx, r))) return last;
  return -1;
}

/** The speaker mention right after an inverted cue ("…,” said Mr Smith, a doctor.), up to `max`; with `plural`,
 * through a plural's possessive ("said the ministers' spokesman"). */
export function mentionAfter(ctx: QuoteContext, i: number, max: number, plural = true): TextSpan | null {
  const first = ctx.tokens[i];
  if (!first || first.start >= max) return null;
  const w0 = tokenText(ctx, i);
  if (SUBJECT_PRONOUNS.has(w0.toLowerCase()) && first.pos === 'PRON')
    return spanOf(ctx, first.start, first.end);
  let end = -1;
  let head = false;
  for (let k = i; k < ctx.tokens.length && k < i + 12; k++) {
    const t = ctx.tokens[k];
    if (!t || t.start >= max) break;
    // "…,” said Łukasz Brzeziński.": the pieces of a split word are one word
    const [, we] = wordTokens(ctx, k);
    if (we > k) {
      const last = ctx.tokens[we];
      if (!last || last.end > max || !(isNameLike(ctx, k) || NP_POS.has(wordAt(ctx, k).pos))) break;
      end = last.end;
      head = true;
      k = we;
      continue;
    }
    const w = tokenText(ctx, k);
    const lw = w.toLowerCase();
    // "…,” said one of the advisers.": a quantifier and its "of" open the phrase
    if (k === i && QUANTIFIERS.has(lw) && tokenNorm(ctx, k + 1) === 'of') {
      end = ctx.tokens[k + 1]?.end ?? t.end;
      k++;
      continue;
    }
    // "…, said lead manager Orr Brothers.": a role word the tagger calls a verb opens the phrase before its noun
    if (k === i && /^(?:lead|co-lead)$/i.test(w) && ctx.tokens[k + 1]?.pos === 'NOUN') {
      end = t.end;
      continue;
    }
    // "an analyst at the bank": a determiner opening the phrase, or right after a preposition of it
    if (
      DETERMINERS.has(lw) &&
      (k === i ||
        (k > i && end === ctx.tokens[k - 1]?.end && /^(?:for|of|at|with|to)$/i.test(tokenText(ctx, k - 1))))
    ) {
      end = t.end;
      continue;
    }
    if (isNameLike(ctx, k) || (!isCapitalized(w) && NP_POS.has(t.pos))) {
      end = t.end;
      head = true;
      continue;
    }
    if ((lw === "'s" || lw === '’s') && end >= 0) {
      end = t.end;
      continue;
    }
    const next = ctx.tokens[k + 1];
    // "told the ministers' spokesman …": a plural's possessive apostrophe before the noun it owns
    // (with `plural` false the caller reads the possessor as the source: "according to analysts' forecasts")
    if (plural && pluralPossessive(ctx, k, first.start) && end === t.start) {
      end = t.end;
      continue;
    }
    if (
      (w === '-' || w === '.' || w === '&' || slashJoinsNames(ctx, k)) &&
      end === t.start &&
      next &&
      next.start === t.end
    ) {
      // "UK-based", "InStat/MDR": the joined word belongs to the phrase whatever its tag
      end = next.end;
      k++;
      continue;
    }
    // '“…,” de Vries said.': a surname's own particle opening the phrase, written lower case mid-sentence
    if (k === i && NAME_PARTICLES.has(w) && next && next.start === t.end + 1 && isNameLike(ctx, k + 1)) {
      end = t.end;
      continue;
    }
    // '“…,” de la Cruz said.', '“…,” van der Berg said.': two particles opening the phrase
    const after = ctx.tokens[k + 2];
    if (
      k === i &&
      NAME_PARTICLES.has(w) &&
      next &&
      next.start === t.end + 1 &&
      SECOND_PARTICLES.has(tokenText(ctx, k + 1)) &&
      after &&
      after.start === next.end + 1 &&
      isNameLike(ctx, k + 2)
    ) {
      end = next.end;
      k++;
      continue;
    }
    if (NAME_JOINS.has(lw) && head && next && isNameLike(ctx, k + 1)) {
      end = t.end;
      continue;
    }
    // "said Ana de la Cruz", "said Jan van der Berg": two particles inside the name
    if (
      NAME_PARTICLES.has(w) &&
      head &&
      next &&
      next.start === t.end + 1 &&
      SECOND_PARTICLES.has(tokenText(ctx, k + 1)) &&
      ctx.tokens[k + 2]?.start === next.end + 1 &&
      isNameLike(ctx, k + 2)
    ) {
      end = next.end;
      k++;
      continue;
    }
    // "and" inside one name or between one person's roles
    if (lw === 'and' && head && next && isNameLike(ctx, k + 1)) {
      const after = nameRunAfterAnd(ctx, first.start, k, max);
      if (after > k) {
        end = ctx.tokens[after]?.end ?? end;
        k = after;
        continue;
      }
    }
    // "Afghan Ambassador to the United States Hamdullah Mohib", "the envoy to Norway": a role's own "to"
    if (
      lw === 'to' &&
      head &&
      ROLE_TO.test(tokenText(ctx, k - 1)) &&
      next &&
      (isNameLike(ctx, k + 1) || /^the$/i.test(tokenText(ctx, k + 1)))
    ) {
      end = t.end;
      continue;
    }
    // "a lunch for political journalists", "…," said an analyst at Pellow Securities: a noun's own
    // prepositional phrase
    if (
      /^(?:for|of|at|with)$/.test(lw) &&
      head &&
      ctx.tokens[k - 1]?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(tokenText(ctx, k - 1)) &&
      next &&
      (/^(?:ADJ|NOUN|DET)$/.test(next.pos) ||
        (lw !== 'of' && isNameLike(ctx, k + 1)) ||
        // ("a director at one Lorne merchant bank")
        tokenNorm(ctx, k + 1) === 'one')
    ) {
      end = t.end;
      continue;
    }
    break;
  }
  if (end < 0 || !head) return null;
  // "…, said last week": a time phrase is no speaker; "said an official at the weekend": nor part of one
  const time = timePhraseStart(ctx, tokenIndexAt(ctx.tokens, end) - 1, i);
  if (time === i) return null;
  // (not "USA Today", a name)
  if (time > i && /^\p{Ll}/u.test(tokenText(ctx, time))) end = ctx.tokens[time - 1]?.end ?? end;
  // never end on a join word
  const span = spanOf(ctx, first.start, end);
  const trail =
    /(?:\s+(?:at|with|of|for|&|de|van|von|der|den|la|le|al|bin|du|del|di)(?:\s+(?:the|a|an))?|\s+(?:the|a|an))$/i.exec(
      span.text,
    );
  return trail ? spanOf(ctx, first.start, end - trail[0].length) : span;
}

/** True when token `k` is the apostrophe of a plural's possessive ("the ministers' spokesman"), not a closing
 * single quote (no opening one since `from`). */
function pluralPossessive(ctx: QuoteContext, k: number, from: number): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!t || !next || !/^['’]$/.test(tokenText(ctx, k)) || next.start === t.end) return false;
  if (!/\p{L}s$/u.test(tokenText(ctx, k - 1)) || !/^\p{L}/u.test(tokenText(ctx, k + 1))) return false;
  return !/(?:^|[\s(])['‘]\p{L}/u.test(ctx.text.slice(from, t.start));
}

/**
 * Subject of the nearest finite verb before token `before` in the sentence ("India has rejected aid, saying …");
 * with `participle` (the default), for a participle hanging on that clause, a verb's object is passed over.
 */
export function nearestClauseSubject(
  ctx: QuoteContext,
  first: number,
  before: number,
  participle = true,
): TextSpan | null {
  for (let v = before - 1; v > first; v--) {
    const t = ctx.tokens[v];
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/i.test(tokenText(ctx, v))) continue;
    if (isInsideQuoted(ctx, t.start)) continue;
    // "urged Ann Tull to drop the case, saying …": an infinitive has no subject of its own
    if (/^to$/i.test(tokenText(ctx, v - 1))) continue;
    const m = mentionBefore(ctx, cueGroupStart(ctx, v, first), first);
    if (!m) continue;
    // the subject of a clause embedded under "that" or a report verb is not the participle's subject
    const before = tokenIndexAt(ctx.tokens, m.start) - 1;
    const bw = tokenNorm(ctx, before);
    // "… described how the attack unfolded, stating, …": not the subject of an embedded question either, nor of
    // an adverbial clause ("… so investors were not scared away, saying …")
    if (
      /^(?:that|if|whether|which|who|how|what|why|when|where|because|unless|until)$/.test(bw) ||
      // ("so" inside the sentence, not "So they had …" opening it)
      tokenText(ctx, before) === 'so' ||
      isCueToken(ctx, before, 'direct')
    )
      continue;
    // "plans to cut immigration were fair, arguing …", "a drive to help women who want to work, saying …", "felt
    // the League did better, agreeing …": a verb's object is no subject of the clause the participle hangs on
    if (participle && ctx.tokens[before]?.pos === 'VERB' && /^\p{Ll}/u.test(bw) && !/ing$/.test(bw)) continue;
    // "He said the issue of "B" shares could create …, noting …": a subject inside a report verb's clause
    if (insideReportedClause(ctx, first, before)) continue;
    return m;
  }
  return null;
}

/**
 * "The senator emailed supporters saying …", "His office put out a statement saying …": when the noun phrase
 * before a participle cue is the object of a verb (or of "to"/"at" after one), the subject of that verb speaks;
 * null otherwise (not "with MPs adding", whose phrase is the participle's own subject).
 */
export function subjectPastObject(
  ctx: QuoteContext,
  mention: TextSpan,
  cue: number,
  first: number,
): TextSpan | null {
  if (!/ing$/i.test(tokenText(ctx, cue))) return null;
  const m = tokenIndexAt(ctx.tokens, mention.start);
  const before = ctx.tokens[m - 1];
  if (!before || m - 1 <= first) return null;
  const bw = tokenNorm(ctx, m - 1);
  const object =
    (before.pos === 'VERB' && /^\p{Ll}/u.test(bw) && !/ing$/.test(bw)) ||
    /^(?:down|up|out|off|over|back|to|at)$/.test(bw);
  if (!object || SUBJECT_PRONOUNS.has(mention.text.toLowerCase())) return null;
  const subject = nearestClauseSubject(ctx, first, m);
  return subject && subject.end <= mention.start ? subject : null;
}

/** True when a report verb governs token `k`: walking back from it, a cue comes before any comma or verb. */
export function insideReportedClause(ctx: QuoteContext, first: number, k: number): boolean {
  for (let i = k; i > first && i > k - 12; i--) {
    const w = tokenText(ctx, i);
    if (/^[,;:.]$/.test(w) || QUOTE_MARK.test(w)) return false;
    if (isCueToken(ctx, i, 'speech') && !chargedWithOffence(ctx, i)) return true;
    // ("said there was no call or meeting planned, adding: …": an existential verb after "there" has no subject, so
    // the noun after it is still inside the clause)
    if (/^(?:VERB|AUX)$/.test(ctx.tokens[i]?.pos ?? '') && tokenNorm(ctx, i - 1) !== 'there') return false;
  }
  return false;
}

/** True when `word` occurs in `text` as a whole word after a word or comma, not only opening sentences. */
function writtenInsideSentence(text: string, word: string): boolean {
  const escaped = escapeRegExp(word);
  // (or opens a longer name: "Advanced Tobacco Products Inc" for "Advanced")
  return (
    new RegExp(`(?:[\\p{L}\\p{N},]\\s+|\\()${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text) ||
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped} \\p{Lu}\\p{L}+ \\p{Lu}`, 'u').test(text)
  );
}
