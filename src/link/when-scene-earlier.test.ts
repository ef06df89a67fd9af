import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote } from '../types.js';
import { whenSceneEarlier } from './when-scene-earlier.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote said at an occasion an earlier sentence dates (published Sunday 2017-06-04; invented people and places).
const RULE = 'link/when-scene-earlier';

const CASES: WhenCase[] = [
  [
    'not a day in a dash aside of a thing to come ("-- which holds its vote on Saturday --")',
    'Ada Roe has led the race for months.\n\nIn a victory speech from Dunmore -- which holds its vote on Saturday -- Ada Roe claimed momentum.\n\n"We are winning," Roe said.',
    (t) => [quote(t, 'direct', 'We are winning,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'not a day in a comma aside of a thing to come (", which meets on Friday,")',
    'Ada Roe has led the race for months.\n\nAt a rally in Dunmore, where the council meets on Friday, Ada Roe spoke for an hour.\n\n"We are winning," Roe said.',
    (t) => [quote(t, 'direct', 'We are winning,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'a comma aside telling a past event, its verb after the day (", who yesterday denounced …,")',
    'Farm ministers failed to agree on prices.\n\nAda Kray, who yesterday denounced the plan as unacceptable, warned the meeting of unrest.\n\nShe said they did not even form a basis for talks.',
    (t) => [quote(t, 'indirect', 'they did not even form a basis for talks', 'said', 'Ada Kray')],
    '2017-06-03',
    RULE,
  ],
  // [name, text, quotes, when, whenRule]
  [
    'an organizer greeting visitors at a dated scene',
    'On Friday afternoon, Ebba Lind showed up at a field office in Dunmore. She and her husband were greeted by an organizer.\n\n"You will be our best messengers," the organizer told them.',
    (t) => [quote(t, 'direct', 'You will be our best messengers,', 'told', 'the organizer')],
    '2017-06-02',
    RULE,
  ],
  [
    'a mayor named in a dated conference call, a paragraph later',
    'The plan has won over Mayor Ada Roe, who endorsed it during a conference call with reporters Thursday morning.\n\nX.\n\n"It is the only plan that helps the town," Roe said.',
    (t) => [quote(t, 'direct', 'It is the only plan that helps the town,', 'said', 'Ada Roe')],
    '2017-06-01',
    RULE,
  ],
  [
    'a bare day opening the sentence of an endorsement',
    'Wednesday, the day he left the race, Tom Vell endorsed his rival, Ann Hart. "Three months ago," he said, "I joined the race."',
    (t) => [quote(t, 'direct', 'Three months ago,', 'said', 'Tom Vell')],
    '2017-05-31',
    RULE,
  ],
  [
    'ministers gathered on a day, then "They concluded"',
    'The foreign ministers of Arland and Belmark gathered in Dunmore on Wednesday to discuss the border. A third minister joined the talks as an observer.\n\nThey concluded that the May 27 treaty is "null and void".',
    (t) => [quote(t, 'direct', 'null and void', 'concluded', 'They')],
    '2017-05-31',
    RULE,
  ],
  [
    'a named speaker four sentences after the dated meeting',
    'Growers from three valleys gathered in Dunmore on Thursday to meet Tom Vell. The hall was full. Prices have fallen. Many farms are small.\n\n"We will fight for every farm," Vell said.',
    (t) => [quote(t, 'direct', 'We will fight for every farm,', 'said', 'Tom Vell')],
    '2017-06-01',
    RULE,
  ],
];

testLastDated(CASES);

// Negatives: the rule itself dates nothing (other rules may read these texts on their own).
const NEGATIVES: [string, string, (t: string) => Quote[]][] = [
  [
    'a speaker the scene does not name (a vox-pop elsewhere)',
    'Governor Ada Roe visited the Dunmore mill on Friday. The town has 40,000 people.\n\n"It is a fine place to live," said Tim Oke, a teacher.',
    (t) => [quote(t, 'direct', 'It is a fine place to live,', 'said', 'Tim Oke')],
  ],
  [
    'an event that is no occasion of speech (an arrest)',
    'Tom Vell was arrested in Dunmore on Friday.\n\n"I am innocent," Vell said.',
    (t) => [quote(t, 'direct', 'I am innocent,', 'said', 'Tom Vell')],
  ],
  [
    'an occasion still to come',
    'Tom Vell will meet the growers in Dunmore on Friday.\n\n"We will listen to them," Vell said.',
    (t) => [quote(t, 'direct', 'We will listen to them,', 'said', 'Tom Vell')],
  ],
  [
    'a day bounding another event ("before Monday\'s vote")',
    'Tom Vell met growers before Monday\'s vote.\n\n"We will listen to them," Vell said.',
    (t) => [quote(t, 'direct', 'We will listen to them,', 'said', 'Tom Vell')],
  ],
  [
    'another occasion opened between ("in a statement")',
    'Tom Vell met growers in Dunmore on Friday. The talks ended without a deal.\n\nIn a statement, Vell said, "We will try again."',
    (t) => [quote(t, 'direct', 'We will try again.', 'said', 'Tom Vell')],
  ],
  [
    'another date between the scene and the quote',
    'Tom Vell met growers in Dunmore on Friday. The growers had marched in 2015.\n\n"We will try again," Vell said.',
    (t) => [quote(t, 'direct', 'We will try again,', 'said', 'Tom Vell')],
  ],
  [
    'a pronoun three sentences after the dated scene',
    'Tom Vell met growers in Dunmore on Friday. The growers want higher prices. Their farms are small. Prices fell.\n\n"We will try again," he said.',
    (t) => [quote(t, 'direct', 'We will try again,', 'said', 'he')],
  ],
  [
    'a date naming another event ("the May 22 accord")',
    'Talking to reporters before a meeting of ministers, Tom Vell would not discuss the May 22 Dunmore accord.\n\n"We take it very seriously," he said.',
    (t) => [quote(t, 'direct', 'We take it very seriously,', 'said', 'Tom Vell')],
  ],
  [
    'a day in a clause of another event ("following a meeting on Wednesday")',
    'The announcement, following a cabinet meeting on Wednesday morning, won broad support.\n\nAda Roe welcomed the move. "The time has come," Roe said.',
    (t) => [quote(t, 'direct', 'The time has come,', 'said', 'Ada Roe')],
  ],
  [
    'the speaker only as the object of the dated visit',
    'On Monday, a delegation of mill towns visited Ms Ada Lind to lobby for funds. Ms Lind said: "I have listened to the towns."',
    (t) => [quote(t, 'direct', 'I have listened to the towns.', 'said', 'Ada Lind')],
  ],
  [
    'a quote of the scene left undated between',
    'On Monday, a delegation of mill towns visited Ms Ada Lind to lobby for funds. Ms Lind said: "I have listened to the towns." She said taxes could stay low.',
    (t) => [
      quote(t, 'direct', 'I have listened to the towns.', 'said', 'Ada Lind'),
      quote(t, 'indirect', 'taxes could stay low', 'said', 'Ada Lind'),
    ],
  ],
  [
    'told an audience the scene does not name',
    'Growers gathered in Dunmore on Thursday, and Tom Vell spoke to them.\n\nVell told reporters the plan was dead.',
    (t) => [quote(t, 'indirect', 'the plan was dead', 'told', 'Tom Vell')],
  ],
  [
    'the speaker named only in a clause of another event ("after Mayor Lind …")',
    'A rally in Dunmore turned angry on Thursday after Mayor Ada Lind criticised the plan.\n\n"They failed us," Lind said.',
    (t) => [quote(t, 'direct', 'They failed us,', 'said', 'Ada Lind')],
  ],
];

for (const [name, text, quotes] of NEGATIVES) {
  test(`when-scene-earlier: not ${name}`, () => {
    const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
    const timexes = findTimeExpressions(doc, segmentText(doc));
    const q = quotes(text).at(-1);
    assert.ok(q);
    const before = quotes(text).slice(0, -1);
    assert.equal(whenSceneEarlier.find({ doc, quote: q, timexes, dated: [], before }), null);
  });
}
