import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from './run-quote-engine.js';

// [construction, text, the mention of each quote in text order]
const CASES: [string, string, (string | null)[]][] = [
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
