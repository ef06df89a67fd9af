import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import { buildNameIndex } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';

const subjectOf = (text: string, postmodified: boolean) => {
  const doc = normalizeArticle({ id: 'test', date: null, text });
  const seg = segmentText(doc);
  return narrationSubject(doc.text, seg, buildNameIndex(doc.text), 0, doc.text.length, 1, postmodified);
};

// The subject a postmodified narration subject is read through (invented sentences):
// [construction, sentence, subject with postmodifiers read, subject without]
const CASES: [string, string, string | null, string | null][] = [
  [
    'the organisation after "of the" before the verb',
    'But Sara Bexley of the Rural Sports Alliance has questioned how police will check.',
    'Sara Bexley',
    null,
  ],
  [
    'the organisation after "of"',
    'Tom Ardley of Keel Securities said the market was weak.',
    'Tom Ardley',
    null,
  ],
  [
    'an appositive with no verb, closed by a comma before the verb',
    'Mara Quell, Labour MP for Brackham and Dunmore, believes migration is welcome.',
    'Mara Quell',
    null,
  ],
  [
    'an appositive opened by a relative or article still reads without the option',
    'Mara Quell, who chairs the panel, said the rules were unclear.',
    'Mara Quell',
    'Mara Quell',
  ],
  [
    'an opening "Amidst …," phrase before the subject',
    'Amidst the bustle of the hall, Tom Ardley was working on a helmet.',
    'Tom Ardley',
    null,
  ],
  [
    'a possessive relative after the name',
    'Tom Ardley, whose credits include two films, had a booth at the fair.',
    'Tom Ardley',
    null,
  ],
  [
    'a weekday and a time appositive before the subject',
    'Thursday, the day he left the race, Piet Varnholm endorsed his rival.',
    'Piet Varnholm',
    'Piet Varnholm',
  ],
  [
    'lower-case role words opening the subject after a conjunction',
    'And ex-Tory health secretary Ola Brandt recalled how the rules were set.',
    'Ola Brandt',
    'Ola Brandt',
  ],
  [
    'a lower-case role and an opening phrase before the subject',
    'On Monday, defence lawyer Kit Amber tried to shield his client.',
    'Kit Amber',
    'Kit Amber',
  ],
  ['a lower-case plural noun and no name is no subject', 'But local officials said little.', null, null],
  ['a day word before the subject', 'Yesterday, Ida Marsk rejected the offer.', 'Ida Marsk', 'Ida Marsk'],
  ['a weekday opening the sentence is no subject', 'Friday, as expected, the vote passed.', null, null],
  [
    'an opening word with a comma is no subject',
    'First, she mixed up two figures, claiming the deficit had doubled.',
    null,
    null,
  ],
];

describe('narrationSubject: a subject with its organisation or an appositive before the verb', () => {
  for (const [name, text, wide, narrow] of CASES)
    it(name, () => {
      assert.equal(subjectOf(text, true), wide);
      assert.equal(subjectOf(text, false), narrow);
    });
});
