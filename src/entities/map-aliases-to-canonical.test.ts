import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapAliasesToCanonical, substituteAliases } from './map-aliases-to-canonical.js';

describe('mapAliasesToCanonical', () => {
  const cases: Array<[string, string]> = [
    ['Officials of the Russian Federation met.', 'Officials of Russia met.'],
    ['United States of America officials said so.', 'US officials said so.'],
    ['The North Atlantic Treaty Organisation said the U.S. agreed.', 'NATO said the US agreed.'],
    ['He met the United Nations chief in the United Kingdom.', 'He met the UN chief in the UK.'],
    [
      'The Kremlin and Moscow were silent; Russian hackers were not.',
      'The Kremlin and Moscow were silent; Russian hackers were not.',
    ],
    ['Nothing to change here.', 'Nothing to change here.'],
    // the longest form wins over the inner "Republic of China"
    ["Envoys of the People's Republic of China arrived.", 'Envoys of China arrived.'],
    ['Envoys of the People’s Republic of China arrived.', 'Envoys of China arrived.'],
    ['Envoys of the Republic of China arrived.', 'Envoys of Taiwan arrived.'],
    ["The Republic of China and the People's Republic of China talked.", 'Taiwan and China talked.'],
  ];
  for (const [input, expected] of cases) {
    it(input, () => assert.equal(mapAliasesToCanonical(input), expected));
  }

  it('makes a spun sentence and its source compare equal', () => {
    const source = 'Putin said Russia was open for joint work with NATO.';
    const spun =
      'Putin said the Russian Federation was open for joint work with the North Atlantic Treaty Organisation.';
    assert.equal(mapAliasesToCanonical(spun), mapAliasesToCanonical(source));
  });

  it('lists the substitutions with offsets into the input', () => {
    const text = 'Troops of the Russian Federation left.';
    const { substitutions } = substituteAliases(text);
    assert.deepEqual(substitutions, [
      {
        start: 10,
        end: 32,
        text: 'the Russian Federation',
        replacement: 'Russia',
        canonical: 'country:RU',
        formType: 'long',
      },
    ]);
    assert.equal(text.slice(10, 32), 'the Russian Federation');
  });
});
