import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMEX_RULES } from './timex-rules.js';

// A rule's `requires` lets it skip an article; it must hold for every text the rule's pattern matches.
// Sentences are invented; each is matched by the named rule's pattern.
const MATCHED: Array<[string, string]> = [
  ['dates/decade', 'The plant opened in the 1990s.'],
  ['dates/decade', "The band split in the '80s."],
  ['dates/decade', "Sales peaked in the early 1960's."],
  ['dates/decade', 'He grew up in the 70s.'],
  ['dates/century', 'A building from the 19th century burned down.'],
  ['dates/century', 'The twentieth Century ended quietly.'],
  ['dates/century', 'It was the worst storm of this CENTURY.'],
  ['dates/ago', 'The mill closed two years ago.'],
  ['dates/ago', 'She left several Months AGO.'],
  ['dates/quarter', 'Profit rose in the third quarter.'],
  ['dates/quarter', 'Sales fell in Q3 2016.'],
  ['dates/quarter', 'Revenue in q4 was flat.'],
  ['dates/season', 'The vote is due in the spring.'],
  ['dates/season', 'Talks resume next Autumn.'],
  ['dates/season', 'The ferry stopped last fall.'],
  ['dates/season', 'Fares rise in mid-summer.'],
  ['dates/season', 'Prices fell in early\tWinter 2015.'],
  ['dates/holiday', 'The shops shut on Christmas Eve.'],
  ['dates/holiday', "Fireworks were banned on New Year's Day 2016."],
  ['dates/holiday', "The parade on St. Patrick's Day was cancelled."],
  ['dates/holiday', 'The Lonsby mall opened early on Black Friday.'],
  ['dates/set', 'The ferry sails every other Tuesday.'],
  ['dates/set', 'Guards are changed twice a day.'],
  ['dates/set', 'The bulletin is published WEEKLY.'],
  ['dates/set', 'Fees rose to 40 crowns per  month.'],
  ['dates/same-day', 'The crowd left Later  in the day.'],
  ['dates/same-day', 'She spoke EARLIER today.'],
  ['dates/year', 'The mill reopened in mid-1998.'],
  ['dates/year', 'Targets for FY2017 were cut.'],
  ['dates/year-range', 'The 1957\u201358 expedition mapped the ridge.'],
  ['dates/year-range', 'Prices in the 2009-2010 season fell.'],
  ['dates/month-day', 'The ferry sank on Friday, Sept. 3rd, 1999.'],
  ['dates/month-day', 'Voting ends June 2.'],
  ['dates/day-month', 'The fair opened on the 2nd of June.'],
  ['dates/day-month', 'Talks began 14  Dec. 2011.'],
  ['dates/month-year', 'The bridge opened in early JUNE, 2017.'],
  ['dates/month-year', 'The plant closed at the end of March of 2004.'],
  ['dates/month-relative-year', 'The plant closed in March of LAST year.'],
  ['dates/month-relative-year', 'The plant reopens in June next Year.'],
  ['dates/time-of-day', 'The vote closes at 10:30 P.M. local time.'],
  ['dates/time-of-day', 'The shop opens at 9am.'],
  ['dates/time-of-day', 'The bells rang at Midnight.'],
  ['dates/deictic-day', 'The mayor resigned Yesterday.'],
  ['dates/deictic-day', 'Results are due the day after tomorrow.'],
  ['dates/deictic-day', 'The crews left this Morning.'],
];

test('every rule with `requires` has a non-global guard', () => {
  for (const rule of TIMEX_RULES) {
    if (!rule.requires) continue;
    assert.ok(!rule.requires.global && !rule.requires.sticky, rule.name);
  }
});

test('`requires` holds wherever the rule matches', () => {
  for (const [name, sentence] of MATCHED) {
    const rule = TIMEX_RULES.find((r) => r.name === name);
    assert.ok(rule?.requires, `${name} has a guard`);
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
    assert.ok(pattern.test(sentence), `${name} matches "${sentence}"`);
    assert.ok(rule.requires.test(sentence), `${name} guard holds on "${sentence}"`);
  }
});

test('a rule whose key word is absent finds nothing there', () => {
  const cases: Array<[string, string]> = [
    ['dates/century', 'The mill closed in 1998 and reopened in 2004.'],
    ['dates/quarter', 'The mill closed in 1998 and reopened in 2004.'],
    ['dates/set', 'The mill closed last month.'],
    ['dates/year', 'The mill closed last month.'],
    ['dates/month-day', 'The mill may close in the spring.'],
    ['dates/time-of-day', 'The mill closed on 3 May.'],
  ];
  for (const [name, sentence] of cases) {
    const rule = TIMEX_RULES.find((r) => r.name === name);
    assert.ok(rule?.requires);
    assert.equal(rule.requires.test(sentence), false, `${name} guard on "${sentence}"`);
    assert.equal(new RegExp(rule.pattern.source, rule.pattern.flags).test(sentence), false);
  }
});
