import type { TextSpan } from '../types.js';

// a capitalised word, or initials with their stops ("U.S.")
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}(?:[\p{L}\p{M}'’&-]|\.(?=\p{L}))*)`;
// "polled by Zentrix News", "surveyed by the Keel Institute": the participle phrase naming who asked the group
const POLLED_BY = new RegExp(
  String.raw`^[ \t]+(?:polled|surveyed|contacted|questioned|interviewed|canvassed)[ \t]+by[ \t]+(?:the[ \t]+)?${WORD}(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?${WORD})*`,
  'u',
);

/**
 * "…, said analysts polled by Zentrix News", "Economists surveyed by the Keel Institute said …": a group
 * descriptor followed by the phrase naming who polled it → the group with that phrase, as one descriptor (the
 * organisation inside it is not the speaker). Null unless the speaker is the mention as written, a lower-case
 * plural head, right before the phrase.
 */
export function speakerGroupPolledBy(
  speaker: string,
  mention: TextSpan | null | undefined,
  text: string,
): string | null {
  if (!mention || mention.text.replace(/\s+/g, ' ').trim() !== speaker) return null;
  if (!/(?:^|\s)\p{Ll}+s$/u.test(speaker)) return null;
  const phrase = POLLED_BY.exec(text.slice(mention.end, mention.end + 120))?.[0];
  if (!phrase) return null;
  return `${speaker}${phrase}`.replace(/\s+/g, ' ').trim();
}
