import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// A quote paragraph with no attribution goes on from the previous quote's speaker, or from the person who opens
// the sentence just before it as the subject of a narrated statement (speaker/continues-narrated-subject).
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a titled surname who "described" something, the full name given earlier',
    'Tory leader Adam Vell spoke on Monday. Lord Keel said in an interview: "There is too much central control." Mr Vell described Lord Keel\'s intervention as "very important". "This is from someone who was an insider at the very heart of the government."',
    'This is from someone',
    'Adam Vell',
  ],
  [
    'a titled surname with no full name anywhere: the previous speaker still',
    'Lord Keel said in an interview: "There is too much central control." Mr Vell described the intervention as "very important". "This is from someone who was an insider at the very heart of the government."',
    'This is from someone',
    'Keel',
  ],
  [
    'a person who "called" the target something, after another spoke',
    'Tom Reed, the party spokesman, said: "It is a failed target." Kirsty Lane called the new target "hugely unambitious". "It leaves patients waiting two years before they are treated."',
    'It leaves patients',
    'Kirsty Lane',
  ],
  [
    'a person who "criticised" the system in the paragraph before',
    'Minister Ann Berg said: "Our plan is fair."\n\nCarers group director Rob Tall criticised the existing system. "There is no logic to a system which pays carers differently."',
    'There is no logic',
    'Rob Tall',
  ],
  [
    'a narration sentence with no statement: the previous speaker goes on',
    'Minister Ann Berg said: "Our plan is fair." Rob Tall arrived at the hall later. "We will build more homes this year."',
    'We will build',
    'Ann Berg',
  ],
  [
    'a quote paragraph right after a quote: the previous speaker goes on',
    'Minister Ann Berg said: "Our plan is fair."\n\n"We will build more homes this year."',
    'We will build',
    'Ann Berg',
  ],
];

describe('speakers: a quote paragraph with no attribution', () => {
  for (const [name, text, start, speaker] of CASES)
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
