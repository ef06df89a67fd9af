import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn, withMention } from './when-test-fixtures.js';

// A speech noun cue that is the object of another's past verb, its source after it ("knocked a statement by Lund"):
// the day of the sentence is the verb's, not the statement's (invented people; published on Sunday 2017-06-04).
function quote(t: string, content: string, cue: string, speaker: string, mention: string): Quote {
  return withMention(t, quoteIn(t, 'direct', content, cue, speaker), mention);
}

const CASES: [string, string, (t: string) => Quote[], string | null][] = [
  [
    'not dated: "knocked a statement by actor Ivo Lund"',
    'On Friday, Tom Orr knocked a statement by actor Ivo Lund that an "obscene amount of money" was raised at the gala.',
    (t) => [quote(t, 'obscene amount of money', 'statement', 'Ivo Lund', 'actor Ivo Lund')],
    null,
  ],
  [
    'not dated: "Orr on Friday mocked the remarks from Lund"',
    'Tom Orr on Friday mocked the remarks from Ivo Lund that the vote was "a done deal for the city."',
    (t) => [quote(t, 'a done deal for the city.', 'remarks', 'Ivo Lund', 'Ivo Lund')],
    null,
  ],
  [
    'still dated: the statement as the subject ("On Friday, a statement by the ministry said")',
    'On Friday, a statement by the Lorne ministry said the port would "reopen within the month."',
    (t) => [quote(t, 'reopen within the month.', 'statement', 'the Lorne ministry', 'the Lorne ministry')],
    '2017-06-02',
  ],
];

for (const [name, text, quotes, when] of CASES)
  test(`when: ${name}`, () => {
    assert.equal(lastDated(text, quotes)?.when ?? null, when);
  });
