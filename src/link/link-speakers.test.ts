import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// [construction, text, speakers of the quotes in text order]
const CASES: [string, string, (string | null)[]][] = [
  [
    'surname → fullest name',
    'Premier Arvid Holm opened the session. Holm said the budget was fair.',
    ['Arvid Holm'],
  ],
  [
    '"Mr X" → full name',
    'Tobias Brandt leads the union. Mr Brandt said the strike would go on.',
    ['Tobias Brandt'],
  ],
  [
    'title → the person given that title',
    'President Elena Markova visited the port. "Trade will double within five years," the president said.',
    ['Elena Markova'],
  ],
  [
    'pronoun → previous quote speaker before the nearest name',
    'Rosa Klein said the plan was ready. It was praised by Victor Hale. "We start on Monday morning," she added.',
    ['Rosa Klein', 'Rosa Klein'],
  ],
  [
    'pronoun chain over paragraphs',
    '"The mine will reopen next spring," said Anton Weiss.\n\nHe said the workers would be paid in full.',
    ['Anton Weiss', 'Anton Weiss'],
  ],
  [
    'passive "was told": the unnamed source quoted elsewhere',
    'The port will stay closed, the Valley Courier was told on Friday.\n\n"There is nothing more to add today," an official said.',
    ['an official', 'an official'],
  ],
  ['passive with a pronoun subject stays unknown', 'He was told he would be released soon.', [null]],
  ['organisation speaking', 'Norvik Shipping said it would cut 200 jobs.', ['Norvik Shipping']],
  [
    'organisation via "the company"',
    'Norvik Shipping Group published its results. The company said profits had fallen.',
    ['Norvik Shipping Group'],
  ],
  [
    '"the company" → the organisation named most',
    'Brightwell Foods and Dunmore Ltd met. Brightwell Foods cut prices. The company said demand was weak.',
    ['Brightwell Foods'],
  ],
  [
    'a possessive before a name is not part of it',
    "Rovers' rival Dario Fenn was booked. Fenn said the referee was wrong.",
    ['Dario Fenn'],
  ],
  [
    'pronoun → a person who became the narration subject after the last quote',
    '"The pier will reopen in May," said Rhona Kell.\n\nMarek Lind, who runs the ferry, is less sure. "We have heard that before," he said.',
    ['Rhona Kell', 'Marek Lind'],
  ],
  [
    'a role with a surname opens the narration before an unattributed quote',
    'Best actor Vidal Ruiz could not attend. "I am honoured to receive this award."\n\nVidal Ruiz won in 2019 too.',
    ['Vidal Ruiz'],
  ],
  [
    'a document speaks for its owner',
    'The Harbour Trade Bureau (HTB) met on Monday. Exports fell sharply, the HTB report said. Imports rose in May, the report said.',
    ['Harbour Trade Bureau', 'Harbour Trade Bureau'],
  ],
  [
    'a name wrapped over a line break',
    'Fleets to merge\n\nOn Monday Harbour Oil Co and Northwind\nShipping Ltd said they would merge their fleets.',
    ['Harbour Oil Co and Northwind Shipping Ltd'],
  ],
  [
    'acronym expanded',
    'The Council of Harbour Pilots (CHP) met on Monday. The CHP said pilots were overworked.',
    ['Council of Harbour Pilots'],
  ],
  [
    'acronym of a company name with its suffix',
    'Shares of General Fasteners Corp rose on Monday. GF said it expects higher sales.',
    ['General Fasteners Corp'],
  ],
  [
    'acronym set off by commas after the name',
    'The Harbour Pilots Council, HPC, met on Monday. HPC said pilots were overworked.',
    ['Harbour Pilots Council'],
  ],
  [
    'a name with "for the" inside, its report, and the name alone',
    'The Trust for the Moors study found that hikers litter less. But the Trust found that more bins were needed. The study said costs would rise. Ann Pell is an adviser at the Trust for the Moors.',
    ['Trust for the Moors', 'Trust for the Moors', 'Trust for the Moors'],
  ],
  [
    '"this person" → the source just quoted',
    'One of the fishermen said, "The nets were cut twice this month." Later this person also said that the boats were idle.',
    ['one of the fishermen', 'one of the fishermen'],
  ],
  [
    '"the father" is not a woman named more often',
    'Anna Berg and Peter Berg ran the farm. Anna Berg fed the goats.\n\n"We were never told," the father said.',
    ['Peter Berg'],
  ],
  [
    '"the government" is not the country the story is about',
    'Environment Norway spokesperson Kari Dahl said the file was safe. Environment Norway has lost files before. The government says the file was not secret.',
    ['Kari Dahl', 'the government'],
  ],
  [
    'a sports club is an organisation, "the club" its voice',
    'Rhona Kell has said she doubts the motives of a bidder who made a new offer to buy Dunmore United.\n\nThe club said talks were at an early stage.',
    ['Rhona Kell', 'Dunmore United'],
  ],
  [
    '"the bourse" is an organisation, not a person named by first name and surname',
    'Tomas Brenner met bankers in Oslo. Harbour Exchange shares rose. Mr Brenner left early. The bourse said it would consider the offer.',
    ['Harbour Exchange'],
  ],
  [
    'a superlative epithet → the name opening the sentence',
    "Norvik Shipping saw its profits fall last year, but Zorvia's biggest ferry operator says a recovery is on the way.",
    ['Norvik Shipping'],
  ],
  [
    'a trade named by what it makes ("the automaker") → the organisation',
    'Norvik Motors Corp cut prices on Monday. The automaker said demand was weak.',
    ['Norvik Motors Corp'],
  ],
  [
    'speaker after the quote, inverted',
    '"Nobody expected the dam to fail," said engineer Maria Costa.',
    ['Maria Costa'],
  ],
];

describe('linkSpeakers', () => {
  for (const [name, text, speakers] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.speaker),
        speakers,
      );
    });
  }

  it('records the speaker rule', () => {
    const [q] = runQuoteEngine(
      'Tobias Brandt leads the union. Mr Brandt said the strike would go on.',
    ).quotes;
    assert.equal(q?.speakerRule, 'speaker/fullest-name');
  });
});
