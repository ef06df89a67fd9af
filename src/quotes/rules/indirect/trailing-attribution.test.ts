import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// Content running into another attribution, or cut open at an aside: [construction, text, records]
const CASES: [string, string, string[]][] = [
  [
    "a nested report: the outer speaker's attribution is left out of the inner clause",
    'The lawyer who had represented Orr had said the rules were "weighted heavily" in favour of owners, said Mr Lund.',
    [
      'indirect: The lawyer who had represented Orr had said the rules were "weighted heavily" in favour of owners | Lund',
      'indirect: the rules were "weighted heavily" in favour of owners | the lawyer',
    ],
  ],
  [
    'the words of a direct quote and its attribution before "according to" are no indirect report',
    'The host pressed on. “But he is not sympathetic to them. He hates them. He is trying to stop them,” Hewitt said, according to a transcript of the show.',
    ['direct: But he is not sympathetic to them. He hates them. He is trying to stop them, | Hewitt'],
  ],
  [
    'a clause cut open at "because" before an aside',
    'The research shows that more people are taking these threats more seriously because, said Mr Goosens, they are reported in the press much more.',
    [],
  ],
  [
    'a clause cut open at "by" before "according to"',
    'The relic was carried in procession followed by, according to varying reports, nearly 2000 people.',
    [],
  ],
  [
    'a name ending on a capital letter is no open article ("S.A", "series A")',
    'Tarnex Inc said it signed a joint venture with Orvia-based Vell Sistemas S.A.\n\nNorland Capital said it filed a prospectus for preferred shares, series A.',
    [
      'indirect: it signed a joint venture with Orvia-based Vell Sistemas S.A | Tarnex Inc',
      'indirect: it filed a prospectus for preferred shares, series A | Norland Capital',
    ],
  ],
  [
    'a clause closed before ", and" is trimmed, not dropped',
    'It said the Lorne Network will air the commercials 28 times a week for 13 weeks, and as a result Tarn Media said it expects higher sales in April.',
    [
      'indirect: the Lorne Network will air the commercials 28 times a week for 13 weeks | It',
      'indirect: it expects higher sales in April | Tarn Media',
    ],
  ],
  [
    'a clause closed before "and which" is trimmed, not dropped',
    'A Vellco spokesman said the company was aware of a magazine article, which named Orrco as a suitor and which traders said fed the rumors.',
    [
      'indirect: the company was aware of a magazine article, which named Orrco as a suitor | a Vellco spokesman',
      'indirect: fed the rumors | traders',
    ],
  ],
];

describe('trailing-attribution and open-ended-clause', () => {
  for (const [name, text, expected] of CASES)
    it(name, () =>
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.type}: ${q.content} | ${q.speaker}`),
        expected,
      ),
    );
});
