import { type Word, wordJoinedBefore } from '../split-words.js';

/** The rule that reads a run ending in a facility's head after a word of place as the place: "at Abbey Road". */
export const FACILITY_AFTER_LOCATIVE_RULE = 'entities/facility-after-locative';

// words right before a place's name that a person's name seldom follows: "a concert in Hyde Park", "the Luna Park
// fairground", "their Hyde Park show" (not "to", "from", "of": "according to Ann Park", "a goal from Wayne Bridge")
const LOCATIVE_BEFORE =
  /^(?:at|in|near|outside|inside|into|toward|towards|across|off|opposite|around|through|past|via|the|their|its|our)$/i;

/**
 * True when the run `core`..`end` (its last word a facility's head, checked by the caller) follows a locative word
 * joined by one space, and no possessive follows it: "a concert in Hyde Park", "shut at Bradley Airport" (not "in
 * Ann Park's view", "Chelsea's Wayne Bridge", "Ann Park said").
 */
export function facilityAfterLocative(
  text: string,
  words: readonly Word[],
  core: number,
  end: number,
): boolean {
  const before = wordJoinedBefore(text, words, core);
  if (!before || !LOCATIVE_BEFORE.test(before.text)) return false;
  return !/^['’]s?\b/.test(text.slice(end, end + 2));
}
