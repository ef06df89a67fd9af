import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Statement dates the text implies across sentences (invented people and places; published on Sunday 2017-06-04).
const ADDED = 'link/when-added-to-dated';

const CASES: WhenCase[] = [
  [
    '"she added" after a sentence narrating a statement with its opening day',
    'On Tuesday, Prime Minister Ada Roe, speaking to a think tank, called the pact "void" and "unlawful". ' +
      '"It ignores everything we know about the law of the sea," she added.',
    (t) => [
      quote(t, 'direct', 'It ignores everything we know about the law of the sea,', 'added', 'Tom Hale'),
    ],
    '2017-05-30',
    ADDED,
  ],
  [
    '"He added:" opening the next paragraph',
    'Yesterday the harbour master of Dunmore told the council the pier was unsafe.\n\n' +
      'He added: "Nobody should fish from it until it is mended."',
    (t) => [quote(t, 'direct', 'Nobody should fish from it until it is mended.', 'added', null)],
    '2017-06-03',
    ADDED,
  ],
  [
    'must stay undated: the day opens a sentence about another event',
    'On Tuesday, floods closed the pier at Dunmore. "We will rebuild it within the year," she added.',
    (t) => [quote(t, 'direct', 'We will rebuild it within the year,', 'added', null)],
    null,
    null,
  ],
  [
    'must stay undated: the day is in a clause about another event',
    'Mayor Lina Vell, who was elected on Tuesday, praised the rescuers. "They were brave," she added.',
    (t) => [quote(t, 'direct', 'They were brave,', 'added', null)],
    null,
    null,
  ],
  [
    'must stay undated: two days in the sentence before',
    'On Tuesday, Roe said the pier, closed on Friday, was unsafe. "It must be mended," she added.',
    (t) => [quote(t, 'direct', 'It must be mended,', 'added', null)],
    null,
    null,
  ],
  [
    'must stay undated: the quote does not open its sentence',
    'On Tuesday, Roe called the pact unlawful. Later the mayor said "it was signed in haste", she added.',
    (t) => [quote(t, 'direct', 'it was signed in haste', 'added', null)],
    null,
    null,
  ],
  [
    'a relative clause the date opens before a long named subject',
    'On May 28, the union wrote to the Dunmore Harbour Board, to which on June 1 Dunmore Harbour Board Ltd ' +
      'replied that the pier would reopen.',
    (t) => [quote(t, 'indirect', 'the pier would reopen', 'replied', 'Dunmore Harbour Board Ltd')],
    '2017-06-01',
    'link/when-cue-governed',
  ],
  [
    'must stay undated: a relative clause about another event before the cue',
    'Ann Roe, who on June 1 Vell said had resigned, told reporters the pier was safe.',
    (t) => [quote(t, 'indirect', 'the pier was safe', 'told reporters', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);

// "the following day" counts from the day the story tells, not from a day that names a thing
const FOLLOWING: [string, string, string][] = [
  [
    'a background day naming an agreement',
    'Ministers met in Dunmore on Wednesday. They called the May 3 fishing accord void. The following day, the ' +
      'ministry replied.',
    '2017-06-01',
  ],
  [
    'a narrated day stays the anchor',
    'Ministers met in Dunmore on May 3. The following day, the ministry replied.',
    '2017-05-04',
  ],
  [
    'a day naming a thing after the narrated day is still the anchor',
    'Ministers met in Dunmore on May 3. They prepared the May 20 vote. The following day, the ministry replied.',
    '2017-05-21',
  ],
  [
    'must keep its own day: "the same day" as a day that names a thing',
    'Ministers met in Dunmore on July 2. The May 3 march came on the same day as a vote.',
    '2017-05-03',
  ],
  [
    'must keep its own day: no narrated day before, only the publication day',
    'They called the May 3 fishing accord void. The following day, the ministry replied.',
    '2017-05-04',
  ],
];

for (const [name, text, value] of FOLLOWING)
  test(`following day: ${name}`, () => {
    const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
    const t = findTimeExpressions(doc, segmentText(doc)).find((x) => /(?:following|same) day/i.test(x.text));
    assert.equal(t?.value, value);
  });
