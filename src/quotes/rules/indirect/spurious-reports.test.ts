import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// Report verbs in frames that report nothing (from a count over many articles of our indirect quotes that no
// annotated attribution overlaps), and guards ("… stays"): the reports next to them that must stay.
const CASES: [string, string, string[]][] = [
  // find-report-cues: an -ed form with its agent after a noun
  [
    'a participle with its agent after a common noun',
    'Shares of Tarn Corp rose to 29, above a 25-crown offer announced by Vessby Group.',
    [],
  ],
  // time-distance-adjunct: after a cue that follows its report, a time measured from an event is an adjunct
  [
    'a time measured from an event after the cue',
    'Tram fares fell by a tenth, Mayor Ann Lee said on Monday, two years after she promised to cut them.',
    ['Tram fares fell by a tenth'],
  ],
  [
    'a time measured from an event with a clause of its own after it',
    'Rents rose, the minister said, a week after he promised they would fall.',
    ['they would fall'],
  ],
  [
    'a time phrase opening the clause after a cue that leads stays',
    'The minister said on Tuesday two years after the vote the plan had worked.',
    ['two years after the vote the plan had worked'],
  ],
  // negated-cue: a denied report states nothing
  ['a negated cue', 'Prince Olaf accepted the blame but did not say he had ordered the raid.', []],
  ['a cue never used', 'Ms Roe has never said she would back the plan.', []],
  ['a cue coordinated with a negated verb', "Mr Lee didn't come out and say the mayor should resign.", []],
  ['neither … nor before the cue', 'But neither Mr Lee nor Ms Roe said he spends much time on it.', []],
  [
    'a negation inside an earlier report stays',
    'The ministry said the law would not be changed and argued courts already had leeway.',
    ['the law would not be changed', 'courts already had leeway'],
  ],
  [
    '"not only said" stays',
    'Mr Lee not only said the plan was dead but also sued the council.',
    ['the plan was dead'],
  ],
  ['"nor did" before the speaker', 'Nor did they note the many towns where such a tax has been used.', []],
  // cue-then-clause: a reflexive object; clause-helpers: a bare infinitive after "help" and its object
  ['a reflexive object', 'But they now find themselves atop a party that has shifted to the right.', []],
  [
    'a bare infinitive after "help" is no clause verb',
    'This week the mayor proposed 5 million crowns in funds to help towns provide shelters.',
    [],
  ],
  [
    'a participle with its preposition after a pronoun is no clause verb',
    'The council proposed a change to the law to let Norland extradite anyone accused of fraud.',
    [],
  ],
  [
    '… and a clause with such a subject stays',
    'Police said the man accused of fraud was held.',
    ['the man accused of fraud was held'],
  ],
  [
    'a possessive object, then a relative "that"',
    'The party platform specifically mentions its support for Tarn Clinic, the charity that is being audited.',
    [],
  ],
  // cue-lexicon: sentence adverbs inside the cue group
  [
    'an adverb between subject and cue',
    'Norland denied the claims, however, an inquiry eventually concluded the envoy had been held.',
    ['the envoy had been held'],
  ],
  // cue-then-clause: a cue inside a subordinate clause that ends at a comma
  [
    'a cue closing a subordinate clause',
    'He may lose if he has fewer votes when the primaries conclude, his aides have argued that he could still win.',
    ['he could still win'],
  ],
  [
    'an object pronoun, then an adverbial',
    'Mr Lee lost his passport but found it right before the flight left.',
    [],
  ],
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
  // hypothetical-cue
  [
    'a cue under "could" reports nothing said',
    'The Harlow court could declare the firm bankrupt and stop the sale.',
    [],
  ],
  ['a cue under "may" reports nothing said', 'So it may suggest that the rats feel the pain of others.', []],
  [
    'a cue under "should" reports nothing said',
    'Tenants should accept that the rents are likely to rise.',
    [],
  ],
  ['a cue under "might" reports nothing said', 'Mr. Oda might tell the panel that he signed the order.', []],
  [
    'a report of what a court could do stays',
    'Ms. Vane said the court could declare the firm bankrupt.',
    ['the court could declare the firm bankrupt'],
  ],
  [
    'a later report with "would" stays',
    'Ms. Roe would later say her second marriage was her only happy one.',
    ['her second marriage was her only happy one'],
  ],
  [
    'a report to come with "will" stays',
    'The unions will say the plan ignores the northern towns.',
    ['the plan ignores the northern towns'],
  ],
  [
    'a hypothetical cue inside a reported clause does not end it',
    'Ostra argued that since it had a Norland office, the court could declare it bankrupt.',
    ['since it had a Norland office, the court could declare it bankrupt'],
  ],
  // cue-then-clause: small clause, "so that", a hearer that is the clause's subject
  [
    'an object and its adjective are no clause',
    'Ms. Pell found it hard to persuade the guards she was a minister.',
    [],
  ],
  [
    '"find it cheaper" is no report',
    'Some firms find it cheaper to pay the fines than to fix the buildings.',
    [],
  ],
  [
    '"so that" after a noun object opens no report',
    'The panel found support for grading offences so that the sentence reflected the harm.',
    [],
  ],
  [
    'a pronoun after "warned" is the clause subject',
    'The dock workers have warned they will strike until the port makes an offer.',
    ['they will strike until the port makes an offer'],
  ],
  [
    'a noun after "warned" with its own verb is the clause subject',
    'Mr. Oda warned investors could lose their savings.',
    ['investors could lose their savings'],
  ],
  [
    '"told he would" without a hearer is a passive with no speaker here',
    'Mr. Lund was confined for a year and told he would stay there for many more years.',
    [],
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
