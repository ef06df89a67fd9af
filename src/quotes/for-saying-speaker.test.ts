import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContentsWithMentions } from '../testing/indirect-contents.js';

// for-saying-speaker: "suspended Orr for claiming …", "was praised for saying …": the one judged for the words said
// them. [name, text, [content, mention] of each indirect quote]
const CASES: [string, string, [string, string | null][]][] = [
  [
    'the object of a judging verb',
    'The club suspended Tom Orr for claiming the pier was unsafe.',
    [['the pier was unsafe', 'Tom Orr']],
  ],
  [
    'a common-noun object',
    'The mayor criticised the council for claiming the tolls would fall.',
    [['the tolls would fall', 'the council']],
  ],
  [
    'the passive subject',
    'Ada Kray was praised for saying the pier was safe.',
    [['the pier was safe', 'Ada Kray']],
  ],
  [
    '"apologised for"',
    'Ada Kray apologised for saying the ferry was late.',
    [['the ferry was late', 'Ada Kray']],
  ],
  [
    '"came under fire for"',
    'Tom Orr has come under fire for suggesting the pier should close.',
    [['the pier should close', 'Tom Orr']],
  ],
  [
    'an adverb before the participle',
    'The Lorne Party suspended a candidate for allegedly suggesting the tolls should double.',
    [['the tolls should double', 'a candidate']],
  ],
  // negatives: "for" after a noun, a negated participle, a pronoun object, a reaction as the object
  ['"no reason for"', 'There is no reason for saying the pier is unsafe.', []],
  ['a negated participle', 'Tom Orr was criticised for not saying the pier was unsafe.', []],
  ['a pronoun object', 'Ada Kray thanked him for saying the pier was safe.', []],
  ['a storm as the object', 'Tom Orr whipped up a storm for saying the pier was unsafe.', []],
];

describe('for-saying-speaker', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(indirectContentsWithMentions(text), expected));
  }
});
