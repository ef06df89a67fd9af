import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { TimeExpression } from '../types.js';
import { findTimeExpressions } from './find-time-expressions.js';

// Publication date: Sunday 2017-06-04 unless a case says otherwise. Sentences and people are invented.
function timexes(text: string, date: string | null = '2017-06-04'): TimeExpression[] {
  const doc = normalizeArticle({ id: 't', date, text });
  return findTimeExpressions(doc, segmentText(doc));
}

const FOUND: Array<[string, string, string, string, string?]> = [
  // [sentence, expression, type, value, publication date when not 2017-06-04]
  ['Zarnian radio was told at headquarters on Friday.', 'Friday', 'DATE', '2017-06-02'],
  ['The ministers will meet on Friday.', 'Friday', 'DATE', '2017-06-09'],
  ['Mr Oduya spoke on Sunday.', 'Sunday', 'DATE', '2017-06-04'],
  ['Mr Oduya said last Friday that it was over.', 'last Friday', 'DATE', '2017-06-02'],
  ['They meet again next Tuesday.', 'next Tuesday', 'DATE', '2017-06-06'],
  ['The findings were made public in January.', 'January', 'DATE', '2017-01'],
  ['The talks will resume in March.', 'March', 'DATE', '2018-03'],
  ['Ms Petrov left the firm last June.', 'last June', 'DATE', '2016-06'],
  ['The port reopens next March.', 'next March', 'DATE', '2018-03'],
  ['Prices fell in late May.', 'late May', 'DATE', '2017-05'],
  ['In a radio interview in March of last year, Ms Petrov said no.', 'March of last year', 'DATE', '2016-03'],
  ['The port closed in June last year.', 'June last year', 'DATE', '2016-06'],
  ['The levy starts in January of next year.', 'January of next year', 'DATE', '2018-01'],
  ['Sales rose in early May this year.', 'early May this year', 'DATE', '2017-05'],
  [
    'On March 18 of last year, the Tarn board reported a loss.',
    'March 18 of last year',
    'DATE',
    '2016-03-18',
  ],
  ['The mill shut on 9 October last year.', '9 October last year', 'DATE', '2016-10-09'],
  ['The ferry sails on July 2 next year.', 'July 2 next year', 'DATE', '2018-07-02'],
  // a count of months from a day, past a year that holds the day ("in 2016"); not past one that does not
  [
    'The mill shut on March 18 of last year; its owners in 2016 were Tarn Mills. Four months later it reopened.',
    'Four months later',
    'DATE',
    '2016-07',
  ],
  [
    'The mill shut on March 18 of last year; its owners in 2010 were Tarn Mills. Four months later it reopened.',
    'Four months later',
    'DATE',
    'FUTURE_REF',
  ],
  // (a month between does not keep the day: "… in July … The next day")
  [
    'The mill shut on July 2. Output fell in July. The next day the owners met.',
    'The next day',
    'DATE',
    'FUTURE_REF',
  ],
  ['The treaty was signed in 2000.', '2000', 'DATE', '2000'],
  ['The plant opened in the 1990s.', 'the 1990s', 'DATE', '199'],
  ['It was popular in the early 1980s.', 'the early 1980s', 'DATE', '198'],
  ["The band split in the '80s.", "the '80s", 'DATE', '198'],
  ['Growth slowed in mid-2016.', 'mid-2016', 'DATE', '2016'],
  ['Rain fell earlier this month.', 'earlier this month', 'DATE', '2017-06'],
  ['The vote comes later this year.', 'later this year', 'DATE', '2017'],
  ['Mr Kell resigned last week.', 'last week', 'DATE', '2017-W21'],
  ['The report is due next week.', 'next week', 'DATE', '2017-W23'],
  ['Crowds gathered this weekend.', 'this weekend', 'DATE', '2017-W22-WE'],
  // the bare weekend after a preposition of time (a Sunday article: this weekend)
  ['The mayor said over the weekend that the bridge was safe.', 'the weekend', 'DATE', '2017-W22-WE'],
  ['The mayor will rest at the weekend.', 'the weekend', 'DATE', '2017-W22-WE'],
  // "the plan" is a noun, no future cue; "plans to" is one
  ['Mayor Vell criticised the plan on Friday.', 'Friday', 'DATE', '2017-06-02'],
  ['Mayor Vell plans to vote on Friday.', 'Friday', 'DATE', '2017-06-09'],
  ['Sales rose last year.', 'last year', 'DATE', '2016'],
  ['Elections are due next year.', 'next year', 'DATE', '2018'],
  ['Exports dipped last month.', 'last month', 'DATE', '2017-05'],
  ['The ferry sank yesterday.', 'yesterday', 'DATE', '2017-06-03'],
  ['The court rules tomorrow.', 'tomorrow', 'DATE', '2017-06-05'],
  ['The mayor resigned a week ago.', 'a week ago', 'DATE', '2017-05-28'],
  ['The mill closed two years ago.', 'two years ago', 'DATE', '2015'],
  ['The strike began three months ago.', 'three months ago', 'DATE', '2017-03'],
  ['Profit rose in the first quarter.', 'the first quarter', 'DATE', '2017-Q1'],
  ['Profit rose in the third quarter of 2016.', 'the third quarter of 2016', 'DATE', '2016-Q3'],
  ['Tourists stayed away last summer.', 'last summer', 'DATE', '2016-SU'],
  ['The fort was besieged in the winter of 2015.', 'the winter of 2015', 'DATE', '2015-WI'],
  ['Cities grew in the 20th century.', 'the 20th century', 'DATE', '19'],
  ['The deal was signed on June 2, 2017.', 'June 2, 2017', 'DATE', '2017-06-02'],
  ['The deal was signed on 2 June 2017.', '2 June 2017', 'DATE', '2017-06-02'],
  ['The deal was signed in June 2017.', 'June 2017', 'DATE', '2017-06'],
  ['The file is dated 2017-06-02.', '2017-06-02', 'DATE', '2017-06-02'],
  ['The form was filed on 6/2/2017.', '6/2/2017', 'DATE', '2017-06-02'],
  ['The bank cut rates on Christmas Eve 2016.', 'Christmas Eve 2016', 'DATE', '2016-12-24'],
  ['He served for three years.', 'three years', 'DURATION', 'P3Y'],
  ['They faced a six-month delay.', 'six-month', 'DURATION', 'P6M'],
  ['Costs doubled over the past two years.', 'the past two years', 'DURATION', 'P2Y'],
  ['The talks lasted several weeks.', 'several weeks', 'DURATION', 'PXW'],
  ['The flight took 90 minutes.', '90 minutes', 'DURATION', 'PT90M'],
  ['The market opens every Sunday.', 'every Sunday', 'SET', 'XXXX-WXX-7'],
  ['The prize is awarded annually.', 'annually', 'SET', 'P1Y'],
  ['The council met at 3 p.m. on Friday.', '3 p.m. on Friday', 'TIME', '2017-06-02T15:00'],
  ['Shots were heard on Friday night.', 'Friday night', 'TIME', '2017-06-02TNI'],
  ['The polls close at 10:30 a.m. EST.', '10:30 a.m. EST', 'TIME', '2017-06-04T10:30'],
  ['Prices are high now.', 'now', 'DATE', 'PRESENT_REF'],
  ['Such floods happened in the past.', 'the past', 'DATE', 'PAST_REF'],
  ['Things may change in the future.', 'the future', 'DATE', 'FUTURE_REF'],
  ['It took years to rebuild.', 'years', 'DURATION', 'PXY'],
  ['The season began a month earlier than usual.', 'a month', 'DURATION', 'P1M'],
  ['The 2009-2010 season was mild.', '2009', 'DATE', '2009'],
  ['The 2009-2010 season was mild.', '2010', 'DATE', '2010'],
  ['The expedition of 1957-58 crossed the ice.', '58', 'DATE', '1958'],
  ['The mill shut in March 2015. A year earlier it had hired staff.', 'A year earlier', 'DATE', '2014-03'],
  [
    'Ms Petrov spoke on Friday. On Radio Vell the day before, she said it was over.',
    'the day before',
    'DATE',
    '2017-06-01',
  ],
  ['The mill shut in March 2015. The year before, it had hired staff.', 'The year before', 'DATE', '2014-03'],
  ["The lawyers will appeal against Wednesday's ruling.", 'Wednesday', 'DATE', '2017-05-31'],
  ['In 1953 the pair reached the summit.', '1953', 'DATE', '1953'],
  ['A 2009 analysis by the agency found waste.', '2009', 'DATE', '2009'],
  // month-day without a year: the nearest such day ("payable Jan. 2" in November is next January)
  ['The dividend is payable Jan. 2.', 'Jan. 2', 'DATE', '2018-01-02', '2017-11-02'],
  ['The index peaked on Aug. 6.', 'Aug. 6', 'DATE', '2016-08-06', '2017-02-06'],
  ['The index set a record on Aug. 6.', 'Aug. 6', 'DATE', '2016-08-06', '2017-02-06'],
  // "this <weekday>" takes its direction from a clear tense; without one it is the coming day
  ['This Wednesday Ms Varga emphasized the risks.', 'This Wednesday', 'DATE', '2019-03-27', '2019-03-31'],
  ['Mr Oduya said this Wednesday that talks had failed.', 'this Wednesday', 'DATE', '2017-05-31'],
  ['The board will vote this Wednesday.', 'this Wednesday', 'DATE', '2017-06-07'],
  ['This Wednesday the board votes.', 'This Wednesday', 'DATE', '2017-06-07'],
  // sentence-initial "Today" is still a date
  ['Today, the minister said the port was shut.', 'Today', 'DATE', '2017-06-04'],
  ['Yesterday the ferry sank.', 'Yesterday', 'DATE', '2017-06-03'],
  // same-day and same-week phrases
  ['Earlier in the day, Mr Kell resigned.', 'Earlier in the day', 'DATE', '2017-06-04'],
  ['The crowd dispersed later in the day.', 'later in the day', 'DATE', '2017-06-04'],
  ['Ms Petrov spoke earlier today.', 'earlier today', 'DATE', '2017-06-04'],
  ['The vote is due later this week.', 'later this week', 'DATE', '2017-W22'],
  // movable feasts: the feast's day in the nearest year, as fixed holidays are read
  ['Ms Varga said the bakery had closed at Easter.', 'Easter', 'DATE', '2017-04-16'],
  ['The strike at the Velden docks began on Good Friday.', 'Good Friday', 'DATE', '2017-04-14'],
  ['The pier at Lonsby reopened on Memorial Day.', 'Memorial Day', 'DATE', '2017-05-29'],
  ['The new bridge will open on Labor Day.', 'Labor Day', 'DATE', '2017-09-04'],
  ['The council met on Thanksgiving.', 'Thanksgiving', 'DATE', '2016-11-24', '2016-11-28'],
  ['The mill shut on Thanksgiving Day 1998.', 'Thanksgiving Day 1998', 'DATE', '1998-11-26'],
  ['The shop closed at Easter, Mr Kell said.', 'Easter', 'DATE', '2016-03-27', '2017-01-10'],
  ['The shop will reopen at Easter, Mr Kell said.', 'Easter', 'DATE', '2017-04-16', '2017-01-10'],
  ['On Easter Sunday, Bishop Aldo Ferri spoke of peace.', 'Easter Sunday', 'DATE', '2017-04-16'],
  // a day counted from a month lies in that month: "In February …. The previous day, …"
  [
    'In February the Lorne council voted. The previous day, Mayor Ben Lake spoke.',
    'The previous day',
    'DATE',
    '2017-02',
  ],
  ['In March 2016 the Tarn mill shut. Two days later, its owner left.', 'Two days later', 'DATE', '2016-03'],
  [
    'The Vell pier shut on March 3. The previous day, the mayor spoke.',
    'The previous day',
    'DATE',
    '2017-03-02',
  ],
  // (not after a day the story narrated: the count may be from that day)
  [
    'Ann Roe spoke on Thursday. Her son left Vell last October. The previous day, a paper wrote of it.',
    'The previous day',
    'DATE',
    'PAST_REF',
  ],
  // the shopping days after Thanksgiving are feasts too, not the nearest Friday or Monday
  ['Shoppers filled the Lonsby mall on Black Friday.', 'Black Friday', 'DATE', '2015-11-27', '2015-12-04'],
  ['Orders at Tarn Goods doubled on Cyber Monday.', 'Cyber Monday', 'DATE', '2016-11-28', '2016-12-02'],
];

for (const [sentence, expression, type, value, date] of FOUND) {
  test(`finds "${expression}" in "${sentence}"`, () => {
    const found = timexes(sentence, date ?? '2017-06-04');
    const t = found.find((x) => x.text === expression);
    assert.ok(
      t,
      `no time expression "${expression}"; got ${JSON.stringify(found.map((x) => [x.text, x.value]))}`,
    );
    assert.equal(t.type, type);
    assert.equal(t.value, value);
    assert.equal(sentence.slice(t.start, t.end), expression);
    assert.match(t.rule, /^dates\//);
  });
}

const UNRESOLVED: Array<[string, string, string]> = [
  // without a publication date relative expressions keep X placeholders
  ['They met on Friday.', 'Friday', 'XXXX-WXX-5'],
  ['The law changed in June.', 'June', 'XXXX-06'],
  ['The law changed in June 2011.', 'June 2011', '2011-06'],
];

for (const [sentence, expression, value] of UNRESOLVED) {
  test(`without a publication date, "${expression}" is ${value}`, () => {
    const t = timexes(sentence, null).find((x) => x.text === expression);
    assert.ok(t);
    assert.equal(t.value, value);
  });
}

const NOT_DATES: Array<[string, string]> = [
  // [sentence, why]
  ['Protesters march through the capital.', '"march" the verb'],
  ['Theresa May said the vote was fair.', '"May" the name'],
  ['May said the vote was fair.', '"May" the name before a reporting verb'],
  ['Farmers may march on the capital.', 'modal "may" and the verb'],
  ['Will Harlow arrived late.', '"Will" the name'],
  ['April Mendes chaired the panel.', '"April" the name'],
  ['United won 3-1 at home.', 'a score'],
  ['Only 1/2 of the votes were counted.', 'a fraction'],
  ['The repair cost $2000.', 'money'],
  ['About 2000 people marched.', 'a count'],
  ['The index rose 3.5 percent to 1850.50.', 'plain numbers'],
  ['A 60-year-old man was hurt.', 'an age'],
  ['The ferry left at 1639 UTC.', 'a clock time in UTC'],
  ['Ann Roe told the Sunday Times the port was shut.', '"Sunday" in a newspaper name'],
  ['The Sunday Telegraph reported the sale.', '"Sunday" opening a newspaper name'],
  ['The match is shown on Kestrel One from 2010 GMT.', 'a clock time in GMT'],
  ['The claim was first made according to USA Today.', '"Today" in a newspaper name'],
  ['Ms Petrov told the Today programme the port was shut.', '"the Today programme"'],
  ["Mr Kell told BBC Radio 4's Today programme he would stay.", '"Today programme" after a name'],
  ['A Daily Yesterday columnist wrote it.', '"Yesterday" inside a title'],
  ['Children hunted for Easter eggs in the park.', 'a thing named for a feast'],
  ['Ships patrol the Eastern Mediterranean.', '"Easter" opening a longer word'],
  ['Ms Varga leads a Pentecostal church.', '"Pentecost" opening a longer word'],
  ['Pilgrims marked Orthodox Easter in the old town.', "another church's Easter"],
  ['The Easter Rising is taught in every school.', 'a feast in a name'],
  ['Crowds lined the route of the Thanksgiving Day Parade.', 'a feast in a name'],
  ['Marchers carried banners on International Labor Day.', "another country's Labor Day"],
  ['Traffic was heavy over the Memorial Day weekend.', 'a weekend, not the day'],
  ['Marchers in Derry remembered Bloody Sunday.', 'an event named by a weekday'],
  ['Ms Varga lost her savings in the Black Monday crash.', 'an event named by a weekday'],
  ['Tarn Goods cut prices for its Black Friday sales.', 'a thing named for a shopping day'],
  ['Ms Petrov left the day before the vote.', '"the day before" an event of its own'],
];

for (const [sentence, why] of NOT_DATES) {
  test(`no date in "${sentence}" (${why})`, () => {
    const found = timexes(sentence).filter((t) => t.type === 'DATE' || t.type === 'TIME');
    assert.deepEqual(
      found.map((t) => t.text),
      [],
    );
  });
}

test('a race time is a duration, never a date or a clock time', () => {
  const found = timexes('Ms Arden won in 2:07:35.');
  assert.deepEqual(
    found.map((t) => [t.text, t.type, t.value]),
    [['2:07:35', 'DURATION', 'PT2H7M35S']],
  );
});

test('ids follow text order and offsets point into the original text', () => {
  const text = 'On Friday \u2014 “last week” \u2014 and in 2000.';
  const found = timexes(text);
  assert.deepEqual(
    found.map((t) => t.id),
    ['t1', 't2', 't3'],
  );
  for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
});
