import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// Report verbs followed by a noun object (no report), a "that" on an object's noun (a relative clause, no report),
// a verbless stretch, and an adjunct that swallowed a name — with the reports next to them that must stay.
const CASES: [string, string, string[]][] = [
  // clause-helpers: isClauseAt; cue-then-clause: skipComplementPrefix; cue-tokens: isCueToken
  [
    '"this" before a noun that is no time opens the clause',
    'Norland has said this target is not negotiable.',
    ['this target is not negotiable'],
  ],
  [
    'a dashed relative aside with a preposition',
    'Varbank said the rental market - in which it is a big lender - would grow.',
    ['the rental market - in which it is a big lender - would grow'],
  ],
  [
    'a longer common phrase before a modal after "warned"',
    'Ann Roe warned the delayed handover process could be a threat.',
    ['the delayed handover process could be a threat'],
  ],
  // clause-helpers: listComma — a list of modifiers inside the subject
  [
    'a comma inside a list of modifiers in the subject',
    'Dorn said a cut in its clerical, sales and factory staff will save money.',
    ['a cut in its clerical, sales and factory staff will save money'],
  ],
  // cue-then-clause: a ", citing …," aside right after the cue
  [
    'a sourcing participle aside between the cue and its clause',
    'Tarn Radio reported, citing hospital data, there were 40 new cases on Friday.',
    ['there were 40 new cases on Friday'],
  ],
  [
    'a sourcing participle aside before "that"',
    'Dorn said, quoting its own survey, that rents had doubled.',
    ['rents had doubled'],
  ],
  // possessive-apostrophe: a plural's possessive apostrophe is no closing quote mark
  [
    'a plural possessive inside the hearer before "that"',
    "Ann Roe warned the judges' panel that fixed terms might look like meddling.",
    ['fixed terms might look like meddling'],
  ],
  [
    'a plural possessive inside a leading conditional',
    "Dorn said if the workers' union wins, prices will rise.",
    ["if the workers' union wins, prices will rise"],
  ],
  [
    'a quoted term in single quotes stays a quoted term',
    "Ann Roe said the so-called 'smart fees' were useless.",
    ["the so-called 'smart fees' were useless"],
  ],
  // cue-then-clause: the comma closing a leading conditional does not end the report at a later cue
  [
    'a leading conditional before a main clause with a cue of its own',
    'Ann Roe said if the bill was passed, she would urge the council to reject it.',
    ['if the bill was passed, she would urge the council to reject it'],
  ],
  [
    'a participle aside with a verb of its own inside the subject',
    'Ann Roe said the new fees, revealed in a written statement, would raise 5m crowns.',
    ['the new fees, revealed in a written statement, would raise 5m crowns'],
  ],
  ['an aside that never closes is no subject', 'Dorn said the fees, revealed today showed a rise.', []],
  [
    'a passive infinitive inside the subject',
    'Dorn said figures to be published soon by the office would show a rise.',
    ['figures to be published soon by the office would show a rise'],
  ],
  [
    'a bare verb after an infinitive "help" inside the subject',
    'Tarn officials said a loan to help rebuild the port was likely.',
    ['a loan to help rebuild the port was likely'],
  ],
  [
    "an infinitive that is the clause's own verb phrase stays",
    'Ann Roe said she wanted to be elected.',
    ['she wanted to be elected'],
  ],
  [
    'an -ed verb the tagger calls an adjective',
    'Tarn Radio said the crash involved pilot error.',
    ['the crash involved pilot error'],
  ],
  // cue-then-clause: hearerEnd
  [
    'a bare noun subject after a named hearer',
    'Ms Tull told the BBC progress had been made.',
    ['progress had been made'],
  ],
  [
    'a titled name after a named hearer',
    'Aides told the Courier Mr Lee had always backed the plan.',
    ['Mr Lee had always backed the plan'],
  ],
  [
    'a hearer named with "and"',
    'Ann Roe told the Harbour and Tarn Commission she has bought 9,000 shares.',
    ['she has bought 9,000 shares'],
  ],
  [
    'a hearer ending in a common noun before a name',
    'Tom Lee told the Tarn News website Dorn did not deserve credit.',
    ['Dorn did not deserve credit'],
  ],
  [
    'a hearer with a possessive inside',
    "Ann Roe told Radio 4's Morning programme Mr Lee had refused the plan.",
    ['Mr Lee had refused the plan'],
  ],
  [
    'no clause from inside a hearer phrase',
    'Mr Lee told a Commons select committee human rights concerns remained.',
    [],
  ],
  [
    'a list of nouns with commas before the verb',
    'The firm said the offer, proration period and withdrawal rights expire April 22.',
    ['the offer, proration period and withdrawal rights expire April 22'],
  ],
  [
    'a relative aside with a time phrase before its verb',
    'Dealers said the krona, which last week touched a high, should hold steady.',
    ['the krona, which last week touched a high, should hold steady'],
  ],
  [
    'a relative aside with no main verb after it',
    'Critics said the plan, which officials called flawed.',
    [],
  ],
  [
    'a comma before "and" joins clauses, not a list',
    'The ministry will announce its budget on Monday, and many analysts expect cuts.',
    [],
  ],
  [
    'a time phrase owning a noun opens the clause',
    "Tanvik said this year's exchange will value 530 mln dlrs.",
    ["this year's exchange will value 530 mln dlrs"],
  ],
  [
    'an -ed cue after "have" the tagger calls an adjective',
    'His aides have alleged Tom Lee was poisoned.',
    ['Tom Lee was poisoned'],
  ],
  // object-not-clause: objectVerbWithoutClause
  [
    'a deal with a relative clause on it is an object',
    'The Norland ministry also announced a deal it brokered to end the strike at the Vessby mill.',
    [],
  ],
  ['a noun object with a participle', 'The regulator agreed a deal totalling $40m with Ostra Bank.', []],
  ['a lead over someone is an object', 'Ann Roe maintained her lead over Tom Vale in the Harlow polls.', []],
  [
    'a noun object read as a clause after a preposition',
    'The inspectors found no trace of the files despite Tull Radio claiming a clerk described a hidden safe.',
    // (the participle's own report stays)
    ['a clerk described a hidden safe'],
  ],
  [
    'an infinitive and a relative clause inside a noun object are no clause',
    'Mr. Oda announced plans to allow farmers to sell any land they acquired.',
    [],
  ],
  [
    'a participle after a possessive is no clause verb',
    "The warden found the fox's bagged carcass after a search.",
    [],
  ],
  [
    'a participle after "being" is no clause verb',
    'Ms. Pell would not answer questions being asked of the police.',
    [],
  ],
  [
    'a gerund with an object after a noun object is no clause',
    'Ms. Pell tweeted support for the strikers despite it undermining her party.',
    [],
  ],
  [
    'a clause with an auxiliary stays',
    'The inspectors found the files were kept in a hidden safe.',
    ['the files were kept in a hidden safe'],
  ],
  [
    'a clause whose subject holds a participle stays',
    'Ms. Dale noted that the alleged theft involved five laptops.',
    ['the alleged theft involved five laptops'],
  ],
  [
    'an intransitive clause after "a" stays',
    'The site reported that a fourth suspect escaped and remains at large.',
    ['a fourth suspect escaped and remains at large'],
  ],
  [
    'a clause after a bare finite verb stays',
    'The book claims the mayor went back on his pledge after the vote.',
    ['the mayor went back on his pledge after the vote'],
  ],
  [
    'an aside in brackets before the verb',
    'The Harlow Post reported astronomers from the Vessby Observatory (VO) and elsewhere discovered a new comet.',
    ['astronomers from the Vessby Observatory (VO) and elsewhere discovered a new comet'],
  ],
  [
    'a dashed relative aside before the verb',
    'Farm groups claim the 1931 Land Act - which limits the rights of tenants - was never enforced.',
    ['the 1931 Land Act - which limits the rights of tenants - was never enforced'],
  ],
  // object-not-clause: thatAfterObject
  [
    '"that" after the object noun is a relative pronoun',
    'Ms. Lund has proposed a bill that would fund the Harlow schools through June.',
    [],
  ],
  [
    '"that" after a noun of saying opens the report',
    'Ann Roe has denied reports that she will leave the Vessby club in January.',
    ['she will leave the Vessby club in January'],
  ],
  [
    '"that" after the hearer of "warning" opens the report',
    'Farm groups are warning ministers that Norland may have to import grain.',
    ['Norland may have to import grain'],
  ],
  [
    '"that" on the subject\'s noun inside a said clause',
    'Traders said one factor that might have swayed the bank was the weak krona.',
    ['one factor that might have swayed the bank was the weak krona'],
  ],
  [
    'a time before "that" is no object',
    'Ms. Oda said Jan. 5 that the mill would close.',
    ['the mill would close'],
  ],
  // cue-then-clause: a short report needs a verb
  [
    'a verbless stretch cut off by a second report',
    'The Harlow Post revealed that in May, Governor Tull said the dam was unsafe.',
    ['the dam was unsafe'],
  ],
  // cue-then-clause: an adjunct ends before a name after its noun
  [
    'a name after a time adjunct opens the clause',
    'Lawmakers said on Wednesday night Ada Brisk, the new chief executive, spoke well of the plan.',
    ['Ada Brisk, the new chief executive, spoke well of the plan'],
  ],
  [
    'a name after "a weekend" is part of the adjunct',
    'They were commenting on a weekend Harlow report quoting a spokesman as saying Norland had no grain.',
    ['Norland had no grain'],
  ],
  [
    'a name after a non-time adjunct noun opens no clause',
    '"They are all accurate," he said after federal prosecutor Ann Roe read a summary of the facts.',
    [],
  ],
  // cue-then-clause: where the clause starts
  [
    '"that" before a gerund subject is left out',
    'Ann Roe has warned that allowing the deficit to grow could hurt the currency.',
    ['allowing the deficit to grow could hurt the currency'],
  ],
  [
    '"that" after a hearer before a gerund subject is left out',
    'Mr. Dale told delegates that getting rid of the fees was vital.',
    ['getting rid of the fees was vital'],
  ],
  [
    '"that" before a noun the tagger reads as a verb is left out',
    'Mr. Dale added that reach was not the only test buyers used.',
    ['reach was not the only test buyers used'],
  ],
  [
    '"that" as the subject stays',
    'Mr. Dale said that was the only meeting he attended.',
    ['that was the only meeting he attended'],
  ],
  [
    'a participle before the adjunct noun keeps "that" in reach',
    'Minister Ann Vale said in a televised address that the budget would be cut by five pct.',
    ['the budget would be cut by five pct'],
  ],
  // find-report-cues: the subject of a verb coordinated before "but"
  [
    'a report after "but" has the subject of the verb before it',
    'Norland Oil raised its dividend, but warned that a weaker dollar may cut profit.',
    ['a weaker dollar may cut profit'],
  ],
  [
    'a report after "but" without a comma',
    'The Vessby delegates described the talks as useful but said they would not attend the next round.',
    ['they would not attend the next round'],
  ],
  // clause-helpers: isClauseAt over participles and hyphens
  [
    'a verb inside a hyphenated word is no clause verb',
    'The Dalton bank said the buy-to-let market would continue to grow.',
    ['the buy-to-let market would continue to grow'],
  ],
  [
    'a participle in -ing before its noun is no clause verb',
    'Mr. Lee said the shares of existing holders will be paid off at par.',
    ['the shares of existing holders will be paid off at par'],
  ],
  [
    '"being" and its participle are no clause verb',
    'Mr. Lee said video evidence of the law being broken was passed to police.',
    ['video evidence of the law being broken was passed to police'],
  ],
  [
    'a participle with its agent holds a clause of its own',
    'Ms. Roe said evidence obtained by the inspectors while they were abroad was inadmissible.',
    ['evidence obtained by the inspectors while they were abroad was inadmissible'],
  ],
  [
    'a parenthesis closes the subject',
    'Mr. Lee said its purchasing index (PMI) fell to 51.8 in May.',
    ['its purchasing index (PMI) fell to 51.8 in May'],
  ],
  [
    'a split infinitive inside a noun object is no clause verb',
    'Vessby Data announced an agreement with Tarn Systems to jointly build servers with simpler software.',
    [],
  ],
  [
    'a participle after a comma still opens no clause',
    'Ms. Roe affirmed her willingness to accept the role, writing, "Norland needs calm."',
    [],
  ],
];

describe('indirect precision: objects, relatives and adjuncts after report verbs', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// according-to: a relative clause on the source
describe('indirect precision: "according to" a source with a relative clause', () => {
  for (const [text, want] of [
    [
      'According to Professor Ann Lee, who is both chair of the panel and head of surgery at Vessby College, in Norland it is not usual to teach these skills.',
      ['in Norland it is not usual to teach these skills'],
    ],
    ['According to Ann Lee, who chairs the panel, the skills are rare.', ['the skills are rare']],
    ['According to the panel, the skills are rare.', ['the skills are rare']],
  ] as const) {
    it(text.slice(0, 40), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// adverbial-then-clause: a report whose clause opens with an adverbial clause or phrase (no "that")
describe('indirect: a clause opening with an adverbial', () => {
  for (const [text, want] of [
    ['Ann Lee said if the talks fail, the union will strike.', ['if the talks fail, the union will strike']],
    [
      'The mayor said while the deal was welcome, the city needed more work.',
      ['while the deal was welcome, the city needed more work'],
    ],
    [
      'The audit office said although fraud was falling, the agency still had no common rule.',
      ['although fraud was falling, the agency still had no common rule'],
    ],
    [
      'Ms Roe said if the party won again it would repeal the law.',
      ['if the party won again it would repeal the law'],
    ],
    [
      'Tax analysts said for some firms it will take days to assess the change.',
      ['for some firms it will take days to assess the change'],
    ],
    [
      'Vessby Corp said under the agreement, the plant would be sold.',
      ['under the agreement, the plant would be sold'],
    ],
    // no comma: a passive participle, then the clause's pronoun subject
    [
      'Tarrow Corp said if all warrants were exercised it would own about 13 pct of Gorse Ltd.',
      ['if all warrants were exercised it would own about 13 pct of Gorse Ltd'],
    ],
    [
      'Ola Brisk said if the pier is finally approved they will start work in May.',
      ['if the pier is finally approved they will start work in May'],
    ],
    // no comma: a name's acronym in brackets inside the conditional
    [
      'Ann Vell said if the Harbury Trade Board (HTB) does not act on farm reform it will be too late.',
      ['if the Harbury Trade Board (HTB) does not act on farm reform it will be too late'],
    ],
    // (an aside in brackets still ends the search; an active verb before "it" may take it as its object)
    ['Ann Vell said if the board (which meets in May) agrees it will act.', []],
    ['Ann Vell said if the board sold it would be a loss.', []],
    // no clause after the adverbial: no report
    ['The spokesman said without giving the amount.', []],
    // find-mention: a group "led by"/"headed by" its leader, then an aside or a town and its state, before "said"
    [
      'A group led by Keel Holdings, a Lorne securities partnership, said it has bought 5 pct of Brisk Ltd.',
      ['it has bought 5 pct of Brisk Ltd'],
    ],
    ['A group headed by Ann Vell of Kelby, Texas, said it lowered its stake.', ['it lowered its stake']],
    ['Tarn Bank Ltd said as lead manager.', []],
    ['Mr Lee said before the vote.', []],
    // a noun "claims" before a phrase is no cue
    [
      'Insurers could face 30 mln crowns of claims following the storm, a spokesman said.',
      ['Insurers could face 30 mln crowns of claims following the storm'],
    ],
  ] as const) {
    it(text.slice(0, 50), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// cue-then-clause: a day word after a hearer or the cue; a leading adverbial before another cue's subject
describe('indirect: day words and leading adverbials', () => {
  for (const [text, want] of [
    [
      'Prosecutor Ann Roe told reporters today psychiatric tests will be carried out.',
      ['psychiatric tests will be carried out'],
    ],
    ['Ann Roe said today Norland would sign the deal.', ['Norland would sign the deal']],
    ['Ann Roe said yesterday afternoon the deal was off.', ['the deal was off']],
    ['The ministry said on June 2, 2017 that the mill was safe.', ['the mill was safe']],
    ['The ministry said on June 2, 2017, the mill was safe.', ['the mill was safe']],
    ['Tarn Oil said on Monday, March 2, it would cut 300 jobs.', ['it would cut 300 jobs']],
    ["Ann Roe said today's figures were bad.", ["today's figures were bad"]],
    ['The Courier reported that night Ann Roe was at the hearing.', ['Ann Roe was at the hearing']],
    [
      'Mr Berg said Labour would set out new plans within weeks and attacked the Tory ones.',
      ['Labour would set out new plans within weeks'],
    ],
    ['Ms Roe said the mill would be sold and renamed.', ['the mill would be sold and renamed']],
    [
      'Norland initially denied all claims that the envoy was held, however, an inquiry later found he was held.',
      ['all claims that the envoy was held', 'he was held'],
    ],
    [
      'Tarn Oil said it will buy a half stake in a refinery and related pipelines.',
      ['it will buy a half stake in a refinery and related pipelines'],
    ],
    [
      'Ola Berg remarked that, because the spray wears off, it was unlikely to sell.',
      ['because the spray wears off, it was unlikely to sell'],
    ],
    [
      'After all, while he insisted that he never meant to hurt them, that was the plain implication.',
      ['he never meant to hurt them'],
    ],
    [
      'He said Norland TV had reported that Tull, Berg and Roe had mentioned it on air.',
      [
        'Norland TV had reported that Tull, Berg and Roe had mentioned it on air',
        'Tull, Berg and Roe had mentioned it on air',
      ],
    ],
    [
      'Broadcaster NTV revealed that in December, Prince Olaf accepted the blame for the crash.',
      ['in December, Prince Olaf accepted the blame for the crash'],
    ],
  ] as const) {
    it(text.slice(0, 50), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// cue-then-clause: the writer's source after the reported clause is not reported
describe('indirect: a trailing "according to" ends the clause', () => {
  it('cuts ", according to a poll …"', () => {
    const got = indirectContents(
      'Most voters say they prefer lower prices, according to a poll released Thursday.',
    );
    assert.ok(got.includes('they prefer lower prices'));
    assert.ok(!got.some((c) => c.startsWith('they') && c.includes('poll')));
  });
});

// relative-clause-report: a relative clause with no pronoun
describe('indirect: a report in a relative clause with no relative pronoun', () => {
  for (const [text, want] of [
    ['The plan has a clause they say could exclude single fathers.', ['could exclude single fathers']],
    ['Norland is still waiting for a recovery the cabinet says will follow.', ['will follow']],
    ['The planet they found was a gas giant.', []],
    ['Last week the minister said the deadline would hold.', ['the deadline would hold']],
  ] as const) {
    it(text.slice(0, 50), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// clause-helpers: verbTheTaggerMissed — a clause's verb the tagger calls a noun or adjective
describe('indirect: a verb the tagger calls a noun or adjective', () => {
  for (const [text, want] of [
    ['Tom Lee said he drank two beers.', ['he drank two beers']],
    ['The club said they drank the bar dry.', ['they drank the bar dry']],
    // (with "alleged" a cue of its own: the company's report nested in Dorn's)
    [
      'Dorn said the company alleged that staff had lied.',
      ['the company alleged that staff had lied', 'staff had lied'],
    ],
    [
      "Analysts said a big win for Mayor Dorn in last week's vote paved the way for a rally.",
      ["a big win for Mayor Dorn in last week's vote paved the way for a rally"],
    ],
    [
      'Kai Berg said Olaf wishes to use his new fame for good causes.',
      ['Olaf wishes to use his new fame for good causes'],
    ],
    // negative cases: an -ed adjective after a determiner, "the said company", a participle after a plural noun
    ['Police said the alleged victim, a man of 30, was hurt.', ['the alleged victim, a man of 30, was hurt']],
    ['The union said the said company had not paid.', ['the said company had not paid']],
    [
      'He said the countries involved could not boast good records.',
      ['the countries involved could not boast good records'],
    ],
  ] as const) {
    it(text.slice(0, 50), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});

// cue-tokens: pastBeforeClause — a report verb in -ed the tagger calls an adjective
describe('indirect: an -ed report verb the tagger calls an adjective', () => {
  for (const [text, want] of [
    ['Friends of Ann Roe alleged he drank tea laced with poison.', ['he drank tea laced with poison']],
    ['Dorn also alleged the council was hiding the figures.', ['the council was hiding the figures']],
    [
      'The Commission alleged the firms were abusing their position.',
      ['the firms were abusing their position'],
    ],
    // negative cases: the adjective before its noun
    ['The alleged attacker fled.', []],
    ['Police said the alleged victim was hurt.', ['the alleged victim was hurt']],
  ] as const) {
    it(text.slice(0, 50), () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});
