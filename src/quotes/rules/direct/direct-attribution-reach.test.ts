import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// Attributions the quote finder reads past an adverb, an earlier quote of the sentence, "according to" or a
// paragraph break, with invented sentences. [construction, text, quote content it starts with, mention, rule]
const FOUND: [string, string, string, string, string][] = [
  [
    'a short partial quote attributed after its close lends its attribution to the next quote',
    'Ann Tull said on Monday she was worried. Yet the levy is also a “fair deal,” Tull said. “That is exactly what farmers want right now in the valley.”',
    'That is exactly',
    'Tull',
    'quotes/previous-quote-attribution',
  ],
  [
    'a manner adverb between the name and the cue',
    'Ola Berg jokingly said, “I hate to say it, but the levy is working for us now.”',
    'I hate to say it',
    'Ola Berg',
    'quotes/speaker-cue-before-quote',
  ],
  [
    'a quote opening its sentence after the attributed one, narration after its close',
    'The plan faced critics. "We will never accept the new levy on our farms," Ann Tull told reporters. "What the farmers care about is the price of bread" and little else.',
    'What the farmers care',
    'Ann Tull',
    'quotes/previous-quote-attribution',
  ],
  [
    'a participle after an earlier quote whose comma sits inside the closing mark',
    'Ola Berg said the levy was “messy,” adding, “Democracy is messy and we will live with it.”',
    'Democracy is messy',
    'Ola Berg',
    'quotes/speaker-cue-before-quote/participle-subject-past-quote',
  ],
  [
    'the report verb before an earlier short quote of the sentence',
    'At the fair, Ann Tull said that this was a “new” duty of mayors and we should “set the same rules for every town in the valley.”',
    'set the same rules',
    'Ann Tull',
    'quotes/speaker-cue-before-quote/before-earlier-quote',
  ],
  [
    '"according to" right after the quote',
    '“Nobody listens to the farmers in this valley anymore,” according to the Harbour Farmers Union.',
    'Nobody listens',
    'the Harbour Farmers Union',
    'quotes/according-to-source',
  ],
  [
    '"according to" a paper filed by someone: the one behind it',
    'The levy “has failed and cannot support a prosecution in any court,” according to a court paper filed by county attorney Dave Arden.',
    'has failed',
    'county attorney Dave Arden',
    'quotes/according-to-source',
  ],
  [
    '"According to" opening the sentence of a partial quote',
    'According to his doctor, Ola Berg had "excellent" results and "will be the healthiest mayor ever elected in the valley."',
    'will be the healthiest',
    'his doctor',
    'quotes/according-to-source',
  ],
  [
    'a quote paragraph after a paragraph ending in a colon, with no report verb',
    'Ann Tull turned to the council on it:\n\n“We will not pay for a bridge that nobody in this town has asked for.”',
    'We will not pay',
    'Ann Tull',
    'quotes/cue-ends-previous-paragraph/colon-subject',
  ],
];

// Short terms stay scare quotes. [construction, text, quoted words]
const NO_DIRECT: [string, string, string][] = [
  [
    'a short term before "according to"',
    'The mayor put the farmers "through the wringer," according to their lawyers.',
    'through the wringer',
  ],
  [
    'a short term after a participle past an earlier quote',
    'Ola Berg dropped the word “outsider” last week, saying she had made a “poor choice of words” at the fair.',
    'poor choice of words',
  ],
];

describe('direct attribution reach: adverbs, earlier quotes, "according to", colon paragraphs', () => {
  for (const [name, text, starts, mention, rule] of FOUND) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.startsWith(starts));
      assert.ok(q, `no direct quote starting "${starts}"`);
      assert.equal(q.mention?.text, mention);
      assert.equal(q.rule, rule);
    });
  }
  for (const [name, text, words] of NO_DIRECT) {
    it(`no direct quote: ${name}`, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.includes(words));
      assert.equal(q, undefined);
    });
  }
});
