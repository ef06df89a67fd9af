import { addDays, formatMonth, isoWeekMonday } from '../dates/calendar.js';
import type { Document } from '../normalize/normalize-article.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';

/** What a `when` rule sees for one quote. */
export interface WhenContext {
  doc: Document;
  quote: Quote;
  /** Time expressions outside every quote's content, in text order. */
  timexes: TimeExpression[];
  /** Quotes already dated (earlier in text order), for statements referred back to. */
  dated: Quote[];
  /** Every quote before this one in text order, as dated so far (an empty list when none). */
  before?: Quote[];
  /** Every time expression, inside reported words too (the lead's "marched on Saturday", as estimated by X). */
  allTimexes?: TimeExpression[];
}

export interface WhenFound {
  when: string;
  timex: TimeExpression;
}

/** The same source: one entity, or one name ("a spokesman" said again may be another spokesman), or, for `b`
 * after `a`, a group named again by its head noun. */
export function isSameSource(a: Quote, b: Quote): boolean {
  if (a.speakerEntity !== null && a.speakerEntity === b.speakerEntity) return true;
  if (a.speaker === null || INDEFINITE.test(a.speaker)) return false;
  return a.speaker === b.speaker || isSameGroup(a.speaker, b.speaker);
}

// what a statement may be written in: the mention's document word ("the WHO's situation report dated" → report)
const DOCUMENT_WORD =
  /\b(report|statement|study|survey|website|letter|book|memo|bulletin|release|blog|interview|article|column)s?\b/i;
const documentOf = (q: Quote) => DOCUMENT_WORD.exec(q.mention?.text ?? '')?.[1]?.toLowerCase() ?? null;

/** Two quotes of one source told in two documents ("the WHO's situation report" and "The WHO's website"). */
export function inOtherDocuments(a: Quote, b: Quote): boolean {
  const x = documentOf(a);
  const y = documentOf(b);
  return x !== null && y !== null && x !== y;
}

/** True for a group named again by its head noun: "Republican sources said Monday … the sources said". */
export function isSameGroup(earlier: string | null, later: string | null): boolean {
  const head = /^the\s+([a-z]+s)$/i.exec(later?.trim() ?? '')?.[1]?.toLowerCase();
  if (!head || !earlier || /^the\s/i.test(earlier.trim())) return false;
  return new RegExp(`\\b${head}$`, 'i').test(earlier.trim());
}

/** A report told in a relative clause ("Roe, who told growers on Monday they must cut output, said …"):
 * background to the sentence's own statement, no day for the speaker's later quotes. */
export function isReportInRelativeClause(text: string, q: Quote): boolean {
  return (
    q.cue !== null &&
    /\b(?:who|which)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, q.cue.start - 20), q.cue.start))
  );
}

const COMPANY_SUFFIX = /^(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|LLC|Group)\.?$/;

/** The speaker's last word when it is a capitalised name ("Ann Roe" → "Roe"; not "the ministry"), else null;
 * a company's first word ("Moody's Investors Service Inc" → "Moody's"). */
export function namedSurname(quote: Quote): string | null {
  // asked by several rules of every quote: read once per speaker
  const speaker = quote.speaker ?? '';
  let surname = SURNAMES.get(speaker);
  if (surname === undefined) {
    if (SURNAMES.size >= 5_000) SURNAMES.clear();
    surname = namedSurnameOf(quote.speaker);
    SURNAMES.set(speaker, surname);
  }
  return surname;
}
const SURNAMES = new Map<string, string | null>();

function namedSurnameOf(speaker: string | null | undefined): string | null {
  const words = speaker?.trim().split(/\s+/) ?? [];
  // "Moody's Investors Service Inc": a company is named in the text by its first word, not its suffix
  const surname = COMPANY_SUFFIX.test(words.at(-1) ?? '') && words.length > 1 ? words[0] : words.at(-1);
  return surname && /^\p{Lu}[\p{L}\p{M}'-]+$/u.test(surname) ? surname : null;
}

/** Verbs that narrate a statement ("Roe criticised the plan"), not an event after which one may come days later
 * ("was arrested", "arrived"); each rule adds its own. */
// Verbs that tell a statement as an attack on someone: "blasted Clinton", "took aim at the plan".
const ATTACK_VERBS: readonly string[] = [
  'blasted',
  'slammed',
  'attacked',
  'lashed out',
  'assailed',
  'took issue',
  'took aim',
  'railed',
  'lambasted',
  'berated',
  'chided',
  'mocked',
  'ridiculed',
  'derided',
  'denounced',
  'decried',
];

export const SPEECH_ACT_VERBS: readonly string[] = [
  'questioned',
  'criticized',
  'criticised',
  'condemned',
  'praised',
  'urged',
  'warned',
  'announced',
  'argued',
  'spoke',
  'addressed',
  'responded',
  'rejected',
  'denied',
  'defended',
  'pledged',
  'vowed',
  'promised',
  'welcomed',
  'dismissed',
  'accused',
  'appealed',
  'testified',
  'commented',
  'remarked',
  'insisted',
  'explained',
  'repeated',
  'reiterated',
  'complained',
  'conceded',
  'admitted',
  'apologized',
  'apologised',
  // "Roe talked politics Monday on a morning show.", "Vell on Friday played down the idea that …" (not
  // "downplayed": "Roe downplayed the storm in May" tells an action)
  'talked',
  'knocked',
  'played down',
];

/** A verb narrating a statement, an attack or a speech act: "blasted the plan", "criticised the plan". */
export const NARRATED_SPEECH_ACT = speechActPattern([...ATTACK_VERBS, ...SPEECH_ACT_VERBS]);

/** The plain verbs of report ("said", "told"), which SPEECH_ACT_VERBS leaves to the rules that want them. */
export const REPORT_VERBS: readonly string[] = ['said', 'told', 'called', 'described', 'stated', 'wrote'];

/** Participles of report that open a clause after a comma: "…, saying …", "…, adding that …". */
export const REPORT_PARTICIPLES: readonly string[] = [
  'saying',
  'adding',
  'arguing',
  'insisting',
  'warning',
  'noting',
  'claiming',
  'stressing',
  'explaining',
];

/** A whole-word, case-insensitive regex over the verbs given. */
export function speechActPattern(verbs: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${verbs.join('|')})\\b`, 'i');
}

/** How far before publication a story's day may lie: a news story tells the last week. */
export const STORY_WINDOW_DAYS = 7;

/** "an official", "one analyst", "some economists": a source that, named again, may be another. */
export const INDEFINITE = /^(?:an?|one|another|some)\s/i;

/** A named rule that dates a quote, or returns null when it does not apply. */
export interface WhenRule {
  name: string;
  find(ctx: WhenContext): WhenFound | null;
  /**
   * What the rule cannot date a quote without, read once per quote by linkDates, which then does not ask the rule
   * (most quotes have neither): `earlier-date`, a quote before this one already dated (the rule takes that
   * quote's date); `lead-day`, the lead's one day among the visible time expressions (leadDay of `timexes`);
   * `lead-day-all`, the same among all of them (leadDay of `allTimexes`); `time-near`, a visible time expression
   * (of `timexes`) near the quote (timeNear: its own lines, the next non-blank line either side, 500 characters
   * beyond). Only what the rule's own first checks already return null without.
   */
  needs?: 'earlier-date' | 'lead-day' | 'lead-day-all' | 'time-near';
}

/**
 * A statement date from a timex value: YYYY-MM-DD, YYYY-MM or YYYY; a week (or its weekend) as the month it lies
 * in; null for weeks across two months, decades, refs, durations.
 */
/** The only time expression with a value from `from` up to `before` (timexes in text order), when it is not still
 * to come against `published` ("… will vote on Friday."); null when there is none or more than one. */
export function onlyPastDayBetween(
  timexes: readonly TimeExpression[],
  from: number,
  before: number,
  published: string,
): { when: string; timex: TimeExpression } | null {
  let day: TimeExpression | null = null;
  for (let i = firstStartingAt(timexes, before) - 1; i >= 0; i--) {
    const t = timexes[i];
    if (!t || t.start < from) break;
    if (toWhen(t) === null) continue;
    if (day) return null;
    day = t;
  }
  const when = day ? toWhen(day) : null;
  if (!day || !when || when > published.slice(0, when.length)) return null;
  return { when, timex: day };
}

export function toWhen(t: TimeExpression): string | null {
  // asked of every time expression for every quote by several rules: read once per expression
  const known = WHEN_OF.get(t);
  if (known !== undefined) return known;
  let when: string | null = null;
  if (t.type === 'DATE' || t.type === 'TIME') {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$|-(?:Q\d|SU|SP|FA|WI|H\d)$)/.exec(t.value);
    if (m) when = [m[1], m[2], m[3]].filter(Boolean).join('-');
    else when = weekAsMonth(t.value);
  }
  WHEN_OF.set(t, when);
  return when;
}
const WHEN_OF = new WeakMap<TimeExpression, string | null>();

// "told Fox News this week" (2016-W38): the week's month; nothing when the week crosses a month's end.
function weekAsMonth(value: string): string | null {
  const m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (!m) return null;
  const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
  const first = m[3] ? addDays(monday, 5) : monday;
  const last = addDays(monday, 6);
  return first.y === last.y && first.m === last.m ? formatMonth(first.y, first.m) : null;
}

// A relative clause the time sits in: "…, who shot down the plane on April 6, 1994", "… that closed in 2009" (not
// "when", which sets a time frame: "When the dam burst in 1998, …").
const IN_RELATIVE_CLAUSE = /\b(?:who|whom|whose|which|that|where)\b/i;

/** True for a time that lies wholly before the story's week (`earliest`, YYYY-MM-DD) and only describes something:
 * inside a relative clause ("… who shot down the plane on April 6, 1994.") or a noun it qualifies ("the
 * late-November trip", "the 1996 campaign") — background, which moves no story (not "On April 6, 1994, …" or
 * "The council on Aug. 6 ordered …"). */
export function isBackgroundTime(text: string, t: TimeExpression, earliest: string): boolean {
  const w = toWhen(t);
  if (w === null || !(w < earliest.slice(0, w.length))) return false;
  const before = text.slice(sentenceStartAt(text, t.start), t.start);
  if (IN_RELATIVE_CLAUSE.test(before)) return true;
  // "the 1996 campaign", "her late-November trip": a time before its noun, not after a preposition
  const determiner =
    /^(?:the|a|an)\s/i.test(t.text) || /\b(?:the|a|an|his|her|its|their|our)\s+$/i.test(before);
  return determiner && /^[ \t]+\p{Ll}/u.test(text.slice(t.end, t.end + 3));
}

// A week named as still to come: "later this week", "the coming week", or in a clause of what will be ("to be
// unveiled at the assembly this week", "will meet this week").
const WEEK_TO_COME = /^(?:later|next|coming|the coming|the rest of)\b/i;
const FUTURE_CLAUSE =
  /\b(?:will|would|shall|to be|is to|are to|(?:is|are|was|were)\s+(?:set|due|expected|scheduled)\s+to|plans? to|planning to)\b[^,;.!?]*$/i;

/** True for a week the text names as still to come ("He also announced a plan to be unveiled at the assembly later
 * this week."): it tells what will happen, so it moves no story off its day. */
export function isWeekToCome(text: string, t: TimeExpression): boolean {
  if (WEEK_TO_COME.test(t.text)) return true;
  return FUTURE_CLAUSE.test(text.slice(sentenceStartAt(text, t.start), t.start));
}

/** True for a bare year that qualifies the noun after it behind a determiner ("over its 2018 Ballot Access Act",
 * "in the 2016 campaign"): it names a thing, no time of the sentence's events. */
export function isAttributiveYear(text: string, t: TimeExpression): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  const before = text.slice(Math.max(0, t.start - 8), t.start);
  return (
    /\b(?:the|a|an|his|her|its|their|our|this|that)\s+$/i.test(before) &&
    /^[ \t]+\p{L}/u.test(text.slice(t.end, t.end + 3))
  );
}

/** True for an indirect quote whose cue is set off by commas inside the reported clause ("At the end of 1986, he
 * said, the value … exceeded …"): what stands before the cue belongs to the clause, a date there included. */
export function isParentheticalCue(text: string, quote: Quote): boolean {
  const cue = quote.cue;
  return (
    quote.type === 'indirect' &&
    cue !== null &&
    quote.start >= cue.end &&
    /^\s*,\s*$/.test(text.slice(cue.end, quote.start))
  );
}

/** True when text (a gap between two spans) stays inside one clause: no sentence end, no quote mark, no new clause. */
export function isSameClause(gap: string, maxLength: number): boolean {
  if (gap.length > maxLength) return false;
  if (/[.!?;:"\u201C\u201D]/.test(withoutAbbreviations(gap))) return false;
  if (/\b(?:who|which|whom|whose|because|although|while|after|before|when|where|if|that)\b/i.test(gap))
    return false;
  return true;
}

// "U.S.", "Gov.", "Capt.": periods that end no sentence.
const ABBREVIATION =
  /\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Maj|Adm|Cmdr|Prof|Rev|St|Jr|Sr)\./g;

/** The text with the periods of abbreviations blanked ("U.S. officials" → "U S  officials"), lengths kept. */
export function withoutAbbreviations(text: string): string {
  // (every abbreviation has a period; a rule may ask again for the whole text, once per quote, between
  // other rules' questions about short stretches of it: the last long answer is kept)
  if (!text.includes('.')) return text;
  const long = text.length >= 1024;
  if (long && text === lastPlain.text) return lastPlain.plain;
  const plain = blankAbbreviations(text);
  if (long) lastPlain = { text, plain };
  return plain;
}
let lastPlain = { text: '', plain: '' };

const ABBREVIATION_AT = new RegExp(ABBREVIATION.source, 'y');

/**
 * `text.replace(ABBREVIATION, (m) => m.replace(/\./g, ' '))`, the pattern tried only where a match may start: an
 * ASCII capital opening a word, a period among the four characters after it (tried at every offset, it cost more
 * than the rules that asked).
 */
function blankAbbreviations(text: string): string {
  const blanks: number[] = [];
  // offsets below `next` are tried already or inside a match
  let next = 0;
  for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', stop + 1)) {
    for (let at = Math.max(next, stop - 4); at < stop; at++) {
      const c = text.charCodeAt(at);
      if (c < 65 || c > 90 || (at > 0 && isAsciiWordChar(text.charCodeAt(at - 1)))) continue;
      ABBREVIATION_AT.lastIndex = at;
      const m = ABBREVIATION_AT.exec(text);
      if (!m) continue;
      for (let i = at; i < at + m[0].length; i++) if (text.charCodeAt(i) === 46) blanks.push(i);
      next = at + m[0].length;
      at = next - 1;
    }
    next = Math.max(next, stop);
  }
  if (!blanks.length) return text;
  let out = '';
  let from = 0;
  for (const i of blanks) {
    out += `${text.slice(from, i)} `;
    from = i + 1;
  }
  return out + text.slice(from);
}
const isAsciiWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** True for a day word that is part of a name ("according to USA Today", "the BBC's Today programme", "the Great
 * Orchestra of Christmas Charity"). */
export function isInName(text: string, t: TimeExpression): boolean {
  // a holiday between capitalised words of a name: "the Great Orchestra of Christmas Charity", "the Christmas Island
  // authorities" (not "On Christmas Pope Ulric said")
  if (t.rule === 'dates/holiday') {
    const nameAfter = /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 3));
    const nameBefore =
      /(?:\b(?!(?:On|In|At|By|Since|Until|Before|After|During|From|Over|For|This|Last|Next)\b)\p{Lu}\p{L}+[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?|\bthe[ \t]+)$/u;
    return nameAfter && nameBefore.test(text.slice(Math.max(0, t.start - 40), t.start));
  }
  // (a programme's title in quote marks too: "on ABC's “This Week,” Roe admitted …")
  if (!/^(?:Today|Tonight|Yesterday|Tomorrow|This (?:Week|Morning)\b)/.test(t.text)) return false;
  return /(?:(?<![\p{L}\p{M}\p{N}_])\p{Lu}[\p{L}\p{M}\p{N}_&-]*|'s)[ \t]+(?:"|'')?$/u.test(
    text.slice(Math.max(0, t.start - 30), t.start),
  );
}

/** The article's opening sentence (after a headline line without a sentence end), as [start, end), or null. */
// A day or number a short first line may tell, which makes it the lead: "A blast hit Lorne tonight."
const HEADLINE_DAY =
  /\b(?:today|tonight|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:said|says|told)\b/i;

const AUXILIARY = /\b(?:is|are|was|were|has|have|had|been|will|would)\b/i;

export function leadSentence(text: string): [number, number] | null {
  // asked once per undated quote: the last article's answer is kept
  if (lastLead.text === text) return lastLead.span;
  // "Obama Says Museum Will Tell of 'Suffering.'\n\n…": a title-cased headline line, even with a period, is not
  // the lead
  const headline = /^\s*([^\n]+)\n\s*\n/.exec(text);
  // (words of four letters or more: "of", "and", "to" stay small in a title)
  const words = headline?.[1]?.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  let skip = headline && words.length >= 3 && capitalised / words.length >= 0.85 ? headline[0].length : 0;
  // "Senator steps off campaign trail.\n\nRoe praises mayor after meeting.\n\nWith five days left, Roe …": up to two
  // short one-line paragraphs naming no day, before a paragraph of their own, are a headline and its deck
  // (only before a lead of 20 words or more: "The bridge has been closed since March." may be a short lead itself)
  let deck = 0;
  for (let n = 0; n < 2 && skip === 0; n++) {
    const line = /^\s*([^\n]+)\n\s*\n(?=\s*\S)/.exec(text.slice(deck));
    // (a headline's telegraphic words: "Senator steps off trail", not "The bridge has been closed since March.")
    if (
      !line?.[1] ||
      line[1].split(/\s+/).length > 14 ||
      HEADLINE_DAY.test(line[1]) ||
      AUXILIARY.test(line[1])
    )
      break;
    deck += line[0].length;
    const next = /^\s*([^\n]+)\n\s*\n/.exec(text.slice(deck))?.[1] ?? '';
    if (next.split(/\s+/).length >= 20) {
      skip = deck;
      break;
    }
  }
  // (the periods of "U.S." or "Gov." end no sentence: "U.S. Surgeon General Ann Roe on Wednesday led …")
  const lead = /^\s*(?:[^\n.!?]*\n+)?[^\n.!?]*[.!?]/.exec(withoutAbbreviations(text.slice(skip)));
  const end = lead ? skip + lead.index + lead[0].length : 0;
  const span: [number, number] | null = lead ? [text.lastIndexOf('\n', end - 1) + 1, end] : null;
  lastLead = { text, span };
  return span;
}
let lastLead: { text: string; span: [number, number] | null } = { text: '', span: null };

/** The lead sentence and its one full day, given once ("… joined the alliance at a ceremony on Friday."), with
 * `dated` the time expressions to look in (in text order); null when the lead has none, or more than one. */
export function leadDay(text: string, dated: readonly TimeExpression[]): LeadDay | null {
  // asked by several rules of every undated quote, of the same lists: the last two answers are kept
  for (const k of lastLeadDays)
    if (k.text === text && k.dated === dated && k.length === dated.length) return k.day;
  const day = leadDayOf(text, dated);
  lastLeadDays = [{ text, dated, length: dated.length, day }, ...lastLeadDays.slice(0, 1)];
  return day;
}
type LeadDay = { from: number; end: number; sentence: string; timex: TimeExpression; when: string };
let lastLeadDays: {
  text: string;
  dated: readonly TimeExpression[];
  length: number;
  day: LeadDay | null;
}[] = [];

function leadDayOf(text: string, dated: readonly TimeExpression[]): LeadDay | null {
  const lead = leadSentence(text);
  if (!lead) return null;
  const [from, end] = lead;
  // `dated` is in text order: the lead's expressions come first (a filter over all was quadratic in long articles)
  const inLead: TimeExpression[] = [];
  for (const t of dated) {
    if (t.start >= end) break;
    // (not a clock time, which names no day, nor a year naming a thing: "shortly before midnight Wednesday
    // night", "ended his bid in the 2020 presidential race on Wednesday")
    if (t.rule === 'dates/time-of-day' || isAttributiveYear(text, t)) continue;
    if (t.start >= from && t.end <= end && toWhen(t) !== null) inLead.push(t);
  }
  const timex = inLead[0];
  const when = timex ? toWhen(timex) : null;
  if (!timex || !when || inLead.length !== 1 || when.length !== 10) return null;
  return { from, end, sentence: text.slice(from, end), timex, when };
}

/** Starts of the sentences from `reach` characters before `anchor` up to the one `anchor` is in, nearest first
 * (the first is the anchor's own sentence). */
export function sentenceStartsBefore(text: string, anchor: number, reach: number): number[] {
  const from = Math.max(0, anchor - reach);
  const starts: number[] = from === 0 ? [0] : [];
  const ends = sentenceEndsOf(text);
  // the first end at or after `from`; one begun before it and running past it is read again from `from` (a scan
  // from there may find a shorter one: `.\n\nThe` scanned from its first line break)
  let k = firstAtOrAfter(ends.at, from);
  if (k > 0 && (ends.end[k - 1] as number) > from) {
    SENTENCE_END.lastIndex = from;
    let m = SENTENCE_END.exec(text);
    for (; m && m.index < anchor && m.index < (ends.at[k] ?? text.length); m = SENTENCE_END.exec(text))
      starts.push(m.index + m[0].length);
    // (back in step with the whole-text scan once a match of its own starts where the scan stopped)
    if (!m || m.index >= anchor) return starts.reverse();
    k = firstAtOrAfter(ends.at, m.index);
    if (ends.at[k] !== m.index) {
      for (; m && m.index < anchor; m = SENTENCE_END.exec(text)) starts.push(m.index + m[0].length);
      return starts.reverse();
    }
  }
  for (let j = k; j < ends.count && (ends.at[j] as number) < anchor; j++) starts.push(ends.end[j] as number);
  return starts.reverse();
}

// A sentence's end: a full stop, question or exclamation mark (perhaps a closing quote) before a capital, or line
// breaks.
const SENTENCE_END = /[.!?]["'\u201D\u2019]?\s+(?=["\u201C]?\p{Lu})|\n+/gu;

/** Where SENTENCE_END matches and where each match ends, read over the whole text from its start. */
interface SentenceEnds {
  at: Int32Array;
  end: Int32Array;
  count: number;
}

// The ends of the last two texts asked (the folded text and the folded one without abbreviations): the rules that
// read back over sentences from each quote, up to 1,500 characters, scanned them again for every quote.
let endsCache: Array<{ text: string; ends: SentenceEnds }> = [];

function sentenceEndsOf(text: string): SentenceEnds {
  for (const c of endsCache) if (c.text === text) return c.ends;
  const at: number[] = [];
  const end: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    at.push(m.index);
    end.push(m.index + m[0].length);
  }
  const ends = { at: Int32Array.from(at), end: Int32Array.from(end), count: at.length };
  endsCache = [{ text, ends }, ...endsCache.slice(0, 1)];
  return ends;
}

/** Index of the first of `sorted` at or after `x` (its length when none). */
function firstAtOrAfter(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some time expression of `timexes` (in text order) lies within [from, to): a rule that dates a quote
 * only by a time there asks this first, before it reads the words around (most quotes have none there). */
export function hasTimeWithin(timexes: readonly TimeExpression[], from: number, to: number): boolean {
  for (let i = firstStartingAt(timexes, from); i < timexes.length; i++) {
    const t = timexes[i] as TimeExpression;
    if (t.start >= to) return false;
    if (t.end <= to) return true;
  }
  return false;
}

/** True when a quote's words end its sentence: `… the international community."` followed by a new sentence (its
 * content closes with ".", "!", "?" or "[.]" inside the marks, and nothing but the closing mark follows before a
 * capital or a line break). */
export function quoteEndsSentence(text: string, quote: { start: number; end: number }): boolean {
  if (!/[.!?][\])]?\s*$/.test(text.slice(Math.max(quote.start, quote.end - 4), quote.end))) return false;
  return /^["'\u201D\u2019\u00BB]*(?:\s*\n|\s+["'\u201C\u2018(]?\p{Lu})/u.test(
    text.slice(quote.end, quote.end + 6),
  );
}

/** Just past the first ".", "!", "?" or line break at or after `at`, else the text's end. */
export function sentenceEndAfter(text: string, at: number): number {
  // words quoted to their sentence's end: '… "would have caused damage." The talks …' ends at the closing mark
  if (/[.!?]/.test(text[at - 1] ?? '')) {
    const closing = /^["'\u201D\u2019]+(?=\s|$)/.exec(text.slice(at, at + 4));
    if (closing) return at + closing[0].length;
  }
  const i = text.slice(at).search(/[.!?\n]/);
  return i >= 0 ? at + i + 1 : text.length;
}

/** Where the sentence holding `at` starts: just past the last ".", "!", "?" or line break before `at`, else 0
 * (read back from `at`: a regex over the text before each quote was quadratic in long articles). */
export function sentenceStartAt(text: string, at: number): number {
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return i + 1; // . ! ? \n
  }
  return 0;
}

// Words said, in the sentence of a past time: "In 2015, Roe told the court …", "Lee has expressed a preference …".
const WORDS_SAID =
  /\b(?:said|says|told|tells|announced|stated|declared|wrote|argued|claimed|warned|insisted|called|described|added|denied|admitted|urged|promised|pledged|vowed|expressed|indicated|suggested|according)\b/i;

/** True when the time's sentence tells no words said (no verb of saying, no quote marks) and a paragraph break
 * lies between it and the quote at `at`: background to the story, not another occasion of the speaker's. */
export function isBackgroundParagraph(text: string, t: TimeExpression, at: number): boolean {
  const from = sentenceStartAt(text, t.start);
  const to = sentenceEndAfter(text, t.end);
  const sentence = text.slice(from, to);
  if (WORDS_SAID.test(sentence) || /["\u201C\u201D]/.test(sentence)) return false;
  return text.slice(to, at).includes('\n');
}

// "Since the boy is so young, Roe said, …": a "since" whose clause is in the present tense gives a reason, not a
// time ("since 2010", "since he took office" are times).
const CAUSAL_SINCE =
  /\bsince(?=\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:is|are|am|isn't|aren't|does|do|doesn't|don't|can|cannot|can't|remains|seems)\b)/giu;

/** The span with a "since" of reason blanked, so that it opens no other time: "Since the boy is so young". */
export function withoutCausalSince(span: string): string {
  return span.replace(CAUSAL_SINCE, '     ');
}

// A past verb and a determiner right before a speech noun cue: "knocked a statement", "mocked the remarks".
const VERB_THEN_NOUN = /\b\p{Ll}+ed\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?$/u;
const SPEECH_NOUN = /^(?:statement|remarks?|comments?|claim|assertion|suggestion|tweet|post)\b/i;

/** True when the quote's cue is a speech noun standing as the object of a past verb, its source named after it
 * with "by" or "from": "Orr knocked a statement by actor Tom Vell that …". */
export function isObjectOfNarration(text: string, quote: Quote): boolean {
  const cue = quote.cue;
  const mention = quote.mention;
  if (!cue || !mention || mention.start < cue.end || !SPEECH_NOUN.test(cue.text)) return false;
  if (!/^\s+(?:by|from)\s+$/i.test(text.slice(cue.end, mention.start))) return false;
  return VERB_THEN_NOUN.test(text.slice(Math.max(0, cue.start - 40), cue.start));
}
