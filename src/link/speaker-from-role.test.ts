import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

// "Sources close to … (Istituto Finto Norrese - IFN) said": the descriptor's head "ifn)" is matched as text,
// never compiled as a pattern (it threw "Unmatched ')'" and lost the whole article).
test('a role head with regex characters does not break the analysis', () => {
  const text = [
    '"We are ready," a ministry official said.',
    'Sources close to the Norrish state credit institution (Istituto Finto Norrese - IFN) said a convertible bond issue was one of the possibilities being studied.',
  ].join('\n\n');
  const result = analyze({ id: 'regex-head', date: '1987-03-02', text });
  assert.equal(result.quotes.length, 2);
});
