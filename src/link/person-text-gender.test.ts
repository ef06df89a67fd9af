import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote } from '../types.js';
import { textGenderOfPerson } from './person-text-gender.js';
import { buildNameIndex } from './speaker-names.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Invented sentences. [construction, text, full name, gender the text gives]
const GENDER: [string, string, string, 'male' | 'female' | null][] = [
  [
    'role noun after the name',
    'Ann Poll, the chairwoman of the Lorne residents group, spoke.',
    'Ann Poll',
    'female',
  ],
  ['role noun with a word between', 'Dan Vell, a former spokesman for the club, spoke.', 'Dan Vell', 'male'],
  ['role noun before the name', 'Spokeswoman Ann Poll declined to comment.', 'Ann Poll', 'female'],
  ['own possessive after "and"', 'Ann Poll and her neighbours were angry.', 'Ann Poll', 'female'],
  ['own possessive after an age', 'Ann Poll, 52, and her son left.', 'Ann Poll', 'female'],
  ['reflexive after one verb', 'Dan Vell found himself alone.', 'Dan Vell', 'male'],
  // negatives: no evidence, someone else's role, a possessive name, both genders
  ['no evidence (first names are not read)', 'Ann Poll was angry.', 'Ann Poll', null],
  ['someone else\'s role after "and"', 'Dan Vell, and spokeswoman Ann Poll, spoke.', 'Dan Vell', null],
  ['someone else\'s role after "his"', 'Dan Vell, his spokeswoman said.', 'Dan Vell', null],
  ['a possessive name owns the role', "Ann Poll's son, a spokesman, spoke.", 'Ann Poll', null],
  ['"chairman\'s" is no role of the name', "Ann Poll, the chairman's wife, spoke.", 'Ann Poll', null],
  ['both genders', 'Sam Reed, a spokesman, spoke. Sam Reed and her son left.', 'Sam Reed', null],
  ['one word', 'Poll, the chairwoman, spoke.', 'Poll', null],
];

describe('textGenderOfPerson', () => {
  for (const [name, text, full, want] of GENDER)
    it(name, () => assert.equal(textGenderOfPerson(text, full), want));
});

// Invented sentences. The narration's "She"/"He" going on from the person as subject:
// [construction, text, full name, gender the text gives]
const NARRATION: [string, string, string, 'male' | 'female' | null][] = [
  [
    '"She" after the name as subject',
    'Ann Poll disagreed. She called the plan reckless.',
    'Ann Poll',
    'female',
  ],
  [
    '"He" after the name with a role before it',
    'Council member Dan Vell left. He was angry.',
    'Dan Vell',
    'male',
  ],
  [
    '"She" after a quote\'s cue, a surname alone',
    'Ann Poll spoke. "It is a waste," Poll said. She left.',
    'Ann Poll',
    'female',
  ],
  [
    '"She" in the next paragraph',
    '"It is a waste," said Ann Poll.\n\nShe called the plan reckless.',
    'Ann Poll',
    'female',
  ],
  // negatives: the name not the subject, two people, a gendered noun, a possessor, a pronoun inside a quote
  ['the name after a preposition', 'The prize went to Ann Poll. She was pleased.', 'Ann Poll', null],
  ['two people named', 'Tom Reid met Ann Poll. She was pleased.', 'Tom Reid', null],
  ['a gendered noun in the sentence', 'Tom Reid met his wife. She was pleased.', 'Tom Reid', null],
  ['a possessor', "Tom Reid's plan failed. She was pleased.", 'Tom Reid', null],
  ['a sentence inside the quoted words', '"Tom Reid left. She stayed," Ann Poll said.', 'Tom Reid', null],
  ['a paragraph between', 'Tom Reid left.\n\nThe pier closed.\n\nShe stayed.', 'Tom Reid', null],
  ['both genders', 'Sam Reed left. She was angry. Sam Reed spoke. He was calm.', 'Sam Reed', null],
];

describe("textGenderOfPerson with the narration's pronouns", () => {
  for (const [name, text, full, want] of NARRATION)
    it(name, () => {
      const seg = segmentText(normalizeArticle({ id: 't', date: null, text }));
      const quoted = [...text.matchAll(/"[^"]*"/g)].map((m) => ({
        start: (m.index ?? 0) + 1,
        end: (m.index ?? 0) + m[0].length - 1,
      }));
      const quotes = quoted.map((q) => ({ ...q, type: 'direct' }) as Quote);
      assert.equal(
        textGenderOfPerson(text, full, { seg, names: buildNameIndex(text, quoted), quotes }),
        want,
      );
    });
});

// "he"/"she" after a speaker the article's words give the other gender goes to the one before who fits
const CASES: SpeakerCase[] = [
  [
    '"he" skips the previous speaker, a chairwoman, for the man before',
    'Dan Vell, the mayor of Tarnby, opened the meeting. "We have a plan," he said. Ann Poll, the chairwoman of the residents group, was not convinced. "It is a disgrace," said Ann Poll.\n\n"We will look again," he said.',
    ['Dan Vell', 'Ann Poll', 'Dan Vell'],
  ],
  [
    '"he" skips the previous speaker written with "and her"',
    'Mayor Dan Vell opened the meeting. "We have a plan," Mr Vell said. Ann Poll and her neighbours were angry. "It is a disgrace," said Ann Poll.\n\n"We will look again," he said.',
    ['Dan Vell', 'Ann Poll', 'Dan Vell'],
  ],
  [
    '"he" skips a previous speaker quoted as "her"',
    'Dan Vell opened the meeting. "We have a plan," he said. The Gazette quoted Ann Poll as calling it weak. A neighbour quoted her as saying: "It is a disgrace." "It is a disgrace," said Ann Poll.\n\n"We will look again," he said.',
    ['Dan Vell', 'Ann Poll', 'Ann Poll', 'Dan Vell'],
  ],
  [
    '"he" skips the previous speaker the narration then calls "She"',
    'Dan Vell opened the pier. "It is a good day," Vell said. Ann Poll disagreed. "It is a waste," Poll said. She called the plan reckless. "We will review it," he said.',
    ['Dan Vell', 'Ann Poll', 'Dan Vell'],
  ],
  // negatives: unknown gender stays as today; a woman's "she said" still goes to her
  [
    'the narration\'s "He" for the previous speaker: "he" goes on from him',
    'Dan Vell opened the pier. "It is a good day," Vell said. Sam Poll disagreed. "It is a waste," Poll said. He called the plan reckless. "We will review it," he said.',
    ['Dan Vell', 'Sam Poll', 'Sam Poll'],
  ],
  [
    '"She" after a sentence where the speaker is no subject gives no gender',
    'Dan Vell opened the pier. "It is a good day," Vell said. The prize went to Sam Poll. She called the plan reckless. "It is a waste," Poll said. "We will review it," he said.',
    ['Dan Vell', 'Sam Poll', 'Sam Poll'],
  ],
  [
    'unknown gender: "he" goes on from the previous speaker as before',
    'Dan Vell opened the meeting. "We have a plan," he said. Ann Poll, a resident, was angry. "It is a disgrace," said Ann Poll.\n\n"We will look again," he said.',
    ['Dan Vell', 'Ann Poll', 'Ann Poll'],
  ],
  [
    'a spokeswoman\'s "she said" still goes to her',
    'Dan Vell opened the meeting. "We have a plan," he said. Spokeswoman Ann Poll was angry. "It is a disgrace," said Ann Poll.\n\n"We will look again," she said.',
    ['Dan Vell', 'Ann Poll', 'Ann Poll'],
  ],
];

testSpeakers('pronoun skips a previous speaker of the other gender (text evidence)', CASES);
