import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// [construction, text, the mention of each quote in text order]
const CASES: [string, string, (string | null)[]][] = [
  // "and" inside one name, or between one person's roles; not between two names
  [
    'a firm ending in "and Co"',
    'Dunmore Oil is issuing a 50 mln dlr bond, said Harwell Brothers and Co Ltd as lead manager.',
    ['Harwell Brothers and Co Ltd'],
  ],
  [
    'an institute named by two fields',
    'According to the Tarn Institute of Geology and Seismology, the quake struck at dawn.',
    ['the Tarn Institute of Geology and Seismology'],
  ],
  [
    'a firm of two names owning its analyst',
    '"Demand will grow," added Ellery and Voss\'s analyst Mira Tal.',
    ["Ellery and Voss's analyst Mira Tal"],
  ],
  [
    'two roles of one person',
    '"The stripes confuse them," said study co-author and Research Fellow Ann Moe.',
    ['study co-author and Research Fellow Ann Moe'],
  ],
  ['two outlets', 'According to Harbour News and Dale Radio, the vote was delayed.', ['Harbour News']],
  // a role's own "to" after an inverted cue
  [
    'an ambassador "to" a country, then the name',
    'According to Norland Ambassador to the Dale Republic Ivo Marsk, the talks failed.',
    ['Norland Ambassador to the Dale Republic Ivo Marsk'],
  ],
  ['an envoy "to" a country', '"We are ready," said the envoy to Tarnia.', ['the envoy to Tarnia']],
  [
    'a wire ticker after the name',
    'Harbour Bank PLC <HBRB.L> said it is cutting its base rate.',
    ['Harbour Bank PLC'],
  ],
  ['a name of several words inside a ticker', '<Varbank NA> said it has cut its base rate.', ['Varbank NA']],
  [
    'a ticker in capitals after lower-case words',
    'Northern oil <NRO.A> said it raised its posting.',
    ['Northern oil'],
  ],
  [
    'a name inside a wire ticker',
    '<Dorn Mining Corp> said it cut prices for all grades of zinc.',
    ['Dorn Mining Corp'],
  ],
  [
    'a ticker closing an appositive with no comma',
    'Tarn Oil, a unit of the Harbour/Tarn Group <HTG> said it raised crude prices.',
    ['Tarn Oil'],
  ],
  [
    'a ticker inside an appositive set off by commas',
    'Dorn Bank of Canada, a subsidiary of Harbour Bank PLC <HBRB.L>, said it will redeem its shares.',
    ['Dorn Bank of Canada'],
  ],
  [
    'a descriptor before a name in brackets, and an owner after "by"',
    'Machinery maker <Poclain>, 40 pct owned by <Tarn Inc>, said it will raise its capital.',
    ['Poclain'],
  ],
  ["a firm's name ending in a possessive", "Harbury's pointed out that losses grew in 1986.", ["Harbury's"]],
  [
    'a possessive before a participle and its noun is no name',
    "Ann Roe called Tom Lee's proposed budget lousy and said she would vote against it.",
    ['Ann Roe'],
  ],
  [
    'lower-case nouns describing a name set off by commas',
    'Late last year, marketing company Tarnlink, one of the biggest ad sellers, warned that it may be sold.',
    ['marketing company Tarnlink'],
  ],
  [
    'a time phrase between the auxiliary and the cue',
    'Growers have so far maintained that the fund should not buy surplus cocoa.',
    ['Growers'],
  ],
  [
    'a form in -s the tagger calls a noun, after an opening subject and before "that"',
    'The Harbour Courier reports that more ferries will be cut.',
    ['The Harbour Courier'],
  ],
  ['the same after a common noun', 'The audit states that few councils kept records.', ['The audit']],
  ['not after a plural noun', 'The reports that ferries will be cut worried islanders.', []],
  [
    'the one spoken to in an aside is no speaker',
    'A senior official, speaking to the Courier reporter Ann Roe, said the budget was cut.',
    ['A senior official'],
  ],
  [
    'the closing mark of a title before the subject is not part of the mention',
    'On the show “Harbour Hour,” Rep. Ann Tull said the ferry plan was dead.',
    ['Rep. Ann Tull'],
  ],
  [
    'quote marks around a word inside the phrase stay in it',
    'The “Orchard” spokesman said the ferry plan was dead.',
    ['The “Orchard” spokesman'],
  ],
  [
    'a name, a role "of <firm>" and a relative clause before the cue: the name',
    'Fred Hale, head of Tiga, which represents small studios, said that more firms would close.',
    ['Fred Hale'],
  ],
  [
    'a name, a role "at <firm>" and no comma before the cue: the name',
    'Howard Arch, economist at Global Data said the bank "may well raise rates again this year."',
    ['Howard Arch'],
  ],
  [
    'a name set off before "of" an organisation and the places after it, no comma before the cue: the name',
    'Tina Vell, of the Centre for Road Studies at the University of Lorne in Harbury said the design "is not adjusted to the elderly."',
    ['Tina Vell'],
  ],
  [
    'a bare quantifier opening the clause, a place after it: the quantifier with its place',
    'But many in the Green Party said the plan "would never pass the house".',
    ['many in the Green Party'],
  ],
  [
    'negative: the organisation and its place with no name set off before it',
    'The Centre for Road Studies in Harbury said the design "is not adjusted to the elderly."',
    ['The Centre for Road Studies'],
  ],
  [
    'a participle after an embedded "how" clause: the main subject',
    'An eyewitness described for a news agency how the attack unfolded, stating, "I was crossing the road when I heard it."',
    ['An eyewitness'],
  ],
  [
    '"for the" inside an organisation name',
    'The Forum for the Moors study found that hikers litter less.',
    ['The Forum for the Moors study'],
  ],
  [
    'a capitalised number word after "the" opens a name',
    'Speaking to a radio station, the Three Tenors singer said the hall was too cold.',
    ['the Three Tenors singer'],
  ],
  [
    'a possessive inside the phrase keeps its possessor',
    "The review of March's storms in Eldmoor said that the barriers had failed.",
    ["The review of March's storms in Eldmoor"],
  ],
  [
    'a quantifier "of" the group is part of the speaker',
    'One of the fishermen said the nets had been cut.',
    ['One of the fishermen'],
  ],
  [
    'a quantifier of "them" before "went as far as to say": the speaker',
    'Two fishermen spoke. One of them even went as far as to say, "The nets were cut by the company."',
    ['One of them'],
  ],
  [
    "a participle after a reported clause speaks for the report's subject, not the clause's",
    'He said the sale of "C" bonds could upset other holders, noting most "C" bonds carry equal votes.',
    ['He', 'He'],
  ],
  [
    'a reduced relative clause with a named agent belongs to the speaker',
    'Some of the marchers the Courier interviewed said they had come to "defend the right of our children to work".',
    ['Some of the marchers the Courier interviewed'],
  ],
  [
    'a reduced relative clause with a pronoun agent belongs to the speaker',
    'The villagers we met said the road had been closed for weeks.',
    ['The villagers we met'],
  ],
  [
    'a bare quantifier after "and" is the second report\'s subject',
    'One villager said the well was dry and several said they had left for the coast.',
    ['One villager', 'several'],
  ],
  // wink splits words at letters beyond Latin-1 ("Brudzi" "ń" "ski"): the name stays whole
  [
    'a Polish surname before the cue is one word',
    'Interior Minister Jerzy Wiśniewski said the bridge was closed.',
    ['Interior Minister Jerzy Wiśniewski'],
  ],
  [
    'a name opening with a non-ASCII capital after an inverted cue',
    '"The bridge is closed," said Łukasz Brzeziński, a local councillor.',
    ['Łukasz Brzeziński'],
  ],
  ['a surname alone before the cue', '"We will reopen," Dvořák told reporters.', ['Dvořák']],
  ['Latin-1 letters in a name', 'Zoë Ångström, a farmer, said the river had risen.', ['Zoë Ångström']],
  ['accents in both names', '"The harvest is lost," José Núñez said.', ['José Núñez']],
  ['Turkish letters in a name', 'Gökçe Şahinoğlu said the talks had stalled.', ['Gökçe Şahinoğlu']],
  // a time phrase between the subject and the cue is not the speaker
  [
    'a place adverb and "last week" before the cue',
    'Trade negotiators here last week said the pact was at risk.',
    ['Trade negotiators'],
  ],
  [
    '"over the weekend" before the cue',
    'A report from the port authority over the weekend said six ships were held.',
    ['the port authority'],
  ],
  ['a weekday before the cue', 'The ministry on Monday said it would act.', ['The ministry']],
  [
    'an acronym the tagger calls a verb after the report it closes',
    'Alder Circuit Trust (ACT) agreed to sell. The sale should close in May, ACT said.',
    ['ACT'],
  ],
  [
    'a participle with its time phrase after the subject',
    'A survey released on Friday said Tarnia needed new roads.',
    ['A survey'],
  ],
  [
    'a participle with a month after the subject',
    'The report published in March said rents rose.',
    ['The report'],
  ],
  // an unpunctuated opening time phrase, then a name with an aside
  [
    'an opening "After" phrase and an aside after the name',
    'After the vote council leader Bo Dee, of Tarn, said the result was fair.',
    ['the vote council leader Bo Dee'],
  ],
  [
    '"earlier this month" before the cue',
    'Analysts earlier this month said prices would rise.',
    ['Analysts'],
  ],
  ['a date before the cue', 'Mr Harlow as recently as March 3 said that taxes would fall.', ['Mr Harlow']],
  [
    '"for the first time" before the cue',
    'Governor Ilse Marten for the first time admitted she was wrong.',
    ['Governor Ilse Marten'],
  ],
  ['a fraction is no time phrase', 'Three-quarters said the road should close.', ['Three-quarters']],
  [
    'a time phrase after a verb goes with that verb',
    'The former chief Ada Rusk quit last autumn claiming she was "seriously misled" by the board.',
    ['The former chief Ada Rusk'],
  ],
  // "May" right before an inflected cue is a surname, not a modal
  ['"May" alone before the cue', '"The plant is old," May said.', ['May']],
  ['a first name and "May" before the cue', 'Ann May said the plant was old.', ['Ann May']],
  ['"May" opens the sentence', 'May also said the firms were strong.', ['May']],
  ['"May" before "has said"', '"We won the vote," Ruth May has said.', ['Ruth May']],
  [
    'a modal before a base form stays a modal',
    'The board may say more about the sale, its chairman said.',
    ['its chairman'],
  ],
  // words that stop before the cue noun they modify are no speaker; a possessor that opens them is
  [
    'a possessive pronoun before "recent claim"',
    'Critics pointed to his recent claim that the bridge was safe.',
    ['his'],
  ],
  [
    'a possessive name before "recent claim"',
    "Analysts doubted Kell Arno's recent claim that the bridge was safe.",
    ['Kell Arno'],
  ],
  [
    'an article before "false claim"',
    'Mayor Kell Arno spoke on Monday, repeating a false claim that the bridge was safe.',
    [],
  ],
  ['"say" tagged as a noun after a quantity', 'Nearly a third say they will vote for Arno.', ['a third']],
  [
    'a possessive name the tagger may read as one token (it has met "Brandt\'s," before)',
    "The plan is Ola Brandt's, he said.\n\nCritics doubted Brandt's recent claim that the plan was cheap.",
    ['he', 'Brandt'],
  ],
  [
    'a time word between the subject and its cue',
    'Inquiries were opened by the board and the union, with the latter yesterday confirming that talks had ended.',
    ['the latter'],
  ],
  // a place's hyphenated participle before the head is part of the descriptor as written
  [
    'a hyphenated participle before a common noun',
    'The Oslo-based bank said profits would rise.',
    ['The Oslo-based bank'],
  ],
  [
    'a hyphenated participle, then a "which" aside before the cue',
    'The Oslo-based watchdog, which monitors 30 economies, said growth would slow next year.',
    ['The Oslo-based watchdog'],
  ],
  [
    'a lower-case hyphenated participle before a name',
    'Tarnia will not export sugar this year, state-owned Tarn Sugar Corp said.',
    ['state-owned Tarn Sugar Corp'],
  ],
  [
    'a hyphenated participle in a described name set off by commas',
    'One of the jilted bidders, Oslo-based group Tarvo, said it welcomed the sale.',
    ['Oslo-based group Tarvo'],
  ],
  [
    'a capitalised hyphenated participle before a name that is all of the phrase: not part of it',
    'The Kurdish-led Tarn Democratic Forces announced it had made a deal.',
    ['Tarn Democratic Forces'],
  ],
  // a list's first item before a comma is no speaker set off by commas
  [
    'a list of nouns opening the clause before ", said <name>"',
    'Security, stability and prosperity would be the key themes in July, said Mr Varnholm.',
    ['Mr Varnholm'],
  ],
  [
    'a name with its role set off by commas',
    'Ida Marsk, doctor and author, said the clinic would close.',
    ['Ida Marsk'],
  ],
  // a one-word name opening the sentence that the tagger calls a verb
  [
    'an all-caps firm the tagger calls a verb',
    'Applied Cable Tarn (ACT) sold its plant. ACT said it made the move to cut costs.',
    ['ACT'],
  ],
  [
    'a surname the tagger calls a verb',
    'Dana Pierce spoke in Dover. Pierce said he would not take a vaccine.',
    ['Pierce'],
  ],
  [
    'the first word of a longer name the tagger calls a verb',
    'Advanced Tarn Products Inc was sold.\n\nAdvanced said it had halted other talks.',
    ['Advanced'],
  ],
  ['no name from an imperative before a bare "say"', 'Let say this has a productivity factor of four.', []],
  // a subject of coordinated noun phrases, or a head with a list after its preposition
  [
    'a head whose "of" takes a list of names',
    'The envoys of Norland, Tarnia and the Dale Republic said the talks had stalled.',
    ['The envoys of Norland, Tarnia and the Dale Republic'],
  ],
  [
    'two common-noun phrases joined by "and"',
    'Some other parties and social groups said the vote was unfair.',
    ['Some other parties and social groups'],
  ],
  [
    'a head with a preposition, then "and" and a possessive phrase',
    'The mayor of Dover and his deputy said the road would reopen.',
    ['The mayor of Dover and his deputy'],
  ],
  [
    'a quantifier of a counted group behind a firm',
    'One of the three brothers behind the Harbour Group said the sale was final.',
    ['One of the three brothers behind the Harbour Group'],
  ],
  [
    '"other" after a determiner',
    'Some other analysts said the crop would be small.',
    ['Some other analysts'],
  ],
  [
    'not: a list inside a clause before the comma',
    'Talks between Norland and Tarnia ended, the minister said.',
    ['the minister'],
  ],
  ['not: "and" joining two clauses', 'Prices fell and analysts said the market was weak.', ['analysts']],
  [
    'not: a phrase after an opening prepositional phrase and its comma',
    'In a statement, Tarn Bank and the union said the deal was off.',
    ['the union'],
  ],
  [
    'not: the object of the clause before "and"',
    'The board cut the budget and the union said it would strike.',
    ['the union'],
  ],
  [
    'not: a bare object of the verb before "and"',
    'The company cut jobs and workers said the plant would close.',
    ['workers'],
  ],
  [
    'not: a bare plural object of the verb before "and"',
    'The mill sold boats and fishermen said the harbour was empty.',
    ['fishermen'],
  ],
  // a time phrase opening the sentence is no item of the subject
  [
    'a day word and its comma before a firm and a common noun',
    'Yesterday, Tarn Bank and the union said the talks had failed.',
    ['Tarn Bank and the union'],
  ],
  [
    'a day word and its comma before two names',
    'Yesterday, Tarn Bank and Ola Berg said the talks had failed.',
    ['Tarn Bank and Ola Berg'],
  ],
  [
    'a weekday phrase before a quantifier',
    'On Friday some parties and social groups said the vote was unfair.',
    ['some parties and social groups'],
  ],
  [
    'a weekday phrase and its comma before a quantifier',
    'On Friday, several parties and social groups said the vote was unfair.',
    ['several parties and social groups'],
  ],
  // a slash written without spaces between two capitalised words joins one name
  [
    'a slash-joined firm after its descriptor',
    'Chip sales will rise, said research firm Tarnex/QRB.',
    ['research firm Tarnex/QRB'],
  ],
  ['a slash-joined firm opening the sentence', 'Tarnex/QRB said chip sales would rise.', ['Tarnex/QRB']],
  // a name before the comma of a list whose "… and …" end the mention finder reached
  [
    'a month word that is a first name opening a list',
    'May, Lee and Tull said the plan would fail.',
    ['May, Lee and Tull'],
  ],
  [
    'three names before the last "and"',
    'Orla, Bram, Lee and Tull said the plan would fail.',
    ['Orla, Bram, Lee and Tull'],
  ],
  ['not: a month after "In"', 'In May, Lee and Tull said the plan would fail.', ['Lee and Tull']],
  ['not: an adverb before the comma', 'Still, Lee and Tull said the plan would fail.', ['Lee and Tull']],
  ['not: a weekday before the comma', 'Friday, Lee and Tull said the plan would fail.', ['Lee and Tull']],
  ['not: one name after the comma', 'May, Lee said the plan would fail.', ['Lee']],
];

describe('find-mention: the speaker mention of a quote', () => {
  for (const [name, text, mentions] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.mention?.text ?? null),
        mentions,
      );
    });
  }
});
