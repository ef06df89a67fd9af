import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A date carried along a speaker's quotes (invented firms and people; published on Sunday 2017-06-04): only from
// the statement the quote goes on, never from a background report or another predicate's object.
// the quote with its mention, the first place the text writes it
const withMention = (text: string, q: ReturnType<typeof quote>, mention: string) => {
  const start = text.indexOf(mention);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
};

const CASES: WhenCase[] = [
  [
    'a statement in another document of the same source does not go on from the dated one',
    'The Norland Health Agency (NHA) has raised its alert level. According to the NHA\'s situation report dated June 2, the virus claimed 60 lives in the city. The NHA\'s website said: "Stay at home and wash your hands often."',
    (t) => [
      withMention(
        t,
        quote(
          t,
          'indirect',
          'the virus claimed 60 lives in the city',
          'According to',
          'Norland Health Agency',
        ),
        "the NHA's situation report dated June 2",
      ),
      withMention(
        t,
        quote(t, 'direct', 'Stay at home and wash your hands often.', 'said', 'Norland Health Agency'),
        "The NHA's website",
      ),
    ],
    null,
    null,
  ],
  [
    'a report in a time clause is background: the later quote of the speaker does not go on from it',
    'The dip had been expected after the company said in May that the rain had hurt trade.\n\nArlo Foods said its sales were up by 4% last year.',
    (t) => [
      quote(t, 'indirect', 'the rain had hurt trade', 'said', 'Arlo Foods'),
      quote(t, 'indirect', 'its sales were up by 4% last year', 'Arlo Foods said', 'Arlo Foods'),
    ],
    null,
    null,
  ],
  [
    'after a flashback to an older statement, a further quote may go on from either',
    'Umbra said on Thursday it had signed a deal with Dunmore Rovers. In January, Umbra announced its deal with Kell City would end. The firm said it is "weighing new investments".',
    (t) => [
      quote(t, 'indirect', 'it had signed a deal with Dunmore Rovers', 'said', 'Umbra'),
      quote(t, 'indirect', 'its deal with Kell City would end', 'announced', 'Umbra'),
      quote(t, 'direct', 'weighing new investments', 'firm said', 'Umbra'),
    ],
    null,
    null,
  ],
  [
    'with no later statement told before it, the older statement still goes on',
    'In January, Umbra announced its deal with Kell City would end. The firm said it is "weighing new investments".',
    (t) => [
      quote(t, 'indirect', 'its deal with Kell City would end', 'announced', 'Umbra'),
      quote(t, 'direct', 'weighing new investments', 'firm said', 'Umbra'),
    ],
    '2017-01',
    'link/when-same-statement',
  ],
  [
    "a year in the first predicate's object does not date a coordinated cue",
    'Arlo Foods expects flat profits in 2016 but said it will open new shops.',
    (t) => [quote(t, 'indirect', 'it will open new shops', 'said', 'Arlo Foods')],
    null,
    null,
  ],
  [
    "a month in the first predicate's object does not date a coordinated cue",
    'The bank did not rule out a rise in May but noted that rates would climb slowly.',
    (t) => [quote(t, 'indirect', 'rates would climb slowly', 'noted', 'the bank')],
    null,
    null,
  ],
  [
    'a day before a coordinated cue still dates it',
    'Arlo Foods on Friday reported flat profits and said it will open new shops.',
    (t) => [quote(t, 'indirect', 'it will open new shops', 'said', 'Arlo Foods')],
    '2017-06-02',
    'link/when-sentence-day',
  ],
  [
    'a participle goes on from the report its sentence opens with a date',
    'In May, at the party\'s last debate, Senator Ada Moor announced her plan to pick a deputy, saying "I commit to it."',
    (t) => [quote(t, 'direct', 'I commit to it.', 'saying', 'Ada Moor')],
    '2017-05',
    'link/when-participle-report',
  ],
  [
    "the time a span starts from is not the occasion's",
    'Mr Brask, in his first interview since taking office last October, said: "We will not move."',
    (t) => [quote(t, 'direct', 'We will not move.', 'said', 'Ivo Brask')],
    null,
    null,
  ],
  [
    "a year after an occasion noun that owns another noun is not the occasion's",
    "Mr Brask, who left after his party's 2012 election defeat, told the Kell Courier he would write books.",
    (t) => [quote(t, 'indirect', 'he would write books', 'told the Kell Courier', 'Ivo Brask')],
    null,
    null,
  ],
  [
    'the dated occasion itself still dates the quote',
    'Mr Brask, in an interview on Friday, said: "We will not move."',
    (t) => [quote(t, 'direct', 'We will not move.', 'said', 'Ivo Brask')],
    '2017-06-02',
    'link/when-occasion',
  ],
];

testLastDated(CASES);
