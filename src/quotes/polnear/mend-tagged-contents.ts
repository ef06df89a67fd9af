import type { QuoteContext } from '../quote-context.js';
import { cliticIntoCue } from './clitic-into-cue.js';
import { colonSpeakerSource } from './colon-speaker-source.js';
import { extendContentToSentenceEnd } from './extend-content-to-sentence-end.js';
import { focusWordIntoSource } from './focus-word-into-source.js';
import { gluedQuoteIntoContent } from './glued-quote-into-content.js';
import { joinContentGap } from './join-content-gap.js';
import { leadBeforeInterjectedCue } from './lead-before-interjected-cue.js';
import { relativeBeforeSubjectSource } from './relative-before-subject-source.js';
import { sayCueWithoutTopic } from './say-cue-without-topic.js';
import { speakerLabelInContent } from './speaker-label-in-content.js';
import { subjectOfSourcelessCue } from './subject-of-sourceless-cue.js';
import { trimDanglingJoiner } from './trim-dangling-joiner.js';
import { trimTaggedSource } from './trim-tagged-source.js';

/** The rules that mend the tagger's content spans, in order (each rewrites a paragraph's tags in place). */
export const MEND_RULES: Array<{
  name: string;
  apply: (ctx: QuoteContext, tags: Uint8Array, offset: number) => boolean;
}> = [
  { name: 'join-content-gap', apply: (ctx, tags, offset) => joinContentGap(ctx, tags, offset) },
  { name: 'extend-content-to-sentence-end', apply: extendContentToSentenceEnd },
  { name: 'lead-before-interjected-cue', apply: leadBeforeInterjectedCue },
  { name: 'speaker-label-in-content', apply: speakerLabelInContent },
  { name: 'colon-speaker-source', apply: colonSpeakerSource },
  { name: 'trim-tagged-source', apply: trimTaggedSource },
  { name: 'subject-of-sourceless-cue', apply: subjectOfSourcelessCue },
  { name: 'trim-dangling-joiner', apply: trimDanglingJoiner },
  { name: 'clitic-into-cue', apply: cliticIntoCue },
  { name: 'say-cue-without-topic', apply: sayCueWithoutTopic },
  { name: 'focus-word-into-source', apply: focusWordIntoSource },
  { name: 'glued-quote-into-content', apply: gluedQuoteIntoContent },
  { name: 'relative-before-subject-source', apply: relativeBeforeSubjectSource },
];

/** The paragraph's tags (tokens offset + 0 …) with the tagger's content spans mended; returns the tags. */
export function mendTaggedContents(ctx: QuoteContext, tags: Uint8Array, offset: number): Uint8Array {
  for (const rule of MEND_RULES) rule.apply(ctx, tags, offset);
  return tags;
}
