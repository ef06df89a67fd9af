import type { EntityLayer } from '../entities/find-entities.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, TextSpan } from '../types.js';
import type { NameIndex } from './speaker-names.js';

export interface SpeakerInput {
  quote: Quote;
  text: string;
  seg: Segmentation;
  names: NameIndex;
  /** Quotes before this one, already resolved, in text order. */
  previous: Quote[];
  /** Every quote of the article (for sources named elsewhere). */
  all: Quote[];
  /** The entity layer: mentions grouped into entities with their fullest names. */
  entities: EntityLayer;
}

export interface SpeakerChoice {
  speaker: string | null;
  rule: string;
}

export type SpeakerRule = (input: SpeakerInput) => SpeakerChoice | null;

/** A mention (and cue) found for a quote the quote finder left without one; the speaker rules then resolve it. */
export interface MentionChoice {
  mention: TextSpan;
  cue: TextSpan | null;
  rule: string;
}

export type MentionRule = (input: SpeakerInput) => MentionChoice | null;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

/** Where a look back from `at` starts: the sentence before `at`'s when it is in the same or the paragraph before,
 * else `at`'s own sentence; null when `at` is in no sentence. */
export function lookBackStart(seg: Segmentation, at: number): number | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  if (!here) return null;
  const before = seg.sentences[k - 1];
  return before && here.paragraph - before.paragraph <= 1 ? before.start : here.start;
}

export function paragraphOf(seg: Segmentation, offset: number): number {
  return seg.paragraphs[rangeIndexHolding(seg.paragraphs, offset)]?.index ?? -1;
}

/** A resolved speaker that names a person or organisation (not "he", not "an official"). */
export const isNamed = (s: string | null) =>
  !!s && /^\p{Lu}/u.test(s) && !/^(?:The|A|An)\s/.test(s) && !PRONOUNS.has(s.toLowerCase());

// "Tony Blair and Ruth Kelly": two names joined, one speaker of two people
export const PEOPLE_LIST =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;
