import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day, then a "when" clause narrating the speaker's words (invented people and places; published on Sunday
// 2017-06-04).
const RULE = 'link/when-day-when-speech';
const CASES: WhenCase[] = [
  [
    '"… no surprise Thursday, when Roe went off script to comment on …" then her quote, a paragraph on',
    'So it was no surprise Thursday, when Carla Roe went off script to comment on the mayor of Dunmore.\n\n"He started by insulting the dockers," Roe said.',
    (t) => [quote(t, 'direct', 'He started by insulting the dockers,', 'said', 'Carla Roe')],
    '2017-06-01',
    RULE,
  ],
  [
    '"The row began on Friday, when Roe tweeted that …"',
    'The row began on Friday, when Carla Roe tweeted that the port was a disgrace. "Nobody listens," Roe said.',
    (t) => [quote(t, 'direct', 'Nobody listens,', 'said', 'Carla Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'the day\'s occasion, then the quote\'s own cue in the "when" clause, the speaker as a pronoun',
    "Mayor Carla Roe was booed at Friday night's council meeting when she said the toll would stay.",
    (t) => [quote(t, 'indirect', 'the toll would stay', 'said', 'Carla Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    '"during Saturday\'s debate, when she claimed that …"',
    "Carla Roe stretched the truth during Saturday's debate, when she claimed that the toll paid for the pier.",
    (t) => [quote(t, 'indirect', 'the toll paid for the pier', 'claimed', 'Carla Roe')],
    '2017-06-03',
    RULE,
  ],
  [
    'negative: the pronoun names nobody before the day',
    "Dockers booed at Friday night's council meeting when she said the toll would stay.",
    (t) => [quote(t, 'indirect', 'the toll would stay', 'said', 'Carla Roe')],
    null,
    null,
  ],
  [
    'negative: words still to come',
    "Carla Roe speaks at Friday's council meeting, when she will say the toll stays.",
    (t) => [quote(t, 'indirect', 'the toll stays', 'will say', 'Carla Roe')],
    null,
    null,
  ],
];
testLastDated(CASES);

// [name, text, quote content, its speaker]
const NOT: Array<[string, string, string, string]> = [
  [
    'no speech act in the "when" clause',
    'It changed on Friday, when Carla Roe was arrested at the port. "Nobody listens," Roe said.',
    'Nobody listens,',
    'Carla Roe',
  ],
  [
    'another person speaks in the "when" clause',
    'It changed on Friday, when Ben Vell told reporters the port would shut. "Nobody listens," Roe said.',
    'Nobody listens,',
    'Carla Roe',
  ],
  [
    'another quote between the narration and this one',
    'It changed on Friday, when Carla Roe told reporters the port would shut. "It is over," said Ben Vell. "Nobody listens," Roe said.',
    'Nobody listens,',
    'Carla Roe',
  ],
];
for (const [name, text, content, speaker] of NOT)
  test(`when: not a day-when-speech — ${name}`, () => {
    const q = lastDated(text, (t) => [
      ...(t.includes('It is over') ? [quote(t, 'direct', 'It is over,', 'said', 'Ben Vell')] : []),
      quote(t, 'direct', content, 'said', speaker),
    ]);
    assert.notEqual(q?.whenRule, RULE);
  });
