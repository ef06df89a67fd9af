import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureSpanStage } from '../../testing/capture-span-stage.js';
import type { QuoteContext } from '../quote-context.js';
import { cliticIntoCue } from './clitic-into-cue.js';
import { colonSpeakerSource } from './colon-speaker-source.js';
import { extendContentToSentenceEnd } from './extend-content-to-sentence-end.js';
import { focusWordIntoSource } from './focus-word-into-source.js';
import { gluedQuoteIntoContent } from './glued-quote-into-content.js';
import { joinContentGap } from './join-content-gap.js';
import { leadBeforeInterjectedCue } from './lead-before-interjected-cue.js';
import { relativeBeforeSubjectSource } from './relative-before-subject-source.js';
import { sayCueWithoutTopic } from './say-cue-without-topic.js';
import { TAGS } from './span-tagger-model.js';
import { speakerLabelInContent } from './speaker-label-in-content.js';
import { isSourcelessCue, subjectOfSourcelessCue } from './subject-of-sourceless-cue.js';
import { spansFromTags } from './tagged-attributions.js';
import { trimDanglingJoiner } from './trim-dangling-joiner.js';
import { trimTaggedSource } from './trim-tagged-source.js';

/** The context of a text as the tagger sees it. */
const contextOf = (text: string): QuoteContext => captureSpanStage(text).ctx;

/** Tags of the text's tokens: each [phrase, role] tags the tokens of the phrase's first occurrence. */
function tagsFor(ctx: QuoteContext, spans: Array<[string, 'S' | 'C' | 'T']>): Uint8Array {
  const tags = new Uint8Array(ctx.tokens.length);
  for (const [phrase, role] of spans) {
    const s = ctx.text.indexOf(phrase);
    let first = true;
    ctx.tokens.forEach((t, i) => {
      if (t.start < s || t.start >= s + phrase.length) return;
      tags[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${role}` as (typeof TAGS)[number]);
      first = false;
    });
  }
  return tags;
}

/** The texts of the tagged spans of one role, in order. */
const textsOf =
  (role: 'S' | 'C' | 'T') =>
  (ctx: QuoteContext, tags: Uint8Array): string[] =>
    spansFromTags(tags)
      .filter((s) => s.role === role)
      .map((s) => ctx.text.slice(ctx.tokens[s.from]?.start, ctx.tokens[s.to - 1]?.end));
const contents = textsOf('T');
const sources = textsOf('S');

type Spans = Array<[string, 'S' | 'C' | 'T']>;

/** One test per row [text, tagged phrases, expected]: `mend` on the row's tags, then `read` of them is expected. */
function itMends<E>(
  rows: Array<[string, Spans, E]>,
  mend: (ctx: QuoteContext, tags: Uint8Array, offset: number) => unknown,
  read: (ctx: QuoteContext, tags: Uint8Array) => E,
  title: (text: string, spans: Spans) => string = (text) => text,
): void {
  for (const [text, spans, expected] of rows)
    it(title(text, spans), () => {
      const ctx = contextOf(text);
      const tags = tagsFor(ctx, spans);
      mend(ctx, tags, 0);
      assert.deepEqual(read(ctx, tags), expected);
    });
}

type Row = [string, Array<[string, 'S' | 'C' | 'T']>, string[]];

describe('extendContentToSentenceEnd', () => {
  const rows: Row[] = [
    [
      'The council said the bridge would reopen in May after repairs.',
      [
        ['The council', 'S'],
        ['said', 'C'],
        ['the bridge would reopen in May', 'T'],
      ],
      ['the bridge would reopen in May after repairs'],
    ],
    // a content that stops at a comma stays as it is
    [
      'The council said the bridge would reopen, but few believed it.',
      [
        ['The council', 'S'],
        ['said', 'C'],
        ['the bridge would reopen', 'T'],
      ],
      ['the bridge would reopen'],
    ],
    // something tagged after it in the sentence: as it is
    [
      'The bridge would reopen in May, the council said.',
      [
        ['The bridge would', 'T'],
        ['the council', 'S'],
        ['said', 'C'],
      ],
      ['The bridge would'],
    ],
    // the sentence ends with the content: nothing to do
    ['Ines Kovac said the ferry was late.', [['the ferry was late', 'T']], ['the ferry was late']],
    // it runs on to the next clause mark, not past it into an untagged attribution
    [
      'The bridge would reopen in May after repairs, the council said.',
      [['The bridge would reopen in May', 'T']],
      ['The bridge would reopen in May after repairs'],
    ],
    [
      'The council said the ferry was late again; the mayor left.',
      [
        ['said', 'C'],
        ['the ferry was', 'T'],
      ],
      ['the ferry was late again'],
    ],
  ];
  itMends(rows, extendContentToSentenceEnd, contents);
});

describe('joinContentGap', () => {
  const rows: Row[] = [
    [
      'Voters in Ohio, Florida and Nevada backed him, the poll found.',
      [
        ['Voters in Ohio', 'T'],
        ['Florida and Nevada backed him', 'T'],
        ['the poll', 'S'],
        ['found', 'C'],
      ],
      ['Voters in Ohio, Florida and Nevada backed him'],
    ],
    // three tokens apart: two contents
    [
      'Ann Lee said the ferry was late and the bus was early.',
      [
        ['the ferry', 'T'],
        ['the bus was early', 'T'],
      ],
      ['the ferry', 'the bus was early'],
    ],
    // in two sentences: two contents
    [
      'The ferry was late. The bus was early, Ann Lee said.',
      [
        ['The ferry was late', 'T'],
        ['The bus was early', 'T'],
      ],
      ['The ferry was late', 'The bus was early'],
    ],
  ];
  itMends(rows, joinContentGap, contents);
});

describe('colonSpeakerSource', () => {
  const rows: Array<[string, Array<[string, 'S' | 'C' | 'T']>, string[]]> = [
    [
      'KOVAC: We will not close the harbour.',
      [
        [':', 'C'],
        ['We will not close the harbour', 'T'],
      ],
      ['KOVAC'],
    ],
    ['Ines Kovac: No ferry today.', [[':', 'C']], ['Ines Kovac']],
    // a source already tagged: as it is
    [
      'Ines Kovac: No ferry today.',
      [
        ['Kovac', 'S'],
        [':', 'C'],
      ],
      ['Kovac'],
    ],
    // more than five words before the colon: not a speaker
    ['The ferry company said on Monday that: no ferry today.', [[':', 'C']], []],
  ];
  itMends(rows, colonSpeakerSource, sources, (text, spans) => `${text} ${spans.map((s) => s[0]).join('|')}`);
});

describe('leadBeforeInterjectedCue', () => {
  const rows: Row[] = [
    [
      'Back in Lisbon, Ines Valdo said, she joined the council.',
      [
        ['Ines Valdo', 'S'],
        ['said', 'C'],
        ['she joined the council', 'T'],
      ],
      ['Back in Lisbon', 'she joined the council'],
    ],
    // the lead already tagged: as it is
    [
      'The ferry, Ines Valdo said, was late again.',
      [
        ['The ferry', 'T'],
        ['Ines Valdo', 'S'],
        ['said', 'C'],
        ['was late again', 'T'],
      ],
      ['The ferry', 'was late again'],
    ],
    // no source between the commas: as it is
    [
      'Back in Lisbon, said Ines, she joined the council.',
      [
        ['said', 'C'],
        ['she joined the council', 'T'],
      ],
      ['she joined the council'],
    ],
    // the attribution opens the sentence: nothing before it
    [
      'Ines Valdo said, she joined the council.',
      [
        ['Ines Valdo', 'S'],
        ['said', 'C'],
        ['she joined the council', 'T'],
      ],
      ['she joined the council'],
    ],
  ];
  itMends(rows, leadBeforeInterjectedCue, contents);
});

describe('trimTaggedSource', () => {
  const rows: Row[] = [
    [
      'Ann Lee, speaking at the quay in Lisbon, said the ferry would run.',
      [
        ['Ann Lee, speaking at the quay in Lisbon', 'S'],
        ['said', 'C'],
      ],
      ['Ann Lee'],
    ],
    [
      'The harbour office which said the ferry would run was closed.',
      [
        ['The harbour office which', 'S'],
        ['said', 'C'],
      ],
      ['which'],
    ],
    [
      'Pilots at Brightwater, who said the runway was wet, stayed home.',
      [
        ['Pilots at Brightwater, who', 'S'],
        ['said', 'C'],
      ],
      ['who'],
    ],
    // "including" heads no participle clause: as it is
    [
      'Several unions, including the dockers, said they would strike.',
      [
        ['Several unions, including the dockers', 'S'],
        ['said', 'C'],
      ],
      ['Several unions, including the dockers'],
    ],
    // an appositive: as it is
    [
      'Ann Lee, a pilot at Brightwater, said the runway was wet.',
      [
        ['Ann Lee, a pilot at Brightwater', 'S'],
        ['said', 'C'],
      ],
      ['Ann Lee, a pilot at Brightwater'],
    ],
    // the pronoun alone: as it is
    [
      'Ann Lee, who said the runway was wet, stayed home.',
      [
        ['who', 'S'],
        ['said', 'C'],
      ],
      ['who'],
    ],
  ];
  itMends(rows, trimTaggedSource, sources);
});

/** The tagged spans of each role, as text: [role, text] in order. */
const roles = (ctx: QuoteContext, tags: Uint8Array) =>
  spansFromTags(tags).map((s) => [
    s.role,
    ctx.text.slice(ctx.tokens[s.from]?.start, ctx.tokens[s.to - 1]?.end),
  ]);

type RoleRow = [string, Array<[string, 'S' | 'C' | 'T']>, string[][]];

describe('subjectOfSourcelessCue', () => {
  const rows: RoleRow[] = [
    [
      'The ferry is expected to be late.',
      [
        ['The ferry', 'S'],
        ['is expected', 'C'],
        ['to be late', 'T'],
      ],
      [
        ['T', 'The ferry'],
        ['C', 'is expected'],
        ['T', 'to be late'],
      ],
    ],
    [
      'Ann Lee seems confident about the vote.',
      [
        ['Ann Lee', 'S'],
        ['seems', 'C'],
        ['confident about the vote', 'T'],
      ],
      [
        ['T', 'Ann Lee'],
        ['C', 'seems'],
        ['T', 'confident about the vote'],
      ],
    ],
    [
      'The pilots have often been accused of skipping checks.',
      [
        ['The pilots', 'S'],
        ['have often been accused of', 'C'],
        ['skipping checks', 'T'],
      ],
      [
        ['T', 'The pilots'],
        ['C', 'have often been accused of'],
        ['T', 'skipping checks'],
      ],
    ],
    // a speaker's act: the source stays
    [
      'Ann Lee said the ferry was late.',
      [
        ['Ann Lee', 'S'],
        ['said', 'C'],
        ['the ferry was late', 'T'],
      ],
      [
        ['S', 'Ann Lee'],
        ['C', 'said'],
        ['T', 'the ferry was late'],
      ],
    ],
    // the source not right before the cue: as it is
    [
      'The ferry, Ann Lee believes, is late.',
      [
        ['Ann Lee', 'S'],
        ['believes', 'C'],
        ['is late', 'T'],
      ],
      [
        ['S', 'Ann Lee'],
        ['C', 'believes'],
        ['T', 'is late'],
      ],
    ],
  ];
  itMends(rows, subjectOfSourcelessCue, roles);
  const cues: Array<[string, boolean]> = [
    ['seemed', true],
    ['could be expected', true],
    ['is not thought', true],
    ['was widely seen as', true],
    ['reportedly', true],
    ['said', false],
    ['has been', false],
    ['told', false],
    ['was', false],
    // a sentence adverb before a verb of the subject's own: the subject is the source
    ['apparently believed', false],
    ['reportedly told', false],
    ['apparently', true],
    ['is reportedly expected', true],
    ['allegedly to be', true],
    // an act, not "sounds like"
    ['sounded a call for', false],
    ['sounded off', false],
    ['sounds like', true],
    // a state of mind held by the subject, not a passive
    ['is also determined', false],
    ['are convinced', false],
    ['were deeply worried', false],
    ['was widely expected', true],
  ];
  for (const [cue, expected] of cues)
    it(`cue "${cue}"`, () => assert.equal(isSourcelessCue(cue.split(' ')), expected));
});

describe('trimDanglingJoiner', () => {
  const rows: Row[] = [
    [
      'Ann Lee said the pier was closed, and the mayor left early.',
      [['the pier was closed, and', 'T']],
      ['the pier was closed'],
    ],
    ['Ann Lee praised the new pier, which opened in May.', [['the new pier, which', 'T']], ['the new pier']],
    // at the sentence's end: as it is
    [
      'Ann Lee said the pier was closed and.',
      [['the pier was closed and', 'T']],
      ['the pier was closed and'],
    ],
    // "that" may end a content ("she regrets that"): as it is
    ['Ann Lee said she regrets that today.', [['she regrets that', 'T']], ['she regrets that']],
  ];
  itMends(rows, trimDanglingJoiner, contents);
});

describe('speakerLabelInContent', () => {
  const rows: RoleRow[] = [
    [
      'KOVAC: We will not close the harbour.',
      [['KOVAC: We will not close the harbour', 'T']],
      [
        ['S', 'KOVAC'],
        ['C', ':'],
        ['T', 'We will not close the harbour'],
      ],
    ],
    [
      '“KOVAC: We will not close the harbour.',
      [['“KOVAC: We will not close the harbour', 'T']],
      [
        ['S', 'KOVAC'],
        ['C', ':'],
        ['T', 'We will not close the harbour'],
      ],
    ],
    // no label in capitals: as it is
    [
      'Kovac: We will not close the harbour.',
      [['Kovac: We will not close the harbour', 'T']],
      [['T', 'Kovac: We will not close the harbour']],
    ],
  ];
  itMends(rows, speakerLabelInContent, roles);
});

describe('cliticIntoCue', () => {
  const rows: RoleRow[] = [
    [
      'She’s hoping the pier reopens.',
      [
        ['She', 'S'],
        ['hoping', 'C'],
        ['the pier reopens', 'T'],
      ],
      [
        ['S', 'She'],
        ['C', '’s hoping'],
        ['T', 'the pier reopens'],
      ],
    ],
    [
      "He's also predicting a late ferry.",
      [
        ['He', 'S'],
        ['also predicting', 'C'],
        ['a late ferry', 'T'],
      ],
      [
        ['S', 'He'],
        ['C', "'s also predicting"],
        ['T', 'a late ferry'],
      ],
    ],
    // the possessive: as it is
    [
      'The mayor’s claim that the pier is safe was false.',
      [
        ['The mayor', 'S'],
        ['claim', 'C'],
        ['the pier is safe', 'T'],
      ],
      [
        ['S', 'The mayor'],
        ['C', 'claim'],
        ['T', 'the pier is safe'],
      ],
    ],
  ];
  itMends(rows, cliticIntoCue, roles);
});

describe('sayCueWithoutTopic', () => {
  const rows: RoleRow[] = [
    [
      '“It is finished,” Ann Lee said of the pier.',
      [
        ['It is finished', 'T'],
        ['Ann Lee', 'S'],
        ['said of', 'C'],
      ],
      [
        ['T', 'It is finished'],
        ['S', 'Ann Lee'],
        ['C', 'said'],
      ],
    ],
    // a verb that is no verb of saying keeps its preposition: "called on", "talked about"
    [
      'Ann Lee called on the council to act.',
      [
        ['Ann Lee', 'S'],
        ['called on', 'C'],
        ['the council to act', 'T'],
      ],
      [
        ['S', 'Ann Lee'],
        ['C', 'called on'],
        ['T', 'the council to act'],
      ],
    ],
  ];
  itMends(rows, sayCueWithoutTopic, roles);
});

describe('focusWordIntoSource', () => {
  const rows: RoleRow[] = [
    [
      'Not everyone agreed that the pier was safe.',
      [
        ['everyone', 'S'],
        ['agreed', 'C'],
        ['the pier was safe', 'T'],
      ],
      [
        ['S', 'Not everyone'],
        ['C', 'agreed'],
        ['T', 'the pier was safe'],
      ],
    ],
    [
      'Only a third of the crew believe the ferry will sail.',
      [
        ['a third of the crew', 'S'],
        ['believe', 'C'],
        ['the ferry will sail', 'T'],
      ],
      [
        ['S', 'Only a third of the crew'],
        ['C', 'believe'],
        ['T', 'the ferry will sail'],
      ],
    ],
    [
      'At least a dozen pilots said the runway was too short.',
      [
        ['a dozen pilots', 'S'],
        ['said', 'C'],
        ['the runway was too short', 'T'],
      ],
      [
        ['S', 'At least a dozen pilots'],
        ['C', 'said'],
        ['T', 'the runway was too short'],
      ],
    ],
    [
      'Neither Ann Lee nor Tom Ruiz would say when the pier opens.',
      [
        ['Ann Lee nor Tom Ruiz', 'S'],
        ['would say', 'C'],
        ['when the pier opens', 'T'],
      ],
      [
        ['S', 'Neither Ann Lee nor Tom Ruiz'],
        ['C', 'would say'],
        ['T', 'when the pier opens'],
      ],
    ],
    // after a verb the word belongs to the clause, not the source: as it is
    [
      'It was not the council that said the pier was safe.',
      [
        ['the council', 'S'],
        ['said', 'C'],
        ['the pier was safe', 'T'],
      ],
      [
        ['S', 'the council'],
        ['C', 'said'],
        ['T', 'the pier was safe'],
      ],
    ],
    // another word before the source: as it is
    [
      'Even the mayor said the pier was safe.',
      [
        ['the mayor', 'S'],
        ['said', 'C'],
        ['the pier was safe', 'T'],
      ],
      [
        ['S', 'the mayor'],
        ['C', 'said'],
        ['T', 'the pier was safe'],
      ],
    ],
  ];
  itMends(rows, focusWordIntoSource, roles);
});

describe('gluedQuoteIntoContent', () => {
  const rows: Row[] = [
    ["''A new pier is overdue,'' Ann Lee said.", [['new pier is overdue', 'T']], ["'A new pier is overdue"]],
    ["Ann Lee called it ''a waste of money'' on Friday.", [['waste of money', 'T']], ["'a waste of money"]],
    // a quotation mark on its own token before the content: as it is
    [
      "''We will rebuild the pier,'' Ann Lee said.",
      [['We will rebuild the pier', 'T']],
      ['We will rebuild the pier'],
    ],
    // a plain word before the content: as it is
    ['Ann Lee said a new pier is overdue.', [['new pier is overdue', 'T']], ['new pier is overdue']],
    // a clitic, not a quotation mark: as it is
    [
      'That’s why the pier must close, Ann Lee said.',
      [['why the pier must close', 'T']],
      ['why the pier must close'],
    ],
  ];
  itMends(rows, gluedQuoteIntoContent, contents);
});

describe('relativeBeforeSubjectSource', () => {
  const rows: RoleRow[] = [
    [
      'The pier, which Ann Lee called a disgrace, will close.',
      [
        ['which Ann Lee', 'S'],
        ['called', 'C'],
        ['a disgrace', 'T'],
      ],
      [
        ['S', 'Ann Lee'],
        ['C', 'called'],
        ['T', 'a disgrace'],
      ],
    ],
    [
      'It backed the mayor, who many in the council see as too cautious.',
      [
        ['who many in the council', 'S'],
        ['see as', 'C'],
        ['too cautious', 'T'],
      ],
      [
        ['S', 'many in the council'],
        ['C', 'see as'],
        ['T', 'too cautious'],
      ],
    ],
    // the pronoun is the subject: as it is
    [
      'The mayor, who once ran the port, said the pier was safe.',
      [
        ['who once ran the port', 'S'],
        ['said', 'C'],
        ['the pier was safe', 'T'],
      ],
      [
        ['S', 'who once ran the port'],
        ['C', 'said'],
        ['T', 'the pier was safe'],
      ],
    ],
    // the pronoun alone: as it is
    [
      'Ann Lee, who said the pier was safe, left.',
      [
        ['who', 'S'],
        ['said', 'C'],
        ['the pier was safe', 'T'],
      ],
      [
        ['S', 'who'],
        ['C', 'said'],
        ['T', 'the pier was safe'],
      ],
    ],
  ];
  itMends(rows, relativeBeforeSubjectSource, roles);
});
