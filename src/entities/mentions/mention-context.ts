// What every mention rule reads: the text, its words, the gazetteer and the acronyms the article defines.

import type { MentionKind, RuleName, Span } from '../../types.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { Word } from '../split-words.js';
import { nameAfterQuoteComma } from './name-after-quote-comma.js';

export interface LearnedAcronym {
  acronym: string;
  long: string;
  canonical: string;
  /** The "Long Form (ACR)" span that taught it. */
  start: number;
  end: number;
  rule: RuleName;
}

export interface PersonName {
  /** Name words without titles ("Vladimir Putin", "John F. Kennedy"). */
  words: string[];
  first: string | null;
  last: string;
  gender: 'male' | 'female' | null;
}

/**
 * A mention as a rule finds it, before entities are formed. The rules write every field, in this order, undefined
 * when it does not apply: mentions of one shape keep the coreference rules' property reads monomorphic.
 */
export interface FoundMention extends Span {
  text: string;
  kind: MentionKind;
  rule: RuleName;
  entry?: GazetteerEntry | undefined;
  /** Canonical key known at match time (gazetteer, learned acronym). */
  canonical?: string | undefined;
  person?: PersonName | undefined;
  /** Roles written with the mention, lower case ("president", "film director"). */
  roles?: string[] | undefined;
  /** Countries the mention's modifiers name ("Russian President …" → country:RU). */
  countries?: string[] | undefined;
  /** Head noun of a descriptor ("president", "alliance"). */
  head?: string | undefined;
  definite?: boolean | undefined;
}

/** A found mention with every field written, in FoundMention's order (undefined where not given). */
export function foundMention(m: FoundMention): FoundMention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.kind,
    rule: m.rule,
    entry: m.entry,
    canonical: m.canonical,
    person: m.person,
    roles: m.roles,
    countries: m.countries,
    head: m.head,
    definite: m.definite,
  };
}

export interface MentionContext {
  text: string;
  /** Same-length copy with typographic quotes and dashes folded. */
  folded: string;
  words: Word[];
  gazetteer: Gazetteer;
  acronyms: LearnedAcronym[];
  /** Indexes of words that open a sentence (or a quotation). */
  sentenceOpeners: Set<number>;
}

/** Words written with a full stop that does not end a sentence ("Mr.", "Sen.", "F."). */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Adm',
  'Rev',
  'St',
  'Jr',
  'Sr',
  'Fr',
  'Cmdr',
  'Pres',
  'Supt',
  'Insp',
  'Det',
  'No',
]);

/** True for "Mr" in "Mr. Putin" and "F" in "John F. Kennedy". */
export function isAbbreviation(w: Word): boolean {
  return ABBREVIATIONS.has(w.text) || /^\p{Lu}$/u.test(w.text);
}

/** True when only spaces (no line break) separate two words, or an abbreviation's full stop ("Mr. Putin"). */
export function isJoined(text: string, a: Word, b: Word): boolean {
  // the gap is " ", "  ", "." or ". " (read by character: this runs for nearly every pair of words)
  const gap = b.start - a.end;
  if (gap !== 1 && gap !== 2) return false;
  const c = text.charCodeAt(a.end);
  if (gap === 2 && text.charCodeAt(a.end + 1) !== SPACE) return false;
  if (c === SPACE) return true;
  return c === FULL_STOP && isAbbreviation(a);
}

const SPACE = 32;
const FULL_STOP = 46;

/** True when folded[from, to) holds a line break, a double quote or . ! ? (what can open a sentence). */
function hasOpeningMark(folded: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = folded.charCodeAt(k);
    if (c === 10 || c === 34 || c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

/** Word indexes that open a sentence: first word, after . ! ? (and closing quotes), after a line break or an opening quote. */
export function findSentenceOpeners(folded: string, words: Word[]): Set<number> {
  const openers = new Set<number>();
  words.forEach((w, i) => {
    const prev = words[i - 1];
    // "said the" — one space, by far the most common gap, opens nothing
    if (prev && w.start - prev.end === 1 && folded.charCodeAt(prev.end) === SPACE) return;
    // ", " and the like: no line break, quote or sentence mark, so nothing below can hold
    if (prev && !hasOpeningMark(folded, prev.end, w.start)) return;
    const gap = folded.slice(prev ? prev.end : 0, w.start);
    // '"…," Ammerly said': a closing quote after a comma goes on with the sentence
    if (prev && nameAfterQuoteComma(folded, gap, w.end)) return;
    if (
      !prev ||
      /\n/.test(gap) ||
      /"\s*$/.test(gap) ||
      (/[.!?]/.test(gap) && !(/^\.\s*$/.test(gap) && isAbbreviation(prev)))
    ) {
      openers.add(i);
    }
  });
  return openers;
}
