import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityLayer } from '../entities/find-entities.js';
import type { Entity } from '../types.js';
import { nameFromCapitals } from './speaker-capitals-name.js';

const person = (id: string, name: string): Entity => ({
  id,
  name,
  kind: 'person',
  canonical: null,
  mentions: [],
  aliases: [],
  rule: 'test',
});
const layer = (...entities: Entity[]): EntityLayer => ({ mentions: [], entities, spin: [] });

const cases: [string, string, EntityLayer, string | null][] = [
  [
    'a headline surname → the one person with it',
    'MARROW',
    layer(person('e1', 'Elena Marrow')),
    'Elena Marrow',
  ],
  [
    'two people share it → nothing',
    'VARGA',
    layer(person('e1', 'Tomas Varga'), person('e2', 'Petra Varga')),
    null,
  ],
  ['not in capitals → nothing', 'Marrow', layer(person('e1', 'Elena Marrow')), null],
  ['no such person → nothing', 'SOREL', layer(person('e1', 'Elena Marrow')), null],
];

for (const [name, speaker, entities, expected] of cases) {
  test(`nameFromCapitals: ${name}`, () => {
    assert.equal(nameFromCapitals(speaker, entities), expected);
  });
}
