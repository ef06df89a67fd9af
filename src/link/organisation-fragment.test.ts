import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// A name the entity stage cut short is no organisation: "York" of "New York investor", "Department" of "the State
// Department", a month, a name cut at "U.S.". [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a place word taken for the group: the group as written (group-led-by), not the place',
    'A shareholder group led by New Tarnby investor Dan Vell said it holds 9.8 pct of Kelso Mills Inc.\n\nThe group said it bought the shares for investment purposes.',
    'it bought the shares',
    'A shareholder group led by New Tarnby investor Dan Vell',
  ],
  [
    'a party cut to its last word takes the word it always follows',
    'Pensioners are being promised fuel savings by the Liberal Democrats, as snow falls in Tarnby.\n\nThe party says the plans could save each pensioner 100 pounds a year.',
    'the plans could save',
    'Liberal Democrats',
  ],
  [
    'a department cut to its head takes the word it always follows',
    'Emails kept on a private server at the State Department were marked secret, officials said.\n\nThe State Department also said it had missed its goal.\n\n"We have worked hard to meet the goal," said the agency.',
    'We have worked hard',
    'State Department',
  ],
  [
    'a name cut at "U.S." is no name',
    'Rain fell across Norland last week, the Joint Weather Facility of the U.S. Farm and Trade Departments said.\n\nThe agency said winter wheat was in the early stage.',
    'winter wheat was',
    'the agency',
  ],
  [
    'a month is no company',
    'In August, a group of Kelso Mills Inc shareholders asked the board to sue.\n\nThe company said the committee found legal action would not be in its interest.',
    'the committee found',
    'the company',
  ],
  [
    'an exchange named by its class word takes the word before the cut name',
    'Trading in Vell Gas shares was halted on the New Tarnby Stock Exchange on Monday.\n\nThe exchange said a final report is expected before the end of the year.',
    'a final report',
    'New Tarnby Stock Exchange',
  ],
  [
    'a council after "St."',
    'The St. Kelso City Council on Wednesday approved a plan for the bridge.\n\n"The bridge will be open by June," the council said.',
    'The bridge will be open',
    'St. Kelso City Council',
  ],
];

// Must not change: a whole name, a name after "U.S." (an abbreviation joins nothing), a company that spoke.
const NEGATIVES: [string, string, string, string][] = [
  [
    'a department named whole',
    'The Kelso Farm Department said rain fell across Norland.\n\nThe department said winter wheat was in the early stage.',
    'winter wheat was',
    'Kelso Farm Department',
  ],
  [
    'an exchange after "U.S."',
    'Shares of Kelso Mills rose on the U.S. Stock Exchange.\n\nThe exchange said trading was normal.',
    'trading was normal',
    'Stock Exchange',
  ],
  [
    'a company that spoke before',
    'Vell Gas Co said its profit rose.\n\nThe company said it expects growth in 1988.',
    'it expects growth',
    'Vell Gas Co',
  ],
];

describe('speakers: organisation names cut short', () => {
  for (const [name, text, start, speaker] of [...CASES, ...NEGATIVES])
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
