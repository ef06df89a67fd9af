import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterWordAndSpace, asWholeWord, escapeRegExp, hasWholeWord } from './speaker-names.js';

// the patterns the two searches replace, for comparison
const wholeByRegex = (text: string, word: string) =>
  new RegExp(asWholeWord(escapeRegExp(word)), 'u').test(text);
const afterByRegex = (text: string, word: string) =>
  new RegExp(`[^.!?"“”\\s]\\s+${asWholeWord(escapeRegExp(word))}`, 'u').test(text);

describe('hasWholeWord', () => {
  const cases: [string, string, boolean][] = [
    ['Mr Vole said', 'Vole', true],
    ['Voles said', 'Vole', false],
    ['the Vole', 'Vole', true],
    ["Vole's plan", 'Vole', true],
    ['Ann-Vole said', 'Vole', true],
    ['AnnVole said', 'Vole', false],
    ['Vole_x', 'Vole', false],
    ['Vole2', 'Vole', false],
    ['Brudziński', 'Brudzi', false],
    ['Ms Ångström said', 'Ångström', true],
    ['éVole', 'Vole', false],
    ['Vole\u0301', 'Vole', false], // a combining mark glues
    ['\u{1D400}Vole', 'Vole', false], // a mathematical capital letter outside the BMP
    ['Vole\u{1D400}', 'Vole', false],
    ['\u{1F600}Vole\u{1F600}', 'Vole', true], // an emoji is no word character
    ['\uDC00Vole', 'Vole', true], // a lone surrogate neither
    ['Vole Vole', 'Vole', true],
    ['VoleVole Vole', 'Vole', true],
    ['', 'Vole', false],
    ['Vole', '', false],
    ['a.b', '.', false],
    ['a . b', '.', true],
  ];
  for (const [text, word, expected] of cases)
    it(`${JSON.stringify(word)} in ${JSON.stringify(text)}`, () => {
      assert.equal(hasWholeWord(text, word), expected);
      if (word) assert.equal(wholeByRegex(text, word), expected);
    });
});

describe('afterWordAndSpace', () => {
  const cases: [string, string, boolean][] = [
    ['Ann met Vole there', 'Vole', true],
    ['It rained. Vole left', 'Vole', false],
    ['"Vole left', 'Vole', false],
    ['He said: Vole left', 'Vole', true],
    ['Vole left', 'Vole', false],
    [' Vole left', 'Vole', false],
    ['Ann\n\n Vole', 'Vole', true],
    ['Ann  Voles', 'Vole', false],
    ['end. Vole and Ann met Vole', 'Vole', true],
    ['“Vole and ” Vole', 'Vole', false],
    ['\u{1D400} Vole', 'Vole', true],
  ];
  for (const [text, word, expected] of cases)
    it(`${JSON.stringify(word)} in ${JSON.stringify(text)}`, () => {
      assert.equal(afterWordAndSpace(text, word), expected);
      assert.equal(afterByRegex(text, word), expected);
    });
});
