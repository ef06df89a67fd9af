import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// Mentions from a headline's "Name:" and from a signature line under the quote (mention/name-colon,
// mention/name-colon-headline, mention/dash-signature-line), with invented text.
// [construction, text, quote content it starts with, mention, speaker]
const FOUND: [string, string, string, string, string][] = [
  [
    'a headline name the tagger reads as a verb, right before the quote',
    'Ted Vance: ‘Shouting At A Reporter Is A Fireable Offense’\n\nSenator Ted Vance said on Monday that the aide should go.',
    'Shouting At A Reporter',
    'Ted Vance',
    'Ted Vance',
  ],
  [
    'words between the headline name and its quote',
    'Ted Vance: Harbour Tax Appeals to ‘bad angels of our nature, the worst of us’\n\nSenator Ted Vance said on Monday that the tax was wrong.',
    'bad angels of our nature',
    'Ted Vance',
    'Ted Vance',
  ],
  [
    'a dash and a name on a line of their own under the quote',
    'Claims we checked this week.\n\n"Almost all new income in the valley is going to the top one percent."\n\n- Ola Berg.\n\nOla Berg is relying on old figures.',
    'Almost all new income',
    'Ola Berg',
    'Ola Berg',
  ],
];

// Where no mention is lent. [construction, text, quote content it starts with]
const NOT: [string, string, string][] = [
  [
    'a colon in a sentence of running text, not a headline of its own',
    'The council met on Monday. Ted Vance: the tax appeals to ‘bad angels of our nature, the worst of us’ in the valley.',
    'bad angels of our nature',
  ],
];

describe('mention rules: headline name and colon, signature line', () => {
  for (const [name, text, starts, mention, speaker] of FOUND) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.startsWith(starts));
      assert.ok(q, `no direct quote starting "${starts}"`);
      assert.equal(q.mention?.text, mention);
      assert.equal(q.speaker, speaker);
    });
  }
  for (const [name, text, starts] of NOT) {
    it(`no mention: ${name}`, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.startsWith(starts));
      assert.ok(q, `no direct quote starting "${starts}"`);
      assert.notEqual(q.mention?.text, 'Ted Vance');
    });
  }
});
