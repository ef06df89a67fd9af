import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, a capitalised mention, its kind and rule]: a run before a band member's noun is the band; "the", a run and
// a plant's noun make the run a place (entities/mentions/name-before-noun)
const CASES: [string, string, string, string][] = [
  [
    'Linkin Park singer Chet Lund died on Thursday.',
    'Linkin Park',
    'organization',
    'entities/band-before-member',
  ],
  [
    'The Tarn Lakes lead guitarist left the band.',
    'Tarn Lakes',
    'organization',
    'entities/band-before-member',
  ],
  ['The Fenby Marsh nuclear plant was shut in May.', 'Fenby Marsh', 'place', 'entities/plant-before-noun'],
  ['The Fenby Marsh reactor was shut.', 'Fenby Marsh', 'place', 'entities/plant-before-noun'],
  ['The Fenby Marsh nuclear power plant was shut.', 'Fenby Marsh', 'place', 'entities/plant-before-noun'],
  ['Workers left the Ola Berg mine on Friday.', 'Ola Berg', 'place', 'entities/plant-before-noun'],
  // not: no "the" before the run, or a noun a person's name may modify
  ['Officials told Ann Tull mine workers would strike.', 'Ann Tull', 'person', 'entities/full-name'],
  ['The Ann Tull case was closed.', 'Ann Tull', 'person', 'entities/full-name'],
  ['Ann Tull sang with the band.', 'Ann Tull', 'person', 'entities/full-name'],
  ["Ann Tull's singer left the band.", 'Ann Tull', 'person', 'entities/full-name'],
  ['The band became Ola Tam after singer Ann Tull left.', 'Ola Tam', 'person', 'entities/full-name'],
  // not: a bare "plant" is a firm's as often as a place's
  ['The Ann Tull plant was shut in May.', 'Ann Tull', 'person', 'entities/full-name'],
  // the article's other mentions of the band or plant (entities/typed-elsewhere)
  [
    'Tarn Lakes played in Dover. Tarn Lakes singer Chet Lund left.',
    'Tarn Lakes',
    'organization',
    'entities/band-before-member',
  ],
];

describe('name-before-noun: a band or a plant named by the noun after it', () => {
  for (const [text, name, kind, rule] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const m = layer.mentions.find((x) => x.text === name);
      assert.deepEqual([m?.kind, m?.rule.split('+')[0]], [kind, rule]);
    });
  }
});

describe('name-before-noun: the other mentions of the name', () => {
  it('every "Tarn Lakes" is the band', () => {
    const text = 'Tarn Lakes played in Dover. Tarn Lakes singer Chet Lund left. Fans of Tarn Lakes cheered.';
    const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
    const all = layer.mentions.filter((x) => x.text === 'Tarn Lakes');
    assert.deepEqual(
      all.map((m) => m.kind),
      ['organization', 'organization', 'organization'],
    );
    assert.equal(new Set(layer.entities.filter((e) => e.name === 'Tarn Lakes').map((e) => e.id)).size, 1);
  });
  it('not a name that differs', () => {
    const text = 'Ann Tull met Ola Vesk. Ola Vesks singer Chet Lund left.';
    const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
    assert.equal(layer.mentions.find((x) => x.text === 'Ola Vesk')?.kind, 'person');
  });
});

// a band takes no business's descriptor (entities/coref/group-mentions: class "band")
describe('name-before-noun: the descriptors a band takes', () => {
  const entityOf = (text: string, mention: string) => {
    const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
    const m = layer.mentions.find((x) => x.text === mention);
    return layer.entities.find((e) => m && e.mentions.includes(m.id))?.name;
  };
  it('not "the record company" after a band named before its member noun', () =>
    assert.notEqual(
      entityOf(
        'Tarn Lakes played in Dover. Tarn Lakes singer Ann Tull left. Ola Berg ran the record company they were signed to.',
        'the record company',
      ),
      'Tarn Lakes',
    ));
  it('not "the record company" after a band', () =>
    assert.notEqual(
      entityOf(
        'Tarn Lakes singer Ann Tull left. Ola Berg ran the record company they were signed to.',
        'the record company',
      ),
      'Tarn Lakes',
    ));
  it('not "the group" after a band', () =>
    assert.notEqual(
      entityOf('Tarn Lakes singer Ann Tull left. She was the eldest of the group.', 'the group'),
      'Tarn Lakes',
    ));
});
