import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// Attributions the quote finder left unread, after a quote's closing mark or opening its sentence (the mention
// rules of link-speakers.ts), with invented sentences. [construction, text, quote content it starts with, speaker]
const FOUND: [string, string, string, string][] = [
  [
    'a name and any verb after a quote closed on a comma',
    'The referee sent off two players. "We were robbed in the last minute," Mara Quell fumed after the match.',
    'We were robbed',
    'Mara Quell',
  ],
  [
    'a descriptor with a name between commas, then the verb',
    'The pope visited the border. "He says we should build bridges and not walls," the Vatican spokesman, Ivo Marsh, told Radio Nord.',
    'He says we should',
    'Ivo Marsh',
  ],
  [
    'a descriptor, then a name that lacks its closing comma',
    'Friends gathered outside the house. "She ran the choir for twenty years," another friend, Mira Dahl told Radio Nord.',
    'She ran the choir',
    'Mira Dahl',
  ],
  [
    'a party tag and a weekday after the name',
    'The bill passed the Senate. "If they did nothing wrong, they have nothing to fear," Sen. Ada Rilke (D-Ore.) said Tuesday.',
    'If they did nothing',
    'Ada Rilke',
  ],
  [
    'a party tag with full stops inside the parenthesis',
    'The bill passed the Senate. "They should be held to account for every cent," Sen. Ada Rilke (D-N.Y.) said Tuesday.',
    'They should be held',
    'Ada Rilke',
  ],
  [
    'a quote that ends its sentence, then a short sentence of the name and "said"',
    'Ilse Moor said the vote was close. "We will find out who leaked those files to the press." Tomas Venn said.',
    'We will find out',
    'Tomas Venn',
  ],
  [
    'an inverted verb after "!" and a name with a place',
    'The crowd cheered the winner. "This is the best day of my whole life!" beamed Hal Dorsey of Linden, who came early.',
    'This is the best',
    'Hal Dorsey',
  ],
  [
    'an inverted "said one of …" after a quote closed on a comma',
    'The campaign had a plan. "There will be no path left for the challenger to win," said one of the advisers.',
    'There will be no path',
    'one of the advisers',
  ],
  [
    'a partial quote whose sentence ends with ", said <name>, <role>"',
    'Polls closed at eight. "This will be a real test of his strength" for the new mayor, said Wren Tallis, an analyst at Brook Partners.',
    'This will be a real test',
    'Wren Tallis',
  ],
  [
    'a quote closed on a comma, a clause, then ", <name> said."',
    'Orders fell in March. "There is a sense of calm in the market now," and sales picked up again last week, Ola Berg said.',
    'There is a sense of calm',
    'Ola Berg',
  ],
  [
    'a dash and a name signing the quote',
    'Readers wrote in about the strike.\n\n"We need more buses on the night routes, and we need them now." - Pia Lund, Dover.',
    'We need more buses',
    'Pia Lund',
  ],
  [
    '"According to <source>:" opening the quote\'s sentence',
    'The storm damaged the bridge. According to Radio Nord: "The bridge will stay closed for at least a week."',
    'The bridge will stay',
    'Radio Nord',
  ],
  [
    '"As <name>, <role>, put it,"',
    'The debate went badly for both men. As Ann Tull, a historian at Dover, put it, "Nobody won anything that night."',
    'Nobody won anything',
    'Ann Tull',
  ],
  [
    'a headline of a surname, a colon and the quote',
    'Berg: \u2018We Will Win Back Every Seat In Dover.\u2019\n\nParty leader Ola Berg spoke to supporters in Dover on Monday.',
    'We Will Win Back',
    'Ola Berg',
  ],
];

// Where the words after the closing mark are no attribution of the quote. [construction, text, quote content
// it starts with, the speaker it must not get]
const NOT: [string, string, string, string][] = [
  [
    'a new report after a quote that ends its sentence',
    'Ilse Moor spoke first at the meeting. "We will fight this plan to the very end." Tomas Venn said the plan had failed.',
    'We will fight',
    'Tomas Venn',
  ],
  [
    'a cue ending on a colon opens the next quote',
    'Club secretary Mara Quell said: "It has been a very hard year for all of us." Coach Ivo Marsh said on Saturday: "The referee was blind."',
    'It has been a very hard',
    'Ivo Marsh',
  ],
  [
    'a dash and a phrase that goes on is no signature',
    'Ann Kolb called the new stadium "a terrible waste of public money for years to come" - Dover council disagreed.',
    'a terrible waste',
    'Dover council',
  ],
  [
    'a colon after a word that names nobody',
    'The council met on Monday.\n\nUpdate: "The road will stay closed until Friday morning at the earliest."',
    'The road will stay',
    'Update',
  ],
];

const speakerOf = (text: string, start: string) =>
  speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker;

describe('speakers: mentions the quote finder left unread', () => {
  for (const [name, text, start, speaker] of FOUND) {
    it(name, () => assert.equal(speakerOf(text, start), speaker));
  }
  for (const [name, text, start, speaker] of NOT) {
    it(`not: ${name}`, () => assert.notEqual(speakerOf(text, start), speaker));
  }
});
