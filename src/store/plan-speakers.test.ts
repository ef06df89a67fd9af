import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KnownSpeaker } from '../entities/identify-speaker.js';
import { speakerLookupKeys } from '../entities/identify-speaker.js';
import { candidateKey, planSpeakers } from './plan-speakers.js';

function index(known: KnownSpeaker[]) {
  const keyIndex = new Map<string, Set<string>>();
  for (const s of known) {
    for (const name of [s.name, ...s.aliases]) {
      for (const k of speakerLookupKeys(name)) keyIndex.set(k, new Set([...(keyIndex.get(k) ?? []), s.id]));
    }
  }
  return { known: new Map(known.map((s) => [s.id, s])), keyIndex };
}

const ina: KnownSpeaker = { id: 'speaker:ina-vos', name: 'Ina Vos', aliases: ['Ina Vos'], roles: [] };

test('planSpeakers: one id per person, writes only what changed', () => {
  const cases: Array<[string, KnownSpeaker[], Array<{ name: string; roles: string[] }>, number, number]> = [
    // [label, known, candidates, distinct ids assigned, speakers written]
    ['a known speaker under the same name: nothing to write', [ina], [{ name: 'Ina Vos', roles: [] }], 1, 0],
    [
      'a new speaker twice in one batch: one id, one write',
      [],
      [
        { name: 'Ina Vos', roles: [] },
        { name: 'Ina Vos', roles: [] },
      ],
      1,
      1,
    ],
    ['a new role on a known speaker is written', [ina], [{ name: 'Ina Vos', roles: ['mayor'] }], 1, 1],
    [
      'two different people',
      [],
      [
        { name: 'Ina Vos', roles: [] },
        { name: 'Tomas Brandt', roles: [] },
      ],
      2,
      2,
    ],
  ];
  for (const [label, known, candidates, ids, written] of cases) {
    const { known: map, keyIndex } = index(known);
    const plan = planSpeakers(candidates, map, keyIndex);
    assert.equal(new Set(candidates.map((c) => plan.assignments.get(candidateKey(c)))).size, ids, label);
    assert.equal(plan.changed.length, written, label);
    for (const c of candidates)
      assert.ok(plan.assignments.get(candidateKey(c)), `${label}: ${c.name} assigned`);
  }
});
