// "he said", "her words": third-person singular pronouns, with the gender they give.
import type { FoundMention, MentionContext } from './mention-context.js';

const PRONOUNS: Record<string, 'male' | 'female'> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

/** "he said", "her words": third-person singular pronouns. */
export function matchPronouns(ctx: MentionContext): FoundMention[] {
  return ctx.words
    .filter((w) => PRONOUNS[w.text.toLowerCase()])
    .map((w) => ({
      start: w.start,
      end: w.end,
      text: w.text,
      kind: 'pronoun' as const,
      rule: `entities/pronoun-${PRONOUNS[w.text.toLowerCase()]}`,
    }));
}
