import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countWholeWord,
  firstWrittenAlone,
  hasHonorificSurname,
  honorificSurnameRegExp,
  possessivesAt,
  writtenBare,
} from './speaker-names.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// [word, text, how many times the text has it as a whole word]
const WHOLE_WORDS: [string, string, number][] = [
  ['Ångström', 'Ms Ångström met Zoë Ångström.', 2],
  ['Núñez', 'Dr Núñez said so; Núñez agreed.', 2],
  ['Łukasz', 'Łukasz and Łukaszewski', 1],
  ['Brudzi', 'Jerzy Brudziński', 0],
  ['Dvořák', 'Dvořáková, not Dvořák', 1],
  ['Blair', "Mr Blair's aide", 1],
  ['Lee', 'Leeds and Lee', 1],
  ['Lee', 'Lee met Leeds', 1],
];

// [surname, text, whether the text gives it a Mr/Ms/Dr]
const HONORIFICS: [string, string, boolean][] = [
  ['Ångström', 'a reply from Ms Ångström', true],
  ['Øster', 'Dr. Øster', true],
  ['Brudzi', 'Mr Brudziński', false],
  ['Vole', 'Mr Volesky', false],
  ['Lee', 'xMr Lee and Dr.Lee', false],
  ['Lee', 'Miss\u00a0 Lee', true],
  ['Lee', 'Mrs. Lee_', false],
];

// [name, text, where the text first writes it alone: not before a capitalised word, with or without a comma]
const ALONE: [string, string, number][] = [
  ['Lycos', 'Lycos Europe and Lycos, Europe', -1],
  ['Lycos', "Lycos's Europe unit; Lycos, which", 21],
  ['Lycos', 'Lycosa and Lycos-owned; Lycos', 24],
];

// [name, text, whether the text writes it bare: not before 's, a hyphen or a letter, nor after one]
const BARE: [string, string, boolean][] = [
  ['Ashby', "Ashby's report", false],
  ['Ashby', 'Ashby-Smith and Ashby&Co', false],
  ['Ashby', "'Ashby and Ashbyé", false],
  ['Ashby', "Ashby' 1", true],
  ['Ashby', 'Mr Ashby.', true],
  ['Øster', 'zØster and 😀Øster', true],
];

describe('whole words beyond ASCII', () => {
  for (const [word, text, count] of WHOLE_WORDS)
    it(`${word} in ${JSON.stringify(text)}`, () => assert.equal(countWholeWord(text, word), count));
  for (const [surname, text, found] of HONORIFICS)
    it(`Mr/Ms ${surname} in ${JSON.stringify(text)}`, () =>
      assert.equal(honorificSurnameRegExp(surname).test(text), found));
  // the search read in place answers as the pattern does
  for (const [surname, text, found] of HONORIFICS)
    it(`Mr/Ms ${surname} in ${JSON.stringify(text)}, read in place`, () =>
      assert.equal(hasHonorificSurname(text, surname), found));
  for (const [name, text, at] of ALONE)
    it(`${name} first alone in ${JSON.stringify(text)}`, () =>
      assert.equal(firstWrittenAlone(text, name, 0), at));
  it("Ashby's offsets, read in place", () =>
    assert.deepEqual(
      [...possessivesAt("Ashby's, Ashby’s; xAshby's Ashby'sville Ashby's", 'Ashby')],
      [0, 9, 40],
    ));
  for (const [name, text, bare] of BARE)
    it(`${name} bare in ${JSON.stringify(text)}`, () => {
      assert.equal(writtenBare(text, name), bare);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’&-])${name}(?![\\p{L}\\p{N}&-]|['’]\\p{L})`, 'u');
      assert.equal(pattern.test(text), bare);
    });
});

// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a Polish surname after a title, then alone',
    'Interior Minister Jerzy Wiśniewski said the bridge was closed.\n\n"It is an act of barbarity," Wiśniewski said.',
    ['Jerzy Wiśniewski', 'Jerzy Wiśniewski'],
  ],
  [
    'a name opening with a non-ASCII capital',
    'Łukasz Brzeziński chairs the council.\n\n"The bridge is closed," said Brzeziński.',
    ['Łukasz Brzeziński'],
  ],
  [
    'a time phrase before the cue is not the speaker',
    'Trade negotiators here last week said the pact was at risk.',
    ['Trade negotiators'],
  ],
  [
    '"May" before the cue is the surname of the person named earlier',
    'Hollis Brant analyst Rick May expects a slowdown.\n\nSeveral analysts said the deal was poor.\n\n"The plant is simply old," May said.',
    ['several analysts', 'Rick May'],
  ],
  [
    "a firm's possessive before a surname the article gives in full",
    '"It was an entry point," said Hollis Brant analyst Rick May.\n\n"They will buy smaller pieces," said Hollis Brant\'s May.',
    ['Rick May', 'Rick May'],
  ],
];

testSpeakers('speakers: names beyond ASCII, time phrases, the surname May', CASES);
