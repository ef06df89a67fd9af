import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripTitles } from './speaker-names.js';

// [a name with its titles as written, the name]
const CASES: [string, string][] = [
  ['Prime Minister Tom Reid', 'Tom Reid'],
  ['Archbishop of Dunmore Dr Ann Lee', 'Ann Lee'],
  ['Director of Rural Intelligence John Ardley', 'John Ardley'],
  ['Current Director of Rural Intelligence John Ardley', 'John Ardley'],
  ['Minister for Rural Affairs Robert Vance', 'Robert Vance'],
  ['Governor of Norland Chris Tull', 'Chris Tull'],
  ['Secretary of State Mary Holm', 'Mary Holm'],
];

describe('stripTitles', () => {
  for (const [run, name] of CASES) it(run, () => assert.equal(stripTitles(run).name, name));
});
