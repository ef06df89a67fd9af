import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A reply made at once takes the day of the event told just before it (invented people and places; published on
// Sunday 2017-06-04).
const RULE = 'link/when-immediate-reply';
const CASES: WhenCase[] = [
  [
    'the day of the proposal told in the sentence before',
    'Then on Friday, General Ivo Rask offered a truce. The ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    '2017-06-02',
    RULE,
  ],
  [
    'two sentences back, in the paragraph',
    'Then on Friday, General Ivo Rask offered a truce. The offer also called for talks in Dunmore. The ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    '2017-06-02',
    RULE,
  ],
  [
    'not across a paragraph break',
    'Then on Friday, General Ivo Rask offered a truce.\n\nThe ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    null,
    null,
  ],
  [
    'not when two times are told before it',
    'On Friday, General Ivo Rask offered a truce he had first floated in March. The ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    null,
    null,
  ],
  [
    'not a reply not made at once ("did not immediately say")',
    'Then on Friday, General Ivo Rask offered a truce. The ministry did not immediately say whether it would accept.',
    (t) => [quote(t, 'indirect', 'whether it would accept', 'immediately say', 'The ministry')],
    null,
    null,
  ],
  [
    'a month as well as a day',
    'In March, General Ivo Rask offered a truce. The ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    '2017-03',
    RULE,
  ],
  [
    'not a time still to come',
    'General Ivo Rask will offer a truce next Friday. The ministry immediately said it "flatly rejects" the offer.',
    (t) => [quote(t, 'indirect', 'it "flatly rejects" the offer', 'immediately said', 'The ministry')],
    null,
    null,
  ],
];

testLastDated(CASES);
