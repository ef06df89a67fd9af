import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A title line (and a subtitle after a title closed by a period) gives no record; the same report in the text does.
// Lead sentences that open a text without a title keep theirs.
const CASES: [string, string, string[]][] = [
  [
    'a wire title in capitals',
    'VARGA SAYS BUDGET GAP WILL NARROW\n\nThe budget gap will narrow next year, Finance Minister Ola Varga said.',
    ['The budget gap will narrow next year'],
  ],
  [
    'a title with no closing mark',
    'Harbour plan will go ahead, Lee says\n\nAnn Lee said the harbour plan would go ahead in May.',
    ['the harbour plan would go ahead in May'],
  ],
  [
    'a title closed by a period, reporting in the present',
    'Vale says dock blast was an "act of sabotage."\n\nTwelve people were hurt in the blast, police said on Monday.',
    ['Twelve people were hurt in the blast'],
  ],
  [
    'a Title Case title with a quote',
    "Tarn Mayor Says New Museum Will Tell of 'Loss and Hope.'\n\nMayor Ann Lee said the museum would open in May.",
    ['the museum would open in May'],
  ],
  [
    'a title, then a subtitle reporting in the present',
    'Mixed signals on harbour plan.\n\nWording unclear on who pays, experts say.\n\nThe new plan is vague about costs, experts say.',
    ['The new plan is vague about costs'],
  ],
  [
    'a title and its subtitle on two lines',
    'Lawmaker urges vote on harbour; \nMember of council panel says the town has to keep Norland out of it.\n\nAnn Lee, the top member, said the plan was needed.',
    ['the plan was needed'],
  ],
  // negative cases: a lead that opens the text is no title
  [
    'a lead sentence with "said" opening a wire text',
    'Tarn Bank said it cut its base rate to 3 pct.\n\nIt said the cut was due to slow growth.',
    ['it cut its base rate to 3 pct', 'the cut was due to slow growth'],
  ],
  [
    'a short lead with a narrated report',
    'Police said the man had died.\n\nHe was 40, his sister told reporters on Monday.',
    ['the man had died', 'He was 40'],
  ],
  [
    'a broadcast lead of two sentences',
    'President Vane says he is ready to order a strike on the depot. Ann Hurst has that.\n\nThe depot lies near the border.',
    ['he is ready to order a strike on the depot'],
  ],
  [
    'a short first paragraph with a quotation and a narrated report',
    '"We lost the match," Tom Dobbs wrote.\n\nRay Fenn said the team would train harder.',
    ['We lost the match,', 'the team would train harder'],
  ],
  [
    'a lead closed by a trailing present report',
    'Aid has halved since 1990, Greenaid says in a new report.\n\nThe report says rich nations must give more.',
    ['Aid has halved since 1990', 'rich nations must give more'],
  ],
  [
    'a short lead with a report verb the title rule does not list',
    'A new study found the ice was thinning.\n\nThe shelf could break within ten years, its author said.',
    ['the ice was thinning', 'The shelf could break within ten years'],
  ],
  [
    'a text of one paragraph',
    'Ola Berg says the harbour plan will go ahead.',
    ['the harbour plan will go ahead'],
  ],
];

describe('headline-paragraphs: no record from a title line', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.content),
        expected,
      );
    });
  }
  it('a title naming its speaker before a colon keeps its direct quote', () => {
    const text =
      'Ted Vance: ‘Harbour Tax Is A Tax On Every Family’\n\nSenator Ted Vance said on Monday the tax was wrong.';
    assert.deepEqual(
      runQuoteEngine(text).quotes.map((q) => q.content),
      ['Harbour Tax Is A Tax On Every Family', 'the tax was wrong'],
    );
  });
  it('PolNeAR conventions keep the title', () => {
    const text = 'VARGA SAYS BUDGET GAP WILL NARROW\n\nThe budget gap will narrow next year, Ola Varga said.';
    assert.ok(
      runQuoteEngine(text, { spans: 'polnear' }).quotes.some((q) => q.content === 'BUDGET GAP WILL NARROW'),
    );
  });
});
