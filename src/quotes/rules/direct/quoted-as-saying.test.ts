import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../analyze.js';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// "X quoted Y as saying": Y speaks, not the outlet or document that quotes them. Invented sentences.
// [construction, text, quote content it starts with, mention, rule]
const CASES: [string, string, string, string, string][] = [
  [
    'a statement quoting a titled name, a comma before the quote',
    'The Wexford statement quoted Bowen chairman Ann Hale as saying, "We welcome the mill workers into our family."',
    'We welcome',
    'Bowen chairman Ann Hale',
    'quotes/quoted-as-saying',
  ],
  [
    'an outlet quoting a name with an aside between commas, no comma before the quote',
    'The Courier quoted Ola Berg, a former deputy at the agency, as saying "The agency has a role in every flood."',
    'The agency has',
    'Ola Berg',
    'quotes/quoted-as-saying',
  ],
  [
    'a pronoun for the outlet, a colon before the quote',
    'Harbour Radio said the talks had ended. It quoted Berg as saying: "Everybody around us is watching the port."',
    'Everybody around us',
    'Berg',
    'quotes/quoted-as-saying',
  ],
  [
    'a partial quote at the end of the reported clause',
    'The paper quoted a senior official as saying the harbour deal was "dead in the water for now".',
    'dead in the water',
    'a senior official',
    'quotes/quoted-as-saying',
  ],
  [
    'the quote first, then the outlet quoting a titled name',
    '"Our reforms have created a new generation of engineers," Harbour News quoted Prince Tal Ossen as saying.',
    'Our reforms',
    'Prince Tal Ossen',
    'quotes/quoted-as-saying-after-quote',
  ],
  [
    'the quote first, then an agency quoting a group in a statement',
    '"The mill will find a way out of its debt," the Tarn agency quoted several lawmakers as saying in a statement.',
    'The mill will',
    'several lawmakers',
    'quotes/quoted-as-saying-after-quote',
  ],
];

// A clause with a report verb of its own between "as saying" and the quote: the quote is that verb's.
const NOT_THIS_RULE: [string, string, string][] = [
  [
    'a report inside the quoted clause',
    'The paper quoted a senior official as saying the mayor had said the harbour deal was "dead in the water for now".',
    'dead in the water',
  ],
];

describe('direct quotes: "X quoted Y as saying"', () => {
  for (const [name, text, starts, mention, rule] of CASES) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.startsWith(starts));
      assert.ok(q, `no direct quote starting "${starts}"`);
      assert.equal(q.mention?.text, mention);
      assert.equal(q.rule, rule);
    });
  }
  for (const [name, text, starts] of NOT_THIS_RULE) {
    it(`not quoted-as-saying: ${name}`, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct' && x.content.startsWith(starts));
      assert.notEqual(q?.rule, 'quotes/quoted-as-saying');
    });
  }
  it('an object pronoun ("quoted her as saying") stands for the person it refers to', () => {
    const text =
      'Ann Hale runs the Wexford mill. The Daily Courier quoted her as saying: "We will never sell the mill to anyone."';
    const q = analyze({ id: 't', date: '2020-01-01', text }).quotes.find((x) => x.type === 'direct');
    assert.equal(q?.mention?.text, 'her');
    assert.equal(q?.speaker, 'Ann Hale');
  });
});
