import type { TextSpan } from '../../../types.js';

// "… to describe his rival, a word Ann Tull then repeated.": the cue's subject follows a noun for words (no "that"),
// so the noun is what was repeated or said, not the clause before the comma.
const WORD_NOUN_THEN_SUBJECT =
  /^(?:a|an|the|one|that)\s+(?:word|words|phrase|term|slogan|insult|nickname|label|epithet|line)\s+\p{Lu}/iu;

/** True when the mention of a cue after a comma is "<a> <word noun> <Name>": an object relative, no report. */
export function isWordRelativeMention(mention: TextSpan): boolean {
  return WORD_NOUN_THEN_SUBJECT.test(mention.text);
}
