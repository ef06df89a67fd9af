import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../src/testing/run-quote-engine.js';

// Texts that must yield no quote at all.
const NONE: [string, string][] = [
  ['"said to be"', 'The minister is said to be furious about the leak.'],
  ['"is said to have"', 'The painting is said to have hung in the palace for a century.'],
  ['"so-called" term', 'The so-called "green corridor for trade" was never built.'],
  ['"the said company"', 'The said company paid the fine in full last year.'],
  ['scare quotes of one word', 'The war was a "terrible" waste of money and time.'],
  ['scare quotes of two words', 'Critics called the scheme a "total disaster" in the press.'],
  ['title of a work', 'She starred in "The Long Road Home" last winter.'],
  [
    'name of a show after a network, period inside the marks',
    'Ola Brisk was a guest on WXYZ’s “Face the Day.”',
  ],
  [
    'absolute "with" phrase ending in "reporting"',
    'With all precincts reporting, the Lorne race was too close to call.',
  ],
  ['nickname', 'Rafael Ortiz, nicknamed "The Iron Wall of Leeds", retired in May.'],
  ['told to (an order, not a statement)', 'Residents were told to leave their homes before noon.'],
  ['report verb with a noun object', 'The minister denied the charges against her.'],
  ['reports of actions', 'The council announced plans to widen the road.'],
  [
    'a noun object, then a new clause after a dash',
    'The striker protested his innocence - and the referee let him play on.',
  ],
  [
    'a leading participle phrase is not a reported clause',
    'Announcing the closure of the mine, the company thanked its workers.',
  ],
  [
    'a lone subordinate clause before the cue',
    'While many traders use dollars, the bank announced a new coin.',
  ],
  ['a report in first-person words', 'I was told that the mine would close in spring.'],
  ['"according to" a custom, not a source', 'The bride wore red according to tradition.'],
  [
    'the first piece of a hyphenated word is no cue ("add-ons")',
    'That means people can adapt the core code, like add-ons or extensions to the program.',
  ],
  [
    'an "as" aside of a proposal',
    'One can also debate the merits of a tax on trades to pay for tuition, as Ola Brisk proposes.',
  ],
  [
    'a participle aside with its object, not an inverted speaker',
    'Mr. Vane, recalling weekly breakfasts with Ms. Lund, described himself as her loyal whisperer.',
  ],
  ['a possessive and a noun the tagger calls a verb after a cue', 'Lee accepted their help.'],
  [
    '"according to" a habit, not a source',
    'Voters pull the lever for either party according to their instinctive preference.',
  ],
  [
    '"according to" their own needs',
    'Across the valley, farmers sow their fields according to their own needs.',
  ],
  [
    'a noun for words, then a cue with its subject, after a comma',
    'A woman in the crowd used a crude word to describe rival Ola Brisk, a word Ann Tull then repeated.',
  ],
  [
    'a noun and its object relative clause after a cue',
    'Orr stressed the impact his bid has had on the race.',
  ],
  [
    'a title and its deck joined by "; " and a line break',
    "Harbour mayor rebuffs Orr on 'exception' to levy; \nSpurns offer, blasts 'narrow view of the port.'\n\nThe mayor on Tuesday turned down the offer.",
  ],
  [
    'a title and a deck that reports in the present',
    "Growers' reaction: 'Is that all there is?'; \nFarmers say minister's plan is too timid.\n\nThe minister spoke on Sunday.",
  ],
  ['a report in second-person words', 'You said the brine could hold enough oxygen for sponges.'],
  ['an estimate with no one making it', 'It is estimated the new bridge will cost four million crowns.'],
  ['a noun object after "estimated"', 'Police estimated the crowd at five thousand people.'],
  [
    'a name modifying a noun before "that"',
    'The agency issued a set of Clean Air Act rules that could shut many plants.',
  ],
  [
    'a passive "be found" is no report',
    'Mr. Dale is more likely to be found alone in his apartment watching the news than out for dinner with friends.',
  ],
  [
    'a reflexive object after "found"',
    'The Vantor channel found itself playing host to rival candidates night after night.',
  ],
  [
    '"pledged" as an adjective',
    "Ms. Lane's lead of nearly 400 pledged delegates is triple the lead Mr. Oda had.",
  ],
  [
    'a noun object, then "as" and a clause',
    'Ada Brisk and Tom Vane maintained their battle as they sit atop most polls.',
  ],
  // (a wire's "net rose" reads as a clause only after a report verb)
  ['"net" with its figure as a noun object', 'The bank reported net income of five mln dlrs for the year.'],
  ['a net figure that rose, no report verb', 'First quarter net rose 10 pct to 21 mln dlrs from 19 mln.'],
  // (a body's "estimates" with no "that" reports only a clause)
  ["a body's estimates as a subject", 'Tarn Mercantile estimates show that output fell.'],
  [
    "a body's estimates with a noun object",
    'Tarn Oil estimates reserves in the Orr block at 70 mln barrels.',
  ],
  // (a wire's roles before a bank's name speak only with a report verb)
  [
    'roles before a name, no report verb',
    'The notes pay 7 pct, lead manager <Orr Brothers Inc> bought most of them.',
  ],
  // (a body's subject before a participle aside speaks only with a report verb)
  ['a body and an aside, no report verb', 'The Council on Tolls, set up in May, raised fares on Friday.'],
  ['"for saying" after a noun', 'There is no reason for saying the pier is unsafe.'],
  ['"for" and a negated participle', 'Tom Orr was criticised for not saying the pier was unsafe.'],
  ['"not" before a to-infinitive', 'Ada Kray said not to worry about the pier.'],
  ['"without saying"', 'Tom Orr left without saying the pier was safe.'],
];

describe('negative cases: no quote', () => {
  for (const [name, text] of NONE) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.type}: ${q.content}`),
        [],
      );
    });
  }
});

describe('negative cases: nothing reported after a quote’s own attribution', () => {
  it('"…," he said, an aside', () => {
    assert.deepEqual(
      runQuoteEngine('"We consider the matter closed," he said, a signal the row was over.').quotes.map(
        (q) => `${q.type}: ${q.content}`,
      ),
      ['direct: We consider the matter closed,'],
    );
  });
});

describe('negative cases: an unbalanced mark never swallows the article', () => {
  it('an unclosed quote stops at its sentence', () => {
    const text =
      'Ada Moen said: "We are not leaving this town. Nobody can make us.\n\nThe council meets on Monday. Ada Moen said the council had no plan.';
    const { quotes, diagnostics } = runQuoteEngine(text);
    assert.ok(diagnostics.some((d) => d.code === 'quote-mark-unbalanced'));
    for (const q of quotes) assert.ok(!q.content.includes('council meets'), `swallowed: ${q.content}`);
    assert.ok(quotes.some((q) => q.type === 'indirect' && q.content === 'the council had no plan'));
  });

  it('a stray closing mark is reported and ignored', () => {
    const text = 'The river is high.” Nobody was hurt in the town, Eli Varga said.';
    const { quotes, diagnostics } = runQuoteEngine(text);
    assert.ok(diagnostics.some((d) => d.code === 'quote-mark-unpaired'));
    assert.deepEqual(
      quotes.map((q) => q.content),
      ['Nobody was hurt in the town'],
    );
  });
});

describe('negative cases: no record for a report a denial or a poll finding holds', () => {
  const cases: [string, string, string[]][] = [
    [
      'a passive report inside a denial',
      'Ada Kray denied she had been told that the pier was unsafe.',
      ['indirect: she had been told that the pier was unsafe'],
    ],
    [
      'a share of those asked inside a survey finding',
      'A survey for the Lorne Trust suggests 69% of over-60s say they would vote for the plan.',
      ['indirect: 69% of over-60s say they would vote for the plan'],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.type}: ${q.content}`),
        expected,
      );
    });
  }
});
