import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findEntities } from './find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, a capitalised mention, its kind]: a run ending in a facility's head ("Station", "Road", "Airport") is a
// place unless a word of it is a known first name (entities/mentions/match-capitalized-names: facilityName), or it
// follows a word of place ("in", "at", "the": entities/mentions/facility-after-locative)
const CASES: [string, string, string][] = [
  ['Fans met at Tarnby Stadium on Friday.', 'Tarnby Stadium', 'place'],
  ['The flat on Dorn Road was sold.', 'Dorn Road', 'place'],
  ['Flights left Vessby International Airport late.', 'Vessby International Airport', 'place'],
  ['He died in Tarn Station, Vessland, on Friday.', 'Tarn Station', 'place'],
  // a known first name: a person whose surname is a facility's word
  ['Wayne Bridge said the team was tired.', 'Wayne Bridge', 'person'],
  ['Ann Park said the team was tired.', 'Ann Park', 'person'],
  // a known first name, but a word of place right before the run (facility-after-locative)
  ['Thousands gathered in Ola Park on Sunday.', 'Ola Park', 'place'],
  ['The band recorded at Tam Road last year.', 'Tam Road', 'place'],
  ['The Ola Park fairground was shut.', 'Ola Park', 'place'],
  ['Fans cheered their Tam Bridge show.', 'Tam Bridge', 'place'],
  // not after "to", "from", "of", a possessive, nor before one
  ['According to Ann Park, the team was tired.', 'Ann Park', 'person'],
  ['The goal came from Wayne Bridge late on.', 'Wayne Bridge', 'person'],
  ["In Ann Park's view the team was tired.", 'Ann Park', 'person'],
  ["Vessland's Ann Park won the final.", 'Ann Park', 'person'],
  ['Wayne Bridge scored twice in the final.', 'Wayne Bridge', 'person'],
  // a facility's head that is no surname: a place whatever its first word
  ['Bradley Airport said flights would resume on Monday.', 'Bradley Airport', 'place'],
  ['Flights from Kennedy Airport were cancelled.', 'Kennedy Airport', 'place'],
  ['Ann Station was shut for a week.', 'Ann Station', 'place'],
  ['Bruce Arena said the team was tired.', 'Bruce Arena', 'person'],
  // a facility's head, then a part of the place
  ['Protesters met by Hyde Park Corner on Sunday.', 'Hyde Park Corner', 'place'],
  ['Ola Bridge Gate was shut on Sunday.', 'Ola Bridge Gate', 'place'],
  // a preposition of place before a place's possessive
  ["A rally was held in Vessby's Ola Park on Sunday.", 'Ola Park', 'place'],
  ["Crowds gathered outside Tarn City's Ann Park.", 'Ann Park', 'place'],
  ["The praise of Vessland's Ann Park was loud.", 'Ann Park', 'person'],
  ["Vessland's Ann Park scored twice.", 'Ann Park', 'person'],
  // a capital city's possessive (the gazetteer's), not another's
  ["Crowds filled London's Ola Park on Sunday.", 'Ola Park', 'place'],
  ["Britain's Ann Park won the final.", 'Ann Park', 'person'],
  // a known place and a facility's head: one place (entities/mentions/place-before-facility)
  ['Crowds gathered in Victoria Road on Sunday.', 'Victoria Road', 'place'],
  ['Victoria Road was shut on Sunday.', 'Victoria Road', 'place'],
  ['Flights left Oslo Airport late.', 'Oslo Airport', 'place'],
  // "to" after a verb of going
  ['The fans travelled to Griffin Park on Saturday.', 'Griffin Park', 'place'],
  ['The team went back to Tam Road for the cup.', 'Tam Road', 'place'],
  ['The coach spoke to Ann Park on Friday.', 'Ann Park', 'person'],
  ['The ball was passed to Wayne Bridge late on.', 'Wayne Bridge', 'person'],
];

describe('facility-name: a place named by its facility word', () => {
  for (const [text, name, kind] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const m = layer.mentions.find((x) => x.text === name);
      assert.equal(m?.kind, kind);
      // (no lone gazetteer place inside a facility's name: not "Victoria" and "Road")
      assert.ok(!layer.mentions.some((x) => x !== m && x.start >= (m?.start ?? 0) && x.end <= (m?.end ?? 0)));
    });
  }
});
