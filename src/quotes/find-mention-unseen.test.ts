import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// Mentions the finder cut wrong on unseen texts (invented sentences). [text, [content, mention] of each quote]
const CASES: [string, [string, string | null][]][] = [
  // quoted-as-saying: a day after "quoted" tells when; the by-phrase then names the outlet, the subject speaks
  [
    'Ann Hale was quoted Friday by local media as saying that the plant would close.',
    [['the plant would close', 'Ann Hale']],
  ],
  [
    'The mayor was quoted on Monday morning by the Lorne Post as saying that the plant would close.',
    [['the plant would close', 'The mayor']],
  ],
  [
    'An official who saw the files of the firm was quoted Friday by local media as saying the plant would close.',
    [['the plant would close', 'An official']],
  ],
  ['He was quoted yesterday as saying that the plant would close.', [['the plant would close', 'He']]],
  [
    'Local papers quoted Friday the director Ola Berg as saying the plant would close.',
    [['the plant would close', 'the director Ola Berg']],
  ],
  // (unchanged: no day word)
  [
    'Local papers quoted the director Ola Berg as saying the plant would close.',
    [['the plant would close', 'the director Ola Berg']],
  ],
  // nounPhraseEndingAt: a body's fields set off by commas belong to its name
  [
    'Tariffs will rise, the Centre for Trade, Law and Policy said.',
    [['Tariffs will rise', 'the Centre for Trade, Law and Policy']],
  ],
  [
    'Tariffs will rise, said the Institute of Music, Art and Drama.',
    [['Tariffs will rise', 'the Institute of Music, Art and Drama']],
  ],
  // (not a list after a place: "In Lorne, Vell and Roe")
  ['In Lorne, Vell and Roe said tariffs would rise.', [['tariffs would rise', 'Vell and Roe']]],
  // nounPhraseEndingAt: "<people> of those <participle> in …" heads the phrase
  [
    'Families of those killed in the flood at Lorne have sued the council, alleging that warnings were ignored.',
    [['warnings were ignored', 'Families of those killed in the flood at Lorne']],
  ],
  [
    'The town mourned. Relatives of those held at the camp said that the guards were cruel.',
    [['the guards were cruel', 'Relatives of those held at the camp']],
  ],
  // (not a noun that speaks for nobody before "of those": the clause is the report)
  [
    'Memories of those lost in the flood faded, the mayor said.',
    [['Memories of those lost in the flood faded', 'the mayor']],
  ],
];

describe('mentions from unseen texts: days after "quoted", bodies of fields, "families of those killed in"', () => {
  for (const [text, expected] of CASES)
    it(text, () =>
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => [q.content, q.mention?.text ?? null]),
        expected,
      ),
    );
});
