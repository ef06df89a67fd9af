import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// "according to" lead-ins whose source runs past its first comma, and the lead-ins that must stay as they were
const CASES: [string, string, [string, string][]][] = [
  [
    'a person named after a descriptor',
    'According to the Vessby mayor, Ann Roe, during the weekend, police were searching the harbour.',
    [['during the weekend, police were searching the harbour', 'Ann Roe']],
  ],
  [
    'a named lawyer with a firm',
    'According to its Tarn lawyer, Emil Dorn of Fask and Webb, the claim is based on that figure.',
    [['the claim is based on that figure', 'Emil Dorn']],
  ],
  [
    'a state after a city',
    'According to police in Elmford, Norland, the driver has crashed before.',
    [['the driver has crashed before', 'police']],
  ],
  [
    'a descriptor after a report by a firm',
    'According to a report on Monday by Tarnwatch, a security firm, two databases were left open.',
    [['two databases were left open', 'Tarnwatch']],
  ],
  [
    'a survey published in a year by a society',
    'According to a survey published in 2017 by the Tarn Pharmacy Society, 84% of people did not wash their hands well.',
    [['84% of people did not wash their hands well', 'the Tarn Pharmacy Society']],
  ],
  [
    'the year of a dated source',
    'According to a May 4, 2019 Norland press release, the army spent 2% of output on arms.',
    [['the army spent 2% of output on arms', 'a May 4, 2019 Norland press release']],
  ],
  [
    'a possessive source',
    "According to the Daily Tarn's Vessby correspondent, the new rules will hurt trade.",
    [['the new rules will hurt trade', "the Daily Tarn's Vessby correspondent"]],
  ],
  [
    'a plural possessive source',
    "Sales fell sharply last year, according to the Tarn Islands' trade office.",
    [['Sales fell sharply last year', "the Tarn Islands' trade office"]],
  ],
  [
    'a semicolon before the lead-in',
    'Four people were on board; according to investigators, one was pronounced dead at the scene.',
    [['one was pronounced dead at the scene', 'investigators']],
  ],
  [
    'a one-word name after a possessive descriptor',
    'According to his wife, Amanda, Roe died of a lung disorder at home.',
    [['Roe died of a lung disorder at home', 'Amanda']],
  ],
  [
    'a one-word name for an office, then a participle on a noun',
    'According to the statistics office, Tarnstat, rising exports were outweighed by weak demand.',
    [['rising exports were outweighed by weak demand', 'Tarnstat']],
  ],
  // unchanged
  [
    'a descriptor after a descriptor is the report',
    'According to the ruling, a host, such as Tarnbook, must remove the original post.',
    [['a host, such as Tarnbook, must remove the original post', 'the ruling']],
  ],
  [
    'a name with its own participle phrase is the report',
    'According to official statements, Lee, now working from the clinic, is to keep his duties.',
    [['Lee, now working from the clinic, is to keep his duties', 'official statements']],
  ],
  [
    'the owner of a possessed document stays the source',
    "Sales fell sharply last year, according to analysts' forecasts.",
    [['Sales fell sharply last year', 'analysts']],
  ],
  [
    'a time adjunct after the source stays in the report',
    'According to police, last year, crime fell in Vessby.',
    [['last year, crime fell in Vessby', 'police']],
  ],
  [
    'a named subject with its own appositive stays',
    'According to police, Ann Roe, a teacher, was arrested at home.',
    [['Ann Roe, a teacher, was arrested at home', 'police']],
  ],
  [
    'a list of names stays',
    'According to the report, Norland, Tarnia and Vessby have all agreed to the plan.',
    [['Norland, Tarnia and Vessby have all agreed to the plan', 'the report']],
  ],
  ['a plain lead-in', 'According to the panel, the skills are rare.', [['the skills are rare', 'the panel']]],
  [
    'after a verb\'s "that" the report follows the source',
    'The Tarn Herald has learned that according to a council memo, the depot will close in May.',
    [['the depot will close in May', 'a council memo']],
  ],
  [
    'a demonstrative "that" ends the report before the source',
    'Rain was a big factor in that according to Ann Roe.',
    [['Rain was a big factor in that', 'Ann Roe']],
  ],
];

describe('according to: the source phrase past its first comma', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      const got = runQuoteEngine(text)
        .quotes.filter((q) => q.type === 'indirect')
        .map((q) => [q.content, q.mention?.text ?? null]);
      assert.deepEqual(got, want);
    });
  }
});

// "according to" after a verb of ordering or measuring: a rule or measure, no source
describe('according to: a measure, no source', () => {
  for (const [text, want] of [
    ['The panel wants a league table which ranks towns according to the steps they are taking.', []],
    ['Fees were assigned according to the size of the farms.', []],
    ['The idea is: each according to their choice.', []],
    ['The fares will vary according to the season.', []],
    // kept
    ['Sales rose each month according to the trade body.', ['Sales rose each month']],
    ['The group sales rose sharply according to the firm.', ['The group sales rose sharply']],
  ] as const) {
    it(text.slice(0, 40), () => {
      const got = runQuoteEngine(text)
        .quotes.filter((q) => q.type === 'indirect')
        .map((q) => q.content);
      assert.deepEqual(got, want);
    });
  }
});
