import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  identifySpeaker,
  type KnownSpeaker,
  parseSpeakerName,
  type SpeakerCandidate,
  speakerLookupKeys,
} from './identify-speaker.js';

/** Feeds names one by one as the store would: look up candidates by key, decide, remember. Returns the ids given. */
function ingest(candidates: SpeakerCandidate[]): { ids: string[]; known: KnownSpeaker[]; rules: string[] } {
  const known: KnownSpeaker[] = [];
  const byKey = new Map<string, Set<string>>();
  const ids: string[] = [];
  const rules: string[] = [];
  for (const c of candidates) {
    const keys = speakerLookupKeys(c.name);
    const ids0 = new Set(keys.flatMap((k) => [...(byKey.get(k) ?? [])]));
    const pool = known.filter((k) => ids0.has(k.id));
    const match = identifySpeaker(c, pool);
    ids.push(match.id);
    rules.push(match.rule);
    let k = known.find((x) => x.id === match.id);
    if (!k) {
      k = { id: match.id, name: match.name, aliases: [], roles: [] };
      known.push(k);
    }
    if (!k.aliases.includes(c.name) && c.name !== match.name) k.aliases.push(c.name);
    if (k.name !== match.name) {
      k.aliases.push(k.name);
      k.name = match.name;
    }
    for (const r of c.roles) if (!k.roles.includes(r)) k.roles.push(r);
    for (const key of [...keys, ...speakerLookupKeys(match.name)]) {
      const set = byKey.get(key) ?? new Set<string>();
      set.add(k.id);
      byKey.set(key, set);
    }
  }
  return { ids, known, rules };
}

const c = (name: string, roles: string[] = [], article?: string): SpeakerCandidate =>
  article ? { name, roles, article } : { name, roles };

describe('cross-article speaker identity', () => {
  const cases: Array<[string, SpeakerCandidate[], number[]]> = [
    // [case, candidates in ingest order, group number of each (same number = same speaker)]
    [
      'Putin forms are one speaker',
      [
        c('Vladimir Putin', ['president']),
        c('Putin'),
        c('President Putin'),
        c('Mr Putin'),
        c('Russian President Vladimir Putin'),
      ],
      [0, 0, 0, 0, 0],
    ],
    ['a surname first, the full name later', [c('Putin'), c('Vladimir Putin'), c('Mr. Putin')], [0, 0, 0]],
    [
      'Bill and Hillary Clinton stay two',
      [c('Bill Clinton', ['president']), c('Hillary Clinton', ['secretary of state'])],
      [0, 1],
    ],
    [
      'a bare Clinton goes by role',
      [
        c('Bill Clinton', ['former president']),
        c('Hillary Clinton', ['former secretary of state']),
        c('Clinton', ['secretary']),
        c('President Clinton'),
      ],
      [0, 1, 1, 0],
    ],
    ['a bare Clinton with one known Clinton joins it', [c('Hillary Clinton'), c('Clinton')], [0, 0]],
    [
      'a bare Clinton with two known and no role stays its own',
      [c('Bill Clinton'), c('Hillary Clinton'), c('Clinton'), c('Clinton')],
      [0, 1, 2, 2],
    ],
    [
      '"Mrs Clinton" goes by the first name\'s gender',
      [c('Bill Clinton'), c('Hillary Clinton'), c('Mrs Clinton'), c('Mr Clinton')],
      [0, 1, 1, 0],
    ],
    [
      'a role contradicting the only known bearer keeps apart',
      [c('Bill Clinton', ['president']), c('Clinton', ['senator'])],
      [0, 1],
    ],
    [
      'titles in known names count as roles',
      [
        c('Former President Bill Clinton'),
        c('former Secretary of State Hillary Clinton'),
        c('Clinton', ['the former secretary']),
      ],
      [0, 1, 1],
    ],
    ['initials match the first name', [c('John F. Kennedy'), c('J. F. Kennedy')], [0, 0]],
    [
      'organisations by canonical key',
      [c('NATO'), c('North Atlantic Treaty Organisation'), c('the North Atlantic Treaty Organization')],
      [0, 0, 0],
    ],
    [
      '"an official" in two articles are two speakers',
      [c('an official', [], 'a1'), c('an official', [], 'a2'), c('an official', [], 'a1')],
      [0, 1, 0],
    ],
    ['a descriptor never joins a named person', [c('Vladimir Putin'), c('the president', [], 'a1')], [0, 1]],
  ];
  for (const [name, candidates, groups] of cases) {
    it(name, () => {
      const { ids } = ingest(candidates);
      const idOfGroup = new Map<number, string>();
      groups.forEach((g, i) => {
        const id = ids[i] as string;
        if (!idOfGroup.has(g)) {
          assert.ok(
            ![...idOfGroup.values()].includes(id),
            `${candidates[i]?.name} joined another speaker (${id})`,
          );
          idOfGroup.set(g, id);
        }
        assert.equal(id, idOfGroup.get(g), `${candidates[i]?.name} → ${id}`);
      });
    });
  }

  it('keeps the fullest name and a rule and confidence for each merge', () => {
    const known: KnownSpeaker[] = [{ id: 'speaker:putin', name: 'Putin', aliases: [], roles: [] }];
    const m = identifySpeaker(c('Vladimir Putin'), known);
    assert.deepEqual(m, {
      id: 'speaker:putin',
      name: 'Vladimir Putin',
      isNew: false,
      confidence: 0.7,
      rule: 'identity/fuller-name',
    });
  });

  it('gives an ambiguous bare surname low confidence', () => {
    const known: KnownSpeaker[] = [
      { id: 'speaker:bill-clinton', name: 'Bill Clinton', aliases: [], roles: [] },
      { id: 'speaker:hillary-clinton', name: 'Hillary Clinton', aliases: [], roles: [] },
    ];
    const m = identifySpeaker(c('Clinton'), known);
    assert.equal(m.isNew, true);
    assert.equal(m.rule, 'identity/ambiguous-surname');
    assert.ok(m.confidence < 0.5);
  });
});

describe('speaker names', () => {
  const cases: Array<[string, string, string | null, string | null, string[]]> = [
    // [name, kind, first, last, lookup keys]
    ['Russian President Vladimir Putin', 'person', 'Vladimir', 'Putin', ['surname:putin']],
    ['Mr Putin', 'person', null, 'Putin', ['surname:putin']],
    ['of State Hillary Clinton', 'person', 'Hillary', 'Clinton', ['surname:clinton']],
    ['former Secretary of State Hillary Clinton', 'person', 'Hillary', 'Clinton', ['surname:clinton']],
    ['Harbour Fisheries Board', 'other', null, null, ['harbour-fisheries-board']],
    ['Hackers', 'descriptor', null, null, []],
    ['an official', 'descriptor', null, null, []],
    ['analysts', 'descriptor', null, null, []],
    ['The U.S. intelligence committee', 'descriptor', null, null, []],
    ['the Kremlin', 'known', null, null, ['place:kremlin']],
    ['Russian Federation', 'known', null, null, ['country:RU']],
  ];
  for (const [name, kind, first, last, keys] of cases) {
    it(name, () => {
      const p = parseSpeakerName(name);
      assert.deepEqual([p.kind, p.first, p.last], [kind, first, last]);
      assert.deepEqual(speakerLookupKeys(name), keys);
    });
  }
});

describe('a name read again', () => {
  const cases: Array<[string, string]> = [
    ['Former Mayor Odile Brancaster', 'person'],
    ['Mr Brancaster', 'person'],
    ['a spokeswoman for the port', 'descriptor'],
    ['Harbour Fisheries Board', 'other'],
  ];
  for (const [name, kind] of cases) {
    it(name, () => {
      const first = parseSpeakerName(name);
      const again = parseSpeakerName(name);
      assert.equal(first.kind, kind);
      assert.deepEqual(again, first);
      // one reading serves every caller: it cannot be changed by one of them
      assert.throws(() => {
        (again as { core: string }).core = 'changed';
      }, TypeError);
      assert.throws(() => (again.titles as string[]).push('changed'), TypeError);
      assert.deepEqual(parseSpeakerName(name), first);
    });
  }
});
