import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameWithLegalForm } from './speaker-name-legal-form.js';
import { speakersOfText } from './speakers-of-text.js';

// [speaker, text, the name with its legal form or null]
const CASES: [string, string, string | null][] = [
  ['Kelso Chemical', 'Kelso Chemical Corp said it filed. Kelso Chemical said more.', 'Kelso Chemical Corp'],
  ['Tarn Vell Resources', 'Shares of Tarn Vell Resources Ltd. rose.', 'Tarn Vell Resources Ltd'],
  ['Harbury Oil', 'Harbury Oil Co Inc said so.', 'Harbury Oil Co Inc'],
  // not: a person, one word, no trade word at the end, two forms, never written with one, a longer name
  ['Tom Vell', 'Tom Vell Co said so.', null],
  ['Kelso', 'Kelso Chemical Corp said so.', null],
  ['Kelso Vale', 'Kelso Vale Corp said so.', null],
  ['Kelso Chemical', 'Kelso Chemical Corp and Kelso Chemical Ltd said so.', null],
  ['Kelso Chemical', 'Kelso Chemical said so.', null],
  ['Kelso Chemical', 'North Kelso Chemical Corp said so.', null],
];

describe('speaker-name-legal-form', () => {
  for (const [speaker, text, want] of CASES)
    it(`${speaker} in ${text}`, () => assert.equal(nameWithLegalForm(speaker, text), want));
  it('a quote of the short name takes the whole', () => {
    const text =
      'Kelso Chemical Corp said it filed a statement. Proceeds will repay debt, Kelso Chemical said.';
    assert.equal(
      speakersOfText(text).find((q) => q.content.startsWith('Proceeds'))?.speaker,
      'Kelso Chemical Corp',
    );
  });
});
