import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote told as said again and again or for long takes no day from the speaker's dated quote (invented people
// and places; published on Sunday 2017-06-04).

/** A quote of `content` with its cue, its speaker named by `name` last before the cue (or first after the quote). */
function said(text: string, content: string, cue: string | null, name = 'Roe'): Quote {
  const q = quoteIn(text, 'indirect', content, cue, 'Ann Roe');
  const at = q.cue ? text.lastIndexOf(name, q.cue.start) : text.indexOf(name, q.end);
  return { ...q, mention: at >= 0 ? { start: at, end: at + name.length, text: name } : null };
}

// [sentence, content, cue, told as habitual]
const FRAMES: [string, string, string | null, boolean][] = [
  ['Roe has repeatedly and publicly said the toll is unfair.', 'the toll is unfair', 'publicly said', true],
  ['Roe often says the toll is unfair.', 'the toll is unfair', 'often says', true],
  ['Roe has said for years that the toll is unfair.', 'the toll is unfair', 'said', true],
  ['"The toll is unfair," Roe has long said.', 'The toll is unfair,', null, true],
  ['Roe has consistently maintained that the toll is unfair.', 'the toll is unfair', 'maintained', true],
  ['Roe said the toll is unfair.', 'the toll is unfair', 'said', false],
  ['Roe repeatedly said during the hearing that the toll was unfair.', 'the toll was unfair', 'said', false],
  ['Roe said the toll had long been unfair.', 'the toll had long been unfair', 'said', false],
  ['"We have always paid," Roe said.', 'We have always paid,', 'said', false],
  ['Roe, who has been mayor for years, said the toll is unfair.', 'the toll is unfair', 'said', false],
  ['Roe has opposed the new toll, saying it would hurt shops.', 'it would hurt shops', 'saying', true],
  ['Roe has long been critical of the toll, calling it a tax.', 'a tax', 'calling', true],
  ['Roe has resigned, saying she was tired.', 'she was tired', 'saying', false],
  ['Roe opposed the new toll, saying it would hurt shops.', 'it would hurt shops', 'saying', false],
];

test('isHabitualReport', () => {
  for (const [text, content, cue, expected] of FRAMES)
    assert.equal(isHabitualReport(text, said(text, content, cue)), expected, text);
});

const LEAD = 'Mayor Ann Roe told the council on Friday that the bridge would close.\n';
const lead = (t: string) => said(t, 'the bridge would close', 'told');

const CASES: WhenCase[] = [
  [
    'the same statement goes on',
    `${LEAD}Roe also said the toll was unfair.`,
    (t) => [lead(t), said(t, 'the toll was unfair', 'also said')],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    'not a quote told as said again and again',
    `${LEAD}Roe has repeatedly and publicly said the toll is unfair.`,
    (t) => [lead(t), said(t, 'the toll is unfair', 'publicly said')],
    null,
    null,
  ],
  [
    'not a habit in the present',
    `${LEAD}She often says the toll is unfair.`,
    (t) => [lead(t), said(t, 'the toll is unfair', 'often says', 'She')],
    null,
    null,
  ],
  [
    'not words said for years',
    `${LEAD}"The toll is unfair," Roe has said for years.`,
    (t) => [lead(t), said(t, 'The toll is unfair,', 'said')],
    null,
    null,
  ],
  [
    'not carried from a speech told just before',
    'Mayor Ann Roe spoke at a rally in Velden on Friday.\nRoe often says the toll is unfair.',
    (t) => [said(t, 'the toll is unfair', 'often says')],
    null,
    null,
  ],
  [
    'not carried from a dated visit',
    'Mayor Ann Roe spoke at a rally in Velden on Friday.\n"The toll is unfair," Roe has said for years.',
    (t) => [said(t, 'The toll is unfair,', 'has said')],
    null,
    null,
  ],
];

testLastDated(CASES);
