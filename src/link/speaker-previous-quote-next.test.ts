import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// Mentions lent from a neighbouring quote, or read from the sentence of a partial quote that follows another
// (mention/previous-quote-next, mention/partial-same-sentence, mention/embedded-subject), with invented
// sentences. [construction, text, quote content it starts with, mention, speaker]
const FOUND: [string, string, string, string, string][] = [
  [
    'a quote after one whose trailing "fumed" only a mention rule read',
    'The council met on Monday. "We will build the bridge this year," Tom Vance fumed on Tuesday. "Nobody can stop us now."',
    'Nobody can stop',
    'Tom Vance',
    'Tom Vance',
  ],
  [
    'a partial quote with its attribution after it lends it to the next sentence',
    'The plan was old news. Dover\'s "plan for a bridge that nobody wants," says Ira Holm, a planner in Dover. "Who asked for it?"',
    'Who asked for it',
    'Ira Holm',
    'Ira Holm',
  ],
  [
    'a second partial quote after "because", in the sentence of the first',
    'Ann Berg spoke at the fair. "We will build it," she said.\n\nTom Vance said he would vote "against the bridge and its tolls" because the town had "never asked the people who live here."',
    'never asked the people',
    'Tom Vance',
    'Tom Vance',
  ],
  [
    "a partial quote after a short scare quote, in its subject's sentence",
    'Ann Berg spoke at the fair. "We will build the bridge," she said.\n\nTom Vance called the plan a "new low" and a "bizarre attempt to deflect attention from her record."',
    'bizarre attempt',
    'Tom Vance',
    'Tom Vance',
  ],
  [
    // (the segmenter no longer breaks "N.Y.": the mention keeps the tag, as "(D-Ga.)" always did)
    'a party tag with a dotted state between the two quotes',
    '“If they had nothing to do with the fire, they have nothing to worry about,” Sen. Ann Tull (D-N.Y.) said Tuesday. “If they did, they should be held to account.”',
    'If they did',
    'Sen. Ann Tull (D-N.Y.)',
    'Ann Tull',
  ],
  [
    'a verb that is no modal before a partial quote keeps the clause subject',
    'Ida Marsk has been blunt. Tarn Bank is calling the plan "a waste of public money".',
    'a waste of public money',
    'Tarn Bank',
    'Tarn Bank',
  ],
];

// Where the neighbour lends nothing. [construction, text, quote content it starts with, mention it must not get]
const NOT: [string, string, string, string][] = [
  [
    'a partial quote does not lend its sentence subject to the next sentence',
    'Tom Vance called the plan "a waste of public money" in May. "The bridge will open in June and the tolls will stay."',
    'The bridge will open',
    'Tom Vance',
  ],
  [
    '"According to" names the source, not the clause subject',
    'Ann Berg spoke first. "We will win," she said.\n\nAccording to his doctor, Tom Vance is in "excellent health for a man of his years and habits."',
    'excellent health',
    'Tom Vance',
  ],
  [
    'a narration sentence between the attribution and the next quote',
    '“Those are some very small towns in the valley,” Ann Tull said. The towns also lie far from the city. “That is a tough area for any farmer.”',
    'That is a tough area',
    'Ann Tull',
  ],
  [
    "a past modal before a partial quote: the quote is the subject's predicate, as someone else put it",
    'Ida Marsk said the plan had worked. The council and its partners would "need to act fast on the roads".',
    'need to act fast',
    'The council and its partners',
  ],
  [
    'a present modal before a partial quote: "will"',
    'Ida Marsk has been blunt. The council will "act fast to mend every road in town".',
    'act fast to mend',
    'The council',
  ],
  [
    'a present modal before a partial quote: "can"',
    'Ida Marsk has been blunt. Tarn Bank can "weather any storm that comes".',
    'weather any storm',
    'Tarn Bank',
  ],
  [
    'a present modal before a partial quote: "may not"',
    'Ida Marsk has been blunt. Tarn Bank may not "weather any storm that comes".',
    'weather any storm',
    'Tarn Bank',
  ],
  [
    'a present modal before a partial quote: "won\'t"',
    'Ida Marsk has been blunt. Tarn Bank won\'t "weather any storm that comes".',
    'weather any storm',
    'Tarn Bank',
  ],
  [
    'a modal in a clause after a belief: the subject of "will" is not the speaker',
    'Ida Marsk believes Tarn Bank will "weather any storm that comes".',
    'weather any storm',
    'Tarn Bank',
  ],
];

const quoteOf = (text: string, start: string) =>
  speakersOfText(text).find((q) => q.content.startsWith(start));

describe('speakers: mentions lent by a neighbouring quote', () => {
  for (const [name, text, start, mention, speaker] of FOUND) {
    it(name, () => {
      const q = quoteOf(text, start);
      assert.equal(q?.mention?.text, mention);
      assert.equal(q?.speaker, speaker);
    });
  }
  for (const [name, text, start, mention] of NOT) {
    it(`not: ${name}`, () => assert.notEqual(quoteOf(text, start)?.mention?.text, mention));
  }
});
