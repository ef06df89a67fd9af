// Names the entity stage cut short: "York" of "New York investor", "Department" of "the State Department",
// "Facility of the U" of "… Facility of the U.S. Agriculture Department", a month taken for a name.

const OPENERS = new Set(
  'The A An In On At Of For By And But Its His Her Their This That These Those Then As To From With After Before When While Since If'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// (a dot only after a short abbreviation, "St.", not a sentence's end, "Oslo.")
const WORD_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}{1,2}\.|\p{Lu}\p{Ll}+)[ \t]+<?$/u;

/** The capitalised word just before `at` ("New" in "New York Stock Exchange", "St." in "St. Paul"), not an opener. */
export function capitalisedBefore(text: string, at: number): string | null {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return word && !OPENERS.has(word) ? word : null;
}

/**
 * Whether `org` is no name of its own: a calendar word, cut at an initial, or only ever the tail of a longer name.
 * Returns the one word every occurrence follows ("State" for "Department"), '' when none or several, null when whole.
 */
export function organisationFragment(org: string, text: string): string | null {
  if (CALENDAR.test(org) || /(?:^|\s)\p{Lu}$/u.test(org)) return '';
  let word: string | null = null;
  for (let at = text.indexOf(org); at >= 0; at = text.indexOf(org, at + org.length)) {
    const after = text[at + org.length] ?? '';
    if (/\p{L}/u.test(after) || /\p{L}/u.test(text[at - 1] ?? '')) continue;
    const before = capitalisedBefore(text, at);
    if (!before) return null;
    word = word === null || word === before ? before : '';
  }
  return word;
}
