import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A subject that ends in a town and its state set off by commas (subject-through-place), a subhead line the
// segmenter joined to the sentence under it (subhead-line), a wire's "--" aside inside a reported clause and a
// list subject with "and" inside its items (clause-helpers), a noun for words before a cue's subject
// (word-relative-cue), a cue inside "Nothing the mayor said" (reduced-relative-cue), a party tag "R-S.C." (the
// segmenter, which also keeps "Cie." inside its sentence), "following" after a descriptor (descriptor-postmodifier), an
// outlet relaying a quote its speaker's cue opens (relay-after-quote), a company's seat (subject-through-place), a
// participle opening a dashed aside (clause-helpers), and a participle report after "despite"/"with" and its noun
// phrase (absolute-participle).
// [construction, text, each quote as [type, content, mention]]
const CASES: [string, string, [string, string, string | null][]][] = [
  [
    'a subject ending in a town and its state between commas',
    'Relatives of the victims in Dunmore, Conn., said the school had ignored warnings.',
    [['indirect', 'the school had ignored warnings', 'Relatives of the victims in Dunmore, Conn.']],
  ],
  [
    'the same subject before a participle report',
    'A number of the families of those killed in the December 2019 fire at Dunmore High School in Dunmore, Conn., have filed a lawsuit against the maker, alleging it sold the heaters recklessly.',
    [
      [
        'indirect',
        'it sold the heaters recklessly',
        'A number of the families of those killed in the December 2019 fire at Dunmore High School in Dunmore, Conn.',
      ],
    ],
  ],
  [
    'the same after a leading "On Monday,"',
    'On Monday, relatives of the victims in Dunmore, Conn., said the school had ignored warnings.',
    [['indirect', 'the school had ignored warnings', 'relatives of the victims in Dunmore, Conn.']],
  ],
  [
    'a town and state inside a participle aside after the name',
    'Tull, speaking to reporters in Kelby, Ore., said the talks had failed.',
    [['indirect', 'the talks had failed', 'Tull']],
  ],
  [
    'a town and state inside an appositive after the name',
    'Tull, a friend of families in Dunmore, Conn., said the school had ignored warnings.',
    [['indirect', 'the school had ignored warnings', 'Tull']],
  ],
  [
    'a role of a town with its state',
    'The mayor of Kelby, Calif., said the pier would reopen.',
    [['indirect', 'the pier would reopen', 'The mayor of Kelby, Calif.']],
  ],
  [
    'a name of a town with its state keeps its reading',
    'Ada Kray of Dunmore, Texas, said the school had ignored warnings.',
    [['indirect', 'the school had ignored warnings', 'Ada Kray of Dunmore']],
  ],
  [
    'a subhead line before a clause, then the cue',
    'Tom Orr spoke at the port on Monday.\n\nBridge fears\nThe bridge had been unsafe for years, the inspectors said.',
    [['indirect', 'The bridge had been unsafe for years', 'the inspectors']],
  ],
  [
    'a subhead line before "According to"',
    'Tom Orr spoke at the port on Monday.\n\nBridge fears grow\nAccording to the inspectors, the bridge had been unsafe for years.',
    [['indirect', 'the bridge had been unsafe for years', 'the inspectors']],
  ],
  [
    'a "--" aside inside the reported clause',
    'Other growers echoed those comments, saying the plan -- a levy on exports and a cap on prices -- is unfair to farmers.',
    [
      [
        'indirect',
        'the plan -- a levy on exports and a cap on prices -- is unfair to farmers',
        'Other growers',
      ],
    ],
  ],
  [
    'a list subject whose items hold "and"',
    'The official, who asked not to be named, said the port board, the Treasury and Trade departments and other agencies held a meeting yesterday.',
    [
      [
        'indirect',
        'the port board, the Treasury and Trade departments and other agencies held a meeting yesterday',
        'The official',
      ],
    ],
  ],
  [
    'a cue in a relative clause on "Nothing" before a partial quote',
    'Nothing the mayor said "will ease the growers\' fears," the Kelby senator said.',
    [['direct', "will ease the growers' fears,", 'the Kelby senator']],
  ],
  [
    'a party tag with a two-letter state after a senator',
    'Sen. Ola Brisk, R-S.C., a long-shot candidate, said the plan was weak.',
    [['indirect', 'the plan was weak', 'Sen. Ola Brisk']],
  ],
  [
    '"following" after an unnamed descriptor',
    '"Kelby has to deal with the banks," said another official following an assessment of the crisis.',
    [['direct', 'Kelby has to deal with the banks,', 'another official']],
  ],
  [
    'an outlet\'s "reported" after a quote its speaker\'s cue and colon open',
    'Asked about Kelby, Orr said: "There will always be exceptions," the Lorne Post reported.',
    [['direct', 'There will always be exceptions,', 'Orr']],
  ],
  [
    'a company with its seat in a town and state set off by commas',
    'The company, based in Kelby, Ore., said its profit fell.',
    [['indirect', 'its profit fell', 'The company']],
  ],
  [
    'a participle opening a spaced-dash aside inside the clause',
    'Ann Tull said the bridge — closed since May — would reopen.',
    [['indirect', 'the bridge — closed since May — would reopen', 'Ann Tull']],
  ],
  [
    'a participle report after "despite" and its noun phrase',
    'Orr and Lee remain calm despite a few early backers of the bill, such as Ann Tull, R-Tenn., and Ola Brisk, R-S.C., now saying they want changes.',
    [['indirect', 'they want changes', 'a few early backers of the bill']],
  ],
  [
    'a participle report after "with" and its noun phrase',
    'The firm cut 200 jobs, with its chief saying demand had slumped.',
    [['indirect', 'demand had slumped', 'its chief']],
  ],
  [
    'a participle after "with" as a verb\'s preposition keeps the main subject',
    'A panel agreed with the companies, finding that the case could not be brought.',
    [['indirect', 'the case could not be brought', 'A panel']],
  ],
  [
    'a French company abbreviation inside the clause',
    'Ada Kray said her board rejected the bid by Cie. Financiere de Lorne to raise its stake.',
    [['indirect', 'her board rejected the bid by Cie. Financiere de Lorne to raise its stake', 'Ada Kray']],
  ],
];

describe('quotes: places, subheads, dashed asides and relative cues', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = runQuoteEngine(text).quotes.map((q) => [q.type, q.content, q.mention?.text ?? null]);
      assert.deepEqual(got, want);
    });
});
