import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import { linkDates } from './link-dates.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Statement dates for the constructions the TBAQ (TimeBank + AQUAINT) misses showed (invented people and places;
// published on Sunday 2017-06-04).
const CUE = 'link/when-cue-governed';
const SPEAKER = 'link/when-speaker-day';
const LEAD = 'link/when-lead-statement';

const DAM = 'Mayor Ann Roe said on Friday the dam was safe.';
// The first quote, and a second whose cue is the last "said" of the text (the fixture takes the nearest one).
const roeTwice = (t: string) => {
  const content = t.includes('it,"') ? 'We will keep watching it,' : 'We will keep watching it';
  const second = quote(t, 'direct', content, 'said', 'Ann Roe');
  const at = t.lastIndexOf('said');
  return [
    quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
    { ...second, cue: { start: at, end: at + 4, text: 'said' } },
  ];
};

const CASES: WhenCase[] = [
  [
    'a passive "was told" with its day: the day of the telling',
    'Tom Hale was told Wednesday by the harbour master that the pier was unsafe, aides said.',
    (t) => [quote(t, 'indirect', 'the pier was unsafe', 'was told Wednesday', 'the harbour master')],
    '2017-05-31',
    CUE,
  ],
  [
    'a passive "was told" with no day',
    'Tom Hale was told by the harbour master that the pier was unsafe, aides said.',
    (t) => [quote(t, 'indirect', 'the pier was unsafe', 'was told', 'the harbour master')],
    null,
    null,
  ],
  [
    'an older day inside a relative clause is background',
    `${DAM}\n\nThe dam replaced one that burst on March 3, 1998.\n\n"We will keep watching it," Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    'an older year qualifying a noun is background',
    `${DAM}\n\nShe recalled the 1998 flood and its cost.\n\n"We will keep watching it," Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    "an older year qualifying a noun in the quote's own sentence is background",
    `${DAM}\n\nEngineers have inspected it twice.\n\n"We will keep watching it" to spare the 1998 flood victims more grief, Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    'an older day of a main clause in a paragraph of its own, no words said in it, is background',
    `${DAM}\n\nThe council on May 2 ordered an inspection.\n\n"We will keep watching it," Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    'an older year in a "when" clause, a paragraph of background, does not move the story',
    `${DAM}\n\nWhen the dam cracked in 1998, she was its keeper.\n\n"We will keep watching it," Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    'an older year told as the time of a main clause, in a paragraph of background, does not move the story',
    `${DAM}\n\nThe dam cracked in 1998.\n\n"We will keep watching it," Roe said.`,
    roeTwice,
    '2017-06-02',
    SPEAKER,
  ],
  [
    'a lead sentence with "U.S." in it is read whole',
    'U.S. Senator Ada Roe on Saturday vowed to find the bombers.\n\n"We will not rest," Roe said.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'Ada Roe')],
    '2017-06-03',
    LEAD,
  ],
  [
    'the lead\'s title for its speaker: "the president" for "President Ada Roe"',
    'President Ada Roe on Saturday vowed to find the bombers.\n\n"We will not rest," the president said.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'the president')],
    '2017-06-03',
    LEAD,
  ],
  [
    'a title the lead does not give its speaker',
    'Senator Ada Roe on Saturday vowed to find the bombers.\n\n"We will not rest," the president said.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'the president')],
    null,
    null,
  ],
];

testLastDated(CASES);

// A week inside one month needs another publication day: Sunday 2017-06-11 (the week of 5-11 June).
const WEEKS: Array<[string, string, string | null]> = [
  ["the week the speaker's day lies in moves no story", 'This week', '2017-06-09'],
  ["a week the speaker's day does not lie in moves the story", 'Last week', null],
];
for (const [name, week, when] of WEEKS) {
  test(`when: ${name}`, () => {
    const text = `${DAM}\n\n${week}, the council declined to pay for repairs.\n\n"We will keep watching it," Roe said.`;
    const doc = normalizeArticle({ id: 'a', date: '2017-06-11', text });
    const seg = segmentText(doc);
    const dated = linkDates(doc, seg, roeTwice(text), findTimeExpressions(doc, seg));
    assert.equal(dated[0]?.when, '2017-06-09');
    assert.equal(dated[1]?.when, when);
  });
}

test('when: a week that dates another statement of the speaker moves the story', () => {
  const text = `${DAM}\n\nShe told a town hall this week that repairs would start.\n\nEngineers have inspected it twice.\n\n"We will keep watching it," Roe said.`;
  const doc = normalizeArticle({ id: 'a', date: '2017-06-11', text });
  const seg = segmentText(doc);
  const quotes = roeTwice(text);
  const [first, last] = quotes;
  assert.ok(first && last);
  const townHall = quote(text, 'indirect', 'repairs would start', 'told a town hall this week', 'Ann Roe');
  const dated = linkDates(doc, seg, [first, townHall, last], findTimeExpressions(doc, seg));
  assert.equal(dated[1]?.when, '2017-06');
  assert.equal(dated[2]?.when, null);
});
