// "it said", "they told reporters", "according to them": plural and neuter pronouns only where they report speech
// (elsewhere "it" is mostly an expletive: "it is raining").
import { buildLookup } from '../data/build-lookup.js';
import { indexWords } from './index-words.js';
import { type FoundMention, foundMention, type MentionContext } from './mention-context.js';

const PRONOUNS = buildLookup<'neuter' | 'plural'>({ it: 'neuter', they: 'plural', them: 'plural' });
const SPEECH_AFTER =
  /^\s+(?:also\s+)?(?:said|says|say|told|tell|added|adds|stated|states|argued|argue|argues|claimed|claim|claims|insisted|warned|wrote|write|writes|reported|reports|announced|announces|noted|believe|believes|believed)\b/;
const SPEECH_BEFORE = /\baccording to\s+$/;

/** Neuter and plural pronouns next to a reporting verb. */
export function matchReportingPronouns(ctx: MentionContext): FoundMention[] {
  const lowers = indexWords(ctx.words).lower;
  const found: FoundMention[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i] as (typeof ctx.words)[number];
    const type = PRONOUNS.get(lowers[i] as string);
    if (!type) continue;
    const after = ctx.folded.slice(w.end, w.end + 24);
    const before = ctx.folded.slice(Math.max(0, w.start - 14), w.start);
    if (!SPEECH_AFTER.test(after) && !SPEECH_BEFORE.test(before)) continue;
    found.push(
      foundMention({
        start: w.start,
        end: w.end,
        text: w.text,
        kind: 'pronoun',
        rule: `entities/pronoun-${type}`,
      }),
    );
  }
  return found;
}
