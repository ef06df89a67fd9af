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

// "he"/"she" after someone else spoke in between: a group is no "he", an unnamed spokeswoman is "she".
// [construction, text, quote content it starts with, speaker]
const PREVIOUS: [string, string, string, string][] = [
  [
    'a group that spoke in between is no "he"',
    'Finance chief Tom Vance said a weak krone was good for Norland. But analysts said any gains would be short. Mr Vance, who is in Oslo this week, has praised the new tax law. “Growth is below its potential,” he said.',
    'Growth is below',
    'Tom Vance',
  ],
  [
    "a person noun after an organisation's name is one unnamed person",
    'Chief executive John Ardley was paid a bonus. A Department for Rural Affairs spokeswoman said the scheme had been ambitious. She added: “We were not the only ones to lose money.”',
    'We were not the only',
    'a Department for Rural Affairs spokeswoman',
  ],
];

// [construction, text, quote content it starts with, speaker it must not get]
const NOT: [string, string, string, string][] = [
  [
    'a man\'s first name is not the nearest "she"',
    'Chief executive John Ardley was paid a bonus. The plan had failed by then. She added: “We were not the only ones to lose money.”',
    'We were not the only',
    'John Ardley',
  ],
];

const quoteOf = (text: string, start: string) =>
  speakersOfText(text).find((q) => q.content.startsWith(start));

describe('speakers: "He" after an attribution goes on from its subject', () => {
  for (const [name, text, start, speaker] of [...CASES, ...KEPT])
    it(name, () => assert.equal(quoteOf(text, start)?.speaker, speaker));
});

describe('speakers: "he"/"she" past someone else who spoke in between', () => {
  for (const [name, text, start, speaker] of PREVIOUS)
    it(name, () => assert.equal(quoteOf(text, start)?.speaker, speaker));
  for (const [name, text, start, speaker] of NOT)
    it(`not: ${name}`, () => assert.notEqual(quoteOf(text, start)?.speaker, speaker));
});
