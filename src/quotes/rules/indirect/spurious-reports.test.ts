import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../run-quote-engine.js';
import { indirectContents } from './indirect-contents.js';

// Report verbs in frames that report nothing (from a count over many articles of our indirect quotes that no
// annotated attribution overlaps), and guards ("… stays"): the reports next to them that must stay.
const CASES: [string, string, string[]][] = [
  // passive-needs-that
  [
    'a passive other than "said"/"told" with no "that"',
    'Mr. Dale is more likely to be found alone in his apartment watching the news than out for dinner with friends.',
    [],
  ],
  [
    'a passive announcement with "that" stays',
    'It was announced that the mine will close in May.',
    ['the mine will close in May'],
  ],
  [
    '"It is said" with a bare clause stays',
    'It is said the bridge was built in a single week.',
    ['the bridge was built in a single week'],
  ],
  // clause-helpers: reflexive object
  [
    'a reflexive object is no clause subject',
    'The Vantor channel found itself playing host to rival candidates night after night.',
    [],
  ],
  // clause-helpers: subordinate clause after a noun object
  [
    'a noun object, then a subordinate clause',
    'Ada Brisk and Tom Vane maintained their battle as they sit atop most polls.',
    [],
  ],
  // object-after-cue
  [
    'a cue with a noun object after it reports nothing before it',
    'In a recent study of voters in Norland based on 900 interviews, Civic Trust, a farm group, found considerable support for Mr. Pell.',
    [],
  ],
  [
    'a cue with a name object after it',
    'Back then, Ms. Roe said, she found Ms. Pell very quiet.',
    ['she found Ms. Pell very quiet'],
  ],
  [
    'a time after the cue is no object',
    'The plan had failed, Ann Roe said last week.',
    ['The plan had failed'],
  ],
  // relative-that
  [
    '"that" on an adjunct noun is a relative pronoun',
    'Mr. Vale spoke at length in a film that showed off the cabins of the yacht, and Kim Ode said in a letter that praised the crew.',
    [],
  ],
  [
    '"that" after an adjunct still opens the reported clause',
    'Kim Ode said in a letter that the crew had worked hard.',
    ['the crew had worked hard'],
  ],
  // cue-tokens: participle adjective
  [
    '"pledged" between a number and a noun',
    "Ms. Lane's lead of nearly 400 pledged delegates is triple the lead Mr. Oda had.",
    [],
  ],
];

describe('spurious reports: non-report frames of report verbs', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// complement-after-cue
describe('spurious reports: an adjunct before a cue with its own quote', () => {
  it('"In an email …, an officer said that “…”" is a direct quote only', () => {
    assert.deepEqual(
      runQuoteEngine(
        'In an email provided to the Courier, a second officer said that "when asked if the team could go, the chief said to wait."',
      ).quotes.map((q) => `${q.type}: ${q.content}`),
      ['direct: when asked if the team could go, the chief said to wait.'],
    );
  });
  it('"In May, as fans left, Mr. Roe said, “…”" is a direct quote only', () => {
    assert.deepEqual(
      runQuoteEngine('In May, as fans left the ground, Mr. Roe said, "Go home now, all of you."').quotes.map(
        (q) => `${q.type}: ${q.content}`,
      ),
      ['direct: Go home now, all of you.'],
    );
  });
});
