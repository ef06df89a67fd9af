import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';
import { titleGenderInArticle } from './title-gender.js';

describe('titleGenderInArticle', () => {
  const cases: [string, string, 'male' | 'female' | null][] = [
    ['Piet Varnholm spoke. Mr Varnholm left.', 'Piet Varnholm', 'male'],
    ['Ida Marsk spoke. Mrs Marsk left.', 'Ida Marsk', 'female'],
    ["Ida Marsk spoke. Mrs Marsk's son left.", 'Ida Marsk', 'female'],
    ['Piet Varnholm spoke.', 'Piet Varnholm', null],
    // two people of one surname
    ['Mr Varnholm spoke. Mrs Varnholm left.', 'Piet Varnholm', null],
    // a relative's title: the first name says otherwise
    ['His mother Katherine Varnholm spoke. Mr Varnholm left.', 'Katherine Varnholm', null],
    ['Varnholm spoke. Mr Varnholm left.', 'Varnholm', 'male'],
  ];
  for (const [text, full, expected] of cases)
    it(`${full} in "${text}"`, () => assert.equal(titleGenderInArticle(text, full), expected));
});

const CASES: SpeakerCase[] = [
  [
    '"she" after a sentence whose subject is a titled man: not him',
    "Piet Varnholm is going to court to see Mrs Quell's son. Mr Varnholm lost the first hearing. She denies he is the father, she said.",
    ['Quell', 'Quell'],
  ],
  [
    '"she" after "Mr X … Mrs Y\'s son", the subject Mr X: Mrs Y',
    "Mr Varnholm is going to court to see Mrs Quell's son. She denies he is the father.",
    ['Quell'],
  ],
  [
    '"he" in a report naming "Mr X … Mrs Y\'s son - whom he says …": Mr X, named in full',
    "Piet Varnholm resigned on Monday. Most voters said Mr Varnholm was right to see Mrs Quell's son - whom he says he fathered - and few backed Mrs Quell.",
    ['Most voters', 'Piet Varnholm'],
  ],
  [
    '"Mrs X" as the subject when "Mr X" is another person of that surname: not his full name',
    'Piet Varnholm will lead the campaign. Mr Varnholm will speak every morning. Mrs Varnholm made her first speech last year. In a radio interview she said she often teased her husband.',
    ['Varnholm'],
  ],
  [
    'a "Mrs X" subject whose full name the text gives: the full name',
    'Ida Varnholm will lead the campaign. Mr Varnholm will speak every morning. Mrs Varnholm made her first speech last year. In a radio interview she said she often teased her husband.',
    ['Ida Varnholm'],
  ],
  [
    '"<outlet> quoted Mr Y telling …", then "he said": Y, not the outlet',
    'Home Secretary Tom Brask has been criticised. Kelby\'s Evening Courier quoted Mr Brask telling party members at a question and answer session in Kelby that he wanted more openness. "It is our duty," he said.',
    ['Tom Brask', 'Tom Brask'],
  ],
  [
    '"<outlet> quoted Y as saying …", then "he added": Y',
    'The Harbour Gazette quoted Tom Brask as saying the road was unsafe. "We have asked for years," he said.',
    ['Tom Brask', 'Tom Brask'],
  ],
];

testSpeakers('title gender and the one quoted', CASES);
