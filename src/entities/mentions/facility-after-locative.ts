import { type Word, wordJoinedBefore } from '../split-words.js';

/** The rule that reads a run ending in a facility's head after a word of place as the place: "at Abbey Road". */
export const FACILITY_AFTER_LOCATIVE_RULE = 'entities/facility-after-locative';

// words right before a place's name that a person's name seldom follows: "a concert in Hyde Park", "the Luna Park
// fairground", "their Hyde Park show" (not "to", "from", "of": "according to Ann Park", "a goal from Wayne Bridge")
const LOCATIVE_BEFORE =
  /^(?:at|in|near|outside|inside|into|toward|towards|across|off|opposite|around|through|past|via|the|their|its|our)$/i;
// the prepositions of those, before a place's possessive: "a rally in Vessby's Ola Park"
const LOCATIVE_PREPOSITION =
  /^(?:at|in|near|outside|inside|into|toward|towards|across|off|opposite|around|through|past|via)$/i;
// a verb of going before "to": "the fans travelled to Ola Park" (not "spoke to Ann Park", "passed to Wayne Bridge")
const MOTION_BEFORE_TO =
  /^(?:go|goes|going|gone|went|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|return(?:s|ed|ing)?|mov(?:e|es|ed|ing)|fl(?:y|ies|ew|own|ying)|dr(?:ive|ives|ove|iven|iving)|walk(?:s|ed|ing)?|march(?:es|ed|ing)?|rush(?:es|ed|ing)?|taken|diverted|trip|journey|back)$/i;

/**
 * The first word of the place a possessive before `core` names, when the run `core`.. follows "X's" (one to three
 * capitalised words joined by spaces): "Vessby's Ola Park" → the index of "Vessby"; -1 otherwise.
 */
export function possessorBefore(text: string, words: readonly Word[], core: number): number {
  const run = words[core];
  const k = core - 1;
  const owner = words[k];
  if (!run || !owner || !/^['’]s $/.test(text.slice(owner.end, run.start)) || !/^\p{Lu}/u.test(owner.text))
    return -1;
  let p = k;
  while (p > k - 2 && /^\p{Lu}/u.test(words[p - 1]?.text ?? '') && wordJoinedBefore(text, words, p)) p--;
  return p;
}

/**
 * True when the run `core`..`end` (its last word a facility's head, checked by the caller) follows a locative word
 * joined by one space, and no possessive follows it: "a concert in Hyde Park", "shut at Bradley Airport" (not "in
 * Ann Park's view", "Chelsea's Wayne Bridge", "Ann Park said"); or a preposition of place and a possessive ("a rally
 * in Vessby's Ola Park"), or a capital city's possessive ("London's Ola Park"); or "to" after a verb of going ("the fans
 * travelled to Ola Park").
 */
export function facilityAfterLocative(
  text: string,
  words: readonly Word[],
  core: number,
  end: number,
  isCapital: (owner: string) => boolean = () => false,
): boolean {
  if (/^['’]s?\b/.test(text.slice(end, end + 2))) return false;
  const before = wordJoinedBefore(text, words, core);
  if (before && LOCATIVE_BEFORE.test(before.text)) return true;
  // "travelled to Ola Park"
  if (before && /^to$/i.test(before.text)) {
    const verb = wordJoinedBefore(text, words, core - 1);
    return !!verb && MOTION_BEFORE_TO.test(verb.text);
  }
  // "in Vessby's Ola Park", "London's Hyde Park" (a capital city's; not "Vessland's Ann Park", "Britain's Ann Park")
  const p = possessorBefore(text, words, core);
  if (p < 0) return false;
  const preposition = wordJoinedBefore(text, words, p);
  if (preposition && LOCATIVE_PREPOSITION.test(preposition.text)) return true;
  return isCapital(text.slice((words[p] as Word).start, (words[core - 1] as Word).end));
}
