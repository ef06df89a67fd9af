import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The speaker of an inverted cue is a dated document or sits in one (invented people, places and outlets;
// published on Sunday 2017-06-04).
const RULE = 'link/when-dated-vehicle';
const CASES: WhenCase[] = [
  [
    '"…," said a message that was read Wednesday night',
    '"We cannot stop now," said a message that was read Wednesday night to rallying dockers.',
    (t) => [quote(t, 'direct', 'We cannot stop now,', 'said', 'a message')],
    '2017-05-31',
    RULE,
  ],
  [
    '"…," read the editorial on the front of Friday\'s edition of the Post',
    '"A harvest of greed," read the editorial on the front of Friday\'s edition of the Velden Post.',
    (t) => [quote(t, 'direct', 'A harvest of greed,', 'read', 'the editorial')],
    '2017-06-02',
    RULE,
  ],
  [
    '"…," said the front page of Friday\'s edition',
    '"The border stays shut," said the front page of Friday\'s edition of the Velden Post.',
    (t) => [quote(t, 'direct', 'The border stays shut,', 'said', 'the front page')],
    '2017-06-02',
    RULE,
  ],
];
testLastDated(CASES);

// Not a vehicle: the speaker's own relative clause, or a day inside the speaker's name phrase that dates no words.
const NOT: Array<[string, string, string, string]> = [
  [
    'a person, not a document',
    '"We will rebuild," said the man who was arrested on Friday.',
    'We will rebuild,',
    'the man',
  ],
  [
    'a day that names a thing the speaker runs',
    '"We will rebuild," said the head of the Friday market.',
    'We will rebuild,',
    'the head of the Friday market',
  ],
];
for (const [name, text, content, speaker] of NOT)
  test(`when: not a vehicle — ${name}`, () => {
    const q = lastDated(text, (t) => [quote(t, 'direct', content, 'said', speaker)]);
    assert.notEqual(q?.whenRule, RULE);
  });
