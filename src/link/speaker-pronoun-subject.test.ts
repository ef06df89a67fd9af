import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// "He" opening the sentence after an attribution goes on from the person who spoke there, its subject — not a
// person named after the cue (speaker/pronoun-introduced-person gives way), with invented sentences.
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a person named in a phrase after the cue is not the next "He"',
    'Storms hit the coast. “We have had floods before,” Mayor Dana Kell said after meeting with Governor Rob Penn. He did not suggest a new tax. “Our goal is to build sea walls so that everybody is safe.”',
    'Our goal is',
    'Dana Kell',
  ],
  [
    'an interviewer named in a relative clause after the cue',
    'The report was thin, Lord Amberley said in his interview, which was conducted by the editor, Tom Reid. He said: “When officials give advice, they give it in private.”',
    'When officials give',
    'Amberley',
  ],
  [
    'the hearers named after "he told"',
    'On Monday the minister, Ira Holm, said he wanted the tax to go. “I have long understood the argument,” he told the finance committee of Sara Lund. He said “it is more likely than not” to pass.',
    'it is more likely',
    'Ira Holm',
  ],
];

// Where the person named just before is the one the pronoun goes on from.
const KEPT: [string, string, string, string][] = [
  [
    'a person introduced after a sentence whose speaker is no named person',
    'The figures came out on Thursday. Director, Tom Vance, said some students were moving north. He told the radio: “The reason is simple: fees.”',
    'The reason is simple',
    'Tom Vance',
  ],
  [
    'a person introduced in narration with no speaker before',
    'The hearing ended late. The panel later heard from Lord Amberley of Dunmore, who was a minister then. He said: “We acted in good faith.”',
    'We acted in good faith',
    'Lord Amberley of Dunmore',
  ],
];

const quoteOf = (text: string, start: string) =>
  speakersOfText(text).find((q) => q.content.startsWith(start));

describe('speakers: "He" after an attribution goes on from its subject', () => {
  for (const [name, text, start, speaker] of [...CASES, ...KEPT])
    it(name, () => assert.equal(quoteOf(text, start)?.speaker, speaker));
});
