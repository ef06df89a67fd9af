// "he said", "her words": third-person singular pronouns, with the gender they give.
import { buildLookup } from '../data/build-lookup.js';
import { indexWords } from './index-words.js';
import { type FoundMention, foundMention, type MentionContext } from './mention-context.js';

const PRONOUNS = buildLookup<'male' | 'female'>({
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
});

/** "he said", "her words": third-person singular pronouns. */
export function matchPronouns(ctx: MentionContext): FoundMention[] {
  const lowers = indexWords(ctx.words).lower;
  const found: FoundMention[] = [];
  ctx.words.forEach((w, i) => {
    const gender = PRONOUNS.get(lowers[i] as string);
    if (!gender) return;
    found.push(
      foundMention({
        start: w.start,
        end: w.end,
        text: w.text,
        kind: 'pronoun',
        rule: `entities/pronoun-${gender}`,
      }),
    );
  });
  return found;
}
