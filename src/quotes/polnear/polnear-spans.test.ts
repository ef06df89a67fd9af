import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runQuoteEngine } from '../../testing/run-quote-engine.js';
import type { Quote } from '../../types.js';
import { toBareCue } from './bare-cue.js';
import { keepOutermost } from './keep-outermost.js';
import { type SpanTaggerMode, useSpanTagger } from './span-tagger.js';

type Row = [string, string | null, string | null];
const rows = (text: string, spans: 'guide' | 'polnear', kinds: 'statements' | 'all' = 'all'): Row[] =>
  runQuoteEngine(text, { spans, kinds }).quotes.map((q) => [
    q.content,
    q.mention?.text ?? null,
    q.cue?.text ?? null,
  ]);

// [construction, invented text, quotes expected under spans: 'polnear' (content, source, cue)]
const POLNEAR: [string, string, Row[]][] = [
  [
    'partial quote: the whole reported clause',
    'Mayor Ines Valdo said the bridge plan was “dead on arrival” in the council.',
    [['the bridge plan was “dead on arrival” in the council', 'Mayor Ines Valdo', 'said']],
  ],
  [
    'a lead-in before a quote with its cue after',
    'With six rivals in the race, “nobody can be sure of anything,” Tomas Brenner said.',
    [['With six rivals in the race, “nobody can be sure of anything,”', 'Tomas Brenner', 'said']],
  ],
  [
    'bare cue: the hearer is left out',
    '“The harbour will reopen,” Greta Olsen told Lantern Radio.',
    [['The harbour will reopen,', 'Greta Olsen', 'told']],
  ],
  [
    'source keeps its appositive',
    'Ravi Anand, a planner at Harbourside, said the flood walls would hold.',
    [['the flood walls would hold', 'Ravi Anand, a planner at Harbourside,', 'said']],
  ],
  [
    'an act with a noun-phrase object',
    'Lena Duval accused the council of wasting the budget.',
    [['the council of wasting the budget', 'Lena Duval', 'accused']],
  ],
  [
    'a finding, with its auxiliary in the cue',
    'The Brightwater survey has shown a steady rise in rents.',
    [['a steady rise in rents', 'The Brightwater survey', 'has shown']],
  ],
  [
    'a headline with a colon',
    'Ines Valdo: The Bridge Will Wait\n\nThe council met on Monday.',
    [['The Bridge Will Wait', 'Ines Valdo', ':']],
  ],
  [
    'univocal: a belief inside a report is part of the report',
    'Tomas Brenner said he thinks the ferry will be late again.',
    [['he thinks the ferry will be late again', 'Tomas Brenner', 'said']],
  ],
  [
    'a relative pronoun is the source',
    'The inquiry heard Lena Duval, who said the walls were too low.',
    [['the walls were too low', 'who', 'said']],
  ],
  [
    'a raised subject: no source, the content wraps round the cue',
    'The ferry is expected to be late again.',
    [
      ['The ferry', null, 'is expected'],
      ['to be late again', null, 'is expected'],
    ],
  ],
  [
    'a report split by its cue: the part after the cue too',
    'The walls will hold, Ravi Anand said, because the sea is calm this year.',
    [
      ['The walls will hold', 'Ravi Anand', 'said'],
      ['because the sea is calm this year', 'Ravi Anand', 'said'],
    ],
  ],
  [
    'a transcript turn with a colon',
    '"VALDO: Well, look, the bridge will wait until spring."',
    [['Well, look, the bridge will wait until spring', 'VALDO', ':']],
  ],
  ['a colon after a label is no source', 'Correction: An earlier version misspelled the mayor’s name.', []],
  [
    'a trailing relative clause is no part of the report',
    'Lena Duval said the ferry would sail on Monday, which surprised the crew.',
    [['the ferry would sail on Monday', 'Lena Duval', 'said']],
  ],
  [
    'a quotation signed after a dash',
    'Readers wrote in.\n“The ferry should run all winter.” ― Oskar Lind\u00a0\n“Fix the bridge first, then talk.”― Mira Sol.',
    [
      ['The ferry should run all winter.', 'Oskar Lind', '―'],
      ['Fix the bridge first, then talk.', 'Mira Sol', '―'],
    ],
  ],
  [
    'a dash after a quotation in running text is no signature',
    '“We won,” ― she said, smiling at the crowd.',
    [['We won,', null, null]],
  ],
  [
    'a passive with "by" is not a report of its subject',
    'The mayor was endorsed by the harbour union on Monday.',
    [],
  ],
];

describe('spans: polnear, rules alone (the learned tagger off)', () => {
  let saved: SpanTaggerMode = 'model';
  before(() => {
    saved = useSpanTagger('off');
  });
  after(() => {
    useSpanTagger(saved);
  });
  for (const [name, text, expected] of POLNEAR)
    it(name, () => assert.deepEqual(rows(text, 'polnear'), expected));
});

// the same sentences under GUIDE conventions (the default) keep GUIDE spans
const GUIDE: [string, string, Row[]][] = [
  [
    'partial quote stays the quoted words',
    'Mayor Ines Valdo said the bridge plan was “dead on arrival” in the council.',
    [['dead on arrival', 'Mayor Ines Valdo', 'said']],
  ],
  ['no act attributions', 'Lena Duval accused the council of wasting the budget.', []],
  [
    'cue keeps its hearer',
    '“The harbour will reopen,” Greta Olsen told Lantern Radio.',
    [['The harbour will reopen,', 'Greta Olsen', 'told Lantern Radio']],
  ],
];

// statement verbs added to the default lexicon from PolNeAR's cue inventory
const NEW_SPEECH: [string, Row[]][] = [
  [
    'Ines Valdo mentioned that the bridge would close in May.',
    [['the bridge would close in May', 'Ines Valdo', 'mentioned']],
  ],
  [
    'Tomas Brenner speculated that the ferry had been sold.',
    [['the ferry had been sold', 'Tomas Brenner', 'speculated']],
  ],
  [
    'Greta Olsen clarified that the fees would not rise.',
    [['the fees would not rise', 'Greta Olsen', 'clarified']],
  ],
  // an impersonal passive estimate is no statement of anyone's
  ['It is estimated the harbour will cost $4m.', []],
];

describe('statement verbs from the PolNeAR cue inventory (default spans)', () => {
  for (const [text, expected] of NEW_SPEECH)
    it(text, () => assert.deepEqual(rows(text, 'guide', 'statements'), expected));
});

describe('spans: guide (default) is unchanged', () => {
  for (const [name, text, expected] of GUIDE) it(name, () => assert.deepEqual(rows(text, 'guide'), expected));
});

describe('doubled apostrophes as quote marks', () => {
  const cases: [string, Row[]][] = [
    ["''The budget is balanced,'' said Greta Olsen.", [['The budget is balanced,', 'Greta Olsen', 'said']]],
    [
      "Tomas Brenner said: ''We did everything we could.''",
      [['We did everything we could.', 'Tomas Brenner', 'said']],
    ],
    // an apostrophe pair inside a word is no mark: no quote
    ["The rock'' n roll bar closed.", []],
  ];
  for (const [text, expected] of cases)
    it(text, () => assert.deepEqual(rows(text, 'guide', 'statements'), expected));
});

describe('toBareCue', () => {
  const cue = (text: string) => ({ start: 10, end: 10 + text.length, text });
  const cases: [string, string | null][] = [
    ['told reporters', 'told'],
    ['told Lantern Radio on Friday', 'told'],
    ['said', null],
    ['has since said', null],
    ['according to', null],
    ['pointed out', null],
  ];
  for (const [input, expected] of cases)
    it(input, () => assert.equal(toBareCue(cue(input))?.text ?? null, expected));
});

describe('keepOutermost', () => {
  const q = (id: string, start: number, end: number, cueAt: number): Quote =>
    ({
      id,
      start,
      end,
      cue: { start: cueAt, end: cueAt + 4, text: 'said' },
      mention: null,
    }) as unknown as Quote;
  const cases: [Quote[], string[]][] = [
    [[q('outer', 10, 60, 5), q('inner', 30, 60, 25)], ['outer']],
    [
      [q('a', 10, 20, 5), q('b', 30, 40, 25)],
      ['a', 'b'],
    ],
  ];
  for (const [quotes, expected] of cases)
    it(expected.join('+'), () =>
      assert.deepEqual(
        keepOutermost(quotes).map((x) => x.id),
        expected,
      ),
    );
});
