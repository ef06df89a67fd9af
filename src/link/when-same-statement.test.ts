import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote that goes on from the previous quote of its speaker (invented people; published on Sunday 2017-06-04).
const RULE = 'link/when-same-statement';
const SAID =
  'Mayor Ann Roe said on Friday the bridge plan was doomed. "It is over," she said. "Nobody wants it.';

const CASES: WhenCase[] = [
  [
    'goes on from a quote dated by the day its own reported words tell ("the council met today")',
    'Mayor Ann Roe said the council met today and cut fares. However, she said the cuts would come slowly.',
    (t) => [
      quoteIn(t, 'indirect', 'the council met today and cut fares', 'said', 'Ann Roe'),
      quoteIn(t, 'indirect', 'the cuts would come slowly', 'said', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    "must stay undated: after a quote dated by its own words' day, another speaker",
    'Mayor Ann Roe said the council met today and cut fares. However, Ivo Brandt said the cuts would come slowly.',
    (t) => [
      quoteIn(t, 'indirect', 'the council met today and cut fares', 'said', 'Ann Roe'),
      quoteIn(t, 'indirect', 'the cuts would come slowly', 'said', 'Ivo Brandt'),
    ],
    null,
    null,
  ],
  [
    'a paragraph of quoted words with no cue, running on from a dated quote that goes on from another',
    `${SAID}\n\n"Why should we pay? Nobody will."`,
    (t) => [
      quoteIn(t, 'indirect', 'the bridge plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'direct', 'It is over,', 'she said', 'Ann Roe'),
      quoteIn(t, 'direct', 'Nobody wants it.', null, 'Ann Roe'),
      quoteIn(t, 'direct', 'Why should we pay? Nobody will.', null, 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'must stay undated: a paragraph with a cue of its own after a quote dated as the same statement',
    `${SAID}\n\nRoe later added that the council would meet.`,
    (t) => [
      quoteIn(t, 'indirect', 'the bridge plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'direct', 'It is over,', 'she said', 'Ann Roe'),
      quoteIn(t, 'direct', 'Nobody wants it.', null, 'Ann Roe'),
      quoteIn(t, 'indirect', 'the council would meet', 'added', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'past a report told in a relative clause of the dated sentence ("a video in which her aide said …")',
    'Ann Roe said on Friday she did not trust a video in which her aide said the plan was fine. She has met the aide twice, and she insisted the plan was doomed.',
    (t) => [
      quoteIn(t, 'indirect', 'she did not trust a video', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'indirect', 'the plan was fine', 'said', 'her aide'),
      quoteIn(t, 'indirect', 'the plan was doomed', 'insisted', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'past a time a span starts from ("since she took office on May 2")',
    'Ann Roe said on Friday the plan was doomed. She has met the board twice since she took office on May 2, and she insisted the board would fold.',
    (t) => [
      quoteIn(t, 'indirect', 'the plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'indirect', 'the board would fold', 'insisted', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'must stay undated: a date between that opens no span ("She met the board on May 2")',
    'Ann Roe said on Friday the plan was doomed. She met the board on May 2, and she insisted the board would fold.',
    (t) => [
      quoteIn(t, 'indirect', 'the plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'indirect', 'the board would fold', 'insisted', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: its own words date a past event after that day ("after Vell made its bid on May 30")',
    'On May 2, Tarn Mercantile said it had been told the sale was off.\n\nBut talks resumed after Vell Corp made its bid on May 30, Tarn Mercantile added.',
    (t) => [
      quoteIn(t, 'indirect', 'it had been told the sale was off', 'said', 'Tarn Mercantile'),
      quoteIn(
        t,
        'indirect',
        'But talks resumed after Vell Corp made its bid on May 30',
        'added',
        'Tarn Mercantile',
      ),
    ],
    null,
    null,
  ],
  [
    'a later day its own words leave to come ("would vote on June 20")',
    'Ann Roe said on Friday the plan was doomed. The council would vote on it on June 20, she added.',
    (t) => [
      quoteIn(t, 'indirect', 'the plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(t, 'indirect', 'The council would vote on it on June 20', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'a later year in its own words is no past event ("continued growth through 2017 and into 2018")',
    'Ann Roe said on Friday the plan was doomed. Prospects for continued growth through 2017 and into 2018 are good, she added.',
    (t) => [
      quoteIn(t, 'indirect', 'the plan was doomed', 'said on Friday', 'Ann Roe'),
      quoteIn(
        t,
        'indirect',
        'Prospects for continued growth through 2017 and into 2018 are good',
        'added',
        'Ann Roe',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
];

testLastDated(CASES);
