import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNameIndex, mostSalientOrganisation, oneWordOrganisations } from './speaker-names.js';

describe('oneWordOrganisations', () => {
  const cases: [string, string[]][] = [
    // a report verb after the name, and shares in it
    ['Shares in Varnholt rose 4%. Varnholt said sales were strong.', ['Varnholt']],
    // a company noun before it, a possessive with what a company holds
    ['Dutch firm Keldrin saw its profits fall.', ['Keldrin']],
    ["The fall at Brossel was steep: Brossel's net income fell to 5m euros.", ['Brossel']],
    ['Trade slowed as Ostery shares fell 3%.', ['Ostery']],
    [
      'Staff at Tarvane walked out. Tarvane, the private firm which runs the trams, offered a rise.',
      ['Tarvane'],
    ],
    ['The board said Quillon plc will cut 200 jobs.', ['Quillon']],
    // a first name needs more than "said": "shares in Dell" is a company, "Dell said" may be a person
    ['Dell said the plan was sound.', []],
    ['Shares in Dell rose after the results.', ['Dell']],
    // a surname the text gives a first name or an honorific, a country, a common word opening a sentence
    ['Ann Dorsey chairs the board. Dorsey said the plan was sound.', []],
    ['Mr Halloran left early. Halloran said the plan was sound.', []],
    ['France said it would act. Shares in France rose.', []],
    ['Analysts said the deal was good.', []],
    // a company word shows a name written only where a sentence opens
    ['Metrovane, the private firm which runs the trams, offered a rise.', ['Metrovane']],
    // a name after another ("Bausch and Lomb"), and one before another
    ['Harrow and Kettle Inc said it would merge. Harrow and Kettle plc grew.', []],
    ['Shares in Ostery Holdings fell.', []],
    // a table's line, the last word of a body's name, a place, a person's middle name
    ['Net profit 1.2 mln vs 0.9 mln.\nSales rose.', []],
    ['The Ministry of Farming said prices rose.', []],
    ['Trade slowed as Tokyo shares fell.', []],
    ['Said Ira Kovac Lindqvist: no. Then Kovac said yes.', []],
  ];
  for (const [text, expected] of cases)
    it(text, () => assert.deepEqual(oneWordOrganisations(buildNameIndex(text), text), expected));
});

describe('mostSalientOrganisation with names of one word', () => {
  const cases: [string, string | null][] = [
    // "the company" after a company named by one word more often than any other organisation
    [
      'Rivo Group made a bid for Keldrin. Keldrin said profits were down. Keldrin will cut jobs. The company said',
      'Keldrin',
    ],
    // the surname of a person, named more often, is no organisation
    ['Rivo Group met Mr Dorsey. Later Dorsey said it was over. Dorsey left. The company said', 'Rivo Group'],
  ];
  for (const [text, expected] of cases)
    it(text, () => {
      const offset = text.lastIndexOf('The company');
      assert.equal(mostSalientOrganisation(buildNameIndex(text), text, offset), expected);
    });
});

describe('mostSalientOrganisation: a first word written bare more often than the run it opens', () => {
  const cases: [string, string][] = [
    [
      'Brenmoor results\n\nBrenmoor, the fourth-biggest lender, grew. Profits at Brenmoor Capital rose. Brenmoor shares fell. It said more.',
      'Brenmoor',
    ],
    // not after "the", nor before a capital ("The Brenmoor group", "Brenmoor Capital")
    [
      'Brenmoor results\n\nThe Brenmoor group grew. Profits at Brenmoor Capital rose. The Brenmoor unit shrank. It said more.',
      'Brenmoor Capital',
    ],
    // the run written first
    [
      'Brenmoor results\n\nBrenmoor Capital grew. Brenmoor said profits rose. Brenmoor shares fell. It said more.',
      'Brenmoor Capital',
    ],
    // a possessive before a capital, a hyphened word: not bare
    [
      "Brenmoor results\n\nBrenmoor's Board met. Profits at Brenmoor Capital rose. Brenmoor fell. Brenmoor-made goods sold. It said more.",
      'Brenmoor Capital',
    ],
    // the run written more often than the bare word
    [
      'Brenmoor results\n\nBrenmoor grew. Profits at Brenmoor Capital rose. Brenmoor Capital and Brenmoor Capital gained. Brenmoor fell. It said more.',
      'Brenmoor Capital',
    ],
    [
      'Brenmoor, the fourth-biggest lender, grew. Profits at Brenmoor Capital rose. Brenmoor shares fell. It said more.',
      'Brenmoor',
    ],
  ];
  for (const [text, expected] of cases)
    it(text, () =>
      assert.equal(mostSalientOrganisation(buildNameIndex(text), text, text.length - 13), expected),
    );
});
