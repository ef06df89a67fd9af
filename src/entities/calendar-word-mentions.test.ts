import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findEntities } from './find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the capitalised mentions found, in text order]: a month word opening a name is its first word
// (segment/month-first-name); one that is a time is none
const MONTH_CASES: [string, string[]][] = [
  ['May Quill said the plan would fail.', ['May Quill']],
  ['The vote is near, said April Sorell.', ['April Sorell']],
  ['Councillor June Ferrin said the vote was near.', ['Councillor June Ferrin']],
  ['March of Pennies said the clinics would open.', ['March of Pennies']],
  // a time: the run holding the month gives no mention (as before: the quote's own mention reads the surname)
  ['In May Quill said the plan would fail.', []],
  ['Officials said in June Ferrin would lead.', []],
  ['Last June Ferrin said the vote was near.', []],
  ['The firm earned more in the year ended November Four.', []],
  // the second month of a span of months is a time too (not after a name: "Ann Lee and June Ferrin")
  ['Between May and June Ferrin said the vote was near.', []],
  ['From March to June Ferrin said the vote was near.', []],
  ['Ann Lee and June Ferrin said the vote was near.', ['Ann Lee', 'June Ferrin']],
  // a capitalised "May" closing a name with a known first name, before an inflected verb
  ['Ann Vell May said the plan would fail.', ['Ann Vell May']],
  ['Ann Vell May has said the plan would fail.', ['Ann Vell May']],
  ['Ann Vell May could say the plan would fail.', ['Ann Vell']],
  ['Spot May dropped to six cents.', []],
  // or before punctuation closing a clause or an aside
  ['The plan would fail, according to Tam May, a trader.', ['Tam May']],
  ['Ola May, a trader, said the plan would fail.', ['Ola May']],
  ['"The plan will fail," said Tam May.', ['Tam May']],
  // no known first name before it: a month of a contract or a time
  ['New York May futures rose, traders said.', ['New York']],
  ['Spot May, traders said, fell to six cents.', []],
  ['The company May said sales rose.', []],
];

// [text, the capitalised mentions found, in text order]: a holiday after a time word opening a capitalised run is
// a date, no part of the name after it (segment/holiday-in-name); one inside a name stays
const HOLIDAY_CASES: [string, string[]][] = [
  ['On Christmas Eve Ann Tull said the ward was full.', ['Ann Tull']],
  ["On New Year's Eve Ann Tull said the ward was full.", ['Ann Tull']],
  ['Since Boxing Day Ann Tull has said the ward was full.', ['Ann Tull']],
  ['Shops shut on Christmas Day, Ann Tull said.', ['Ann Tull']],
  ['The Christmas Day Trust said the ward was full.', ['Christmas Day Trust']],
  ['Staff on Christmas Island said the ward was full.', ['Christmas Island']],
  // a holiday's whole name with no time word before it is still a date, no one's name
  ['Christmas Day is quiet, Ann Tull said.', ['Ann Tull']],
  ['Boxing Day was busy for Ann Tull.', ['Ann Tull']],
];

/** One table of [text, the capitalised mentions found, in text order]. */
function describeNameMentions(title: string, cases: [string, string[]][]): void {
  describe(title, () => {
    for (const [text, expected] of cases) {
      it(text, () => {
        const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
        const names = layer.mentions.filter((m) => m.kind !== 'descriptor' && m.kind !== 'group');
        assert.deepEqual(
          names.map((m) => m.text),
          expected,
        );
      });
    }
  });
}

describeNameMentions('month-first-name: mentions of names opening with a month word', MONTH_CASES);
describeNameMentions('holiday openers: a holiday opening a run of names is no part of them', HOLIDAY_CASES);
