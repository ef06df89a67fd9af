import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// A pronoun the earlier rules leave unresolved goes to what it stands for, never kept as written.
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    '"I" in an answer of an interview transcript is the one answering',
    'Wikinews interviews Ola Berg\n\n((WN)) Why did you start?\n\n((Ola Berg)) My aunt asked me why, and I said, "Because nobody else would do it."\n',
    'Because nobody else',
    'Ola Berg',
  ],
  [
    '"I" in an answer running over a second paragraph',
    '((WN)) Was it hard?\n\n((Ola Berg)) At first, yes.\n\nLater a teacher asked me, and I said, "It gets easier every single year."\n',
    'It gets easier',
    'Ola Berg',
  ],
  [
    '"you" in a question is the one the next answer is labelled with',
    '((WN)) Earlier you had written, "no archive is ever complete". Why?\n\n((Ola Berg)) Because records get lost.\n',
    'no archive is ever complete',
    'Ola Berg',
  ],
  [
    '"They" after a sentence opened by a team and its leader',
    'The Keel team, led by Ann Vorst, used data from a new telescope. They found that the dust cloud was moving away.',
    'the dust cloud was moving',
    'the Keel team',
  ],
  [
    '"They" after a sentence opened by "<name> et al"',
    'Vorst et al studied the salt lakes of Norland. They found the saltiest lakes held the least oxygen.',
    'the saltiest lakes',
    'Vorst et al',
  ],
  [
    '"it" for a firm the text itself called "it" just before',
    'Tarnwell Motor has announced that it plans to build a new plant in Norland.\n\nThe firm gave no figures but it said the plant would make 90,000 cars a year.',
    'the plant would make',
    'Tarnwell Motor',
  ],
  [
    '"He" two paragraphs after an unnamed official, no person named in between',
    'The cabinet approved a plan to sell more bonds, a cabinet official said.\n\nThe plan would lift the bond total to 40 pct of the budget.\n\nHe said the sale would raise about 90 billion crowns next year.',
    'the sale would raise',
    'a cabinet official',
  ],
  [
    '"he" after a quote that names the narration\'s person: the speaker before, whom it does not name',
    'Ola Brandt set out his plans on Friday. "Who can be trusted to fix the roads?" he asked.\n\nLooking back, Kit Tull was praised by the paper. Mr Tull has failed to fix the roads, he claimed.',
    'Mr Tull has failed',
    'Ola Brandt',
  ],
];

describe('speakers: what an unresolved pronoun stands for', () => {
  for (const [name, text, start, speaker] of CASES)
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
