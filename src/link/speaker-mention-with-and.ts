// a name, or names, with "and" inside, all capitalised: "Health and Safety Executive", "Department of Health and
// Human Services", "China, Iran, and Russia"
const NAMES_WITH_AND =
  /^(?:(?:the|The|a|A|an|An)\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*|of|for|the),?(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|for|the),?)*\s+(?:and|&)\s+.+)$/u;

/**
 * The whole mention when the speaker is only the part after its "and": "Safety Executive" for "The Health
 * and Safety Executive said", "Human Services" for "the Department of Health and Human Services", or only the
 * last names of a list: "Lee and Tull" for "May, Lee and Tull said". Only when
 * every word before "and" is capitalised (or "of", "for", "the"); null otherwise ("The account for The Bernie
 * and Sid Show" is an account).
 */
export function mentionWithAnd(speaker: string, mention: string | undefined): string | null {
  if (!mention || !/^\p{Lu}/u.test(speaker)) return null;
  const written = mention.replace(/\s+/g, ' ');
  // "Lee and Tull" for "May, Lee and Tull said": the list's names before a comma belong to it too
  const tail = / and /.test(speaker) ? [`, ${speaker}`] : [` and ${speaker}`, ` & ${speaker}`];
  if (!tail.some((t) => written.endsWith(t))) return null;
  const whole = NAMES_WITH_AND.exec(written)?.[1];
  return whole && whole !== speaker ? whole : null;
}
