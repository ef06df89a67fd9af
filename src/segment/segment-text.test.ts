import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from './segment-text.js';

const segment = (text: string) => {
  const seg = segmentText(normalizeArticle({ id: 't', date: null, text }));
  return {
    paragraphs: seg.paragraphs.map((p) => text.slice(p.start, p.end)),
    sentences: seg.sentences.map((s) => text.slice(s.start, s.end)),
    seg,
  };
};

// [case, text, sentences expected]
const SENTENCES: [string, string, string[]][] = [
  [
    'the period inside a wire ticker',
    'Harbour Bank PLC <HBRB.L> and Dorn Bank PLC <DORN.L> said they cut rates. Others followed.',
    ['Harbour Bank PLC <HBRB.L> and Dorn Bank PLC <DORN.L> said they cut rates.', 'Others followed.'],
  ],
  [
    "a wire's company tag opening a sentence",
    'Lee said rivals would follow. <Tarn Holdings Ltd>, now suspended, has already done so, he added.',
    ['Lee said rivals would follow.', '<Tarn Holdings Ltd>, now suspended, has already done so, he added.'],
  ],
  [
    'titles and initials',
    'Mr. Smith met J. R. Hill in the U.S. capital. They talked.',
    ['Mr. Smith met J. R. Hill in the U.S. capital.', 'They talked.'],
  ],
  [
    'a name ending on an initial, then a possessive opener',
    'Ann Lee wrote a book about Malcolm X. Her book sold well.',
    ['Ann Lee wrote a book about Malcolm X.', 'Her book sold well.'],
  ],
  [
    'a name ending on an initial, then a title',
    'Tom Reid directed Malcolm X. Mrs Lee starred in it.',
    ['Tom Reid directed Malcolm X.', 'Mrs Lee starred in it.'],
  ],
  [
    'a name ending on an initial, then a first name and surname before a report verb',
    'He cited the example of Malcolm X. Ann Lee said the film was long.',
    ['He cited the example of Malcolm X.', 'Ann Lee said the film was long.'],
  ],
  [
    'a company, then "Its"',
    'The notes were sold by Tarn Brothers Inc. Its fee was small.',
    ['The notes were sold by Tarn Brothers Inc.', 'Its fee was small.'],
  ],
  // negatives: an initial inside a name or a title, an initial before a surname, a title after a title
  [
    'an initial inside a title',
    'The film Malcolm X. opened in 1992.',
    ['The film Malcolm X. opened in 1992.'],
  ],
  [
    'a middle initial',
    'Flights from John F. Kennedy Airport resumed.',
    ['Flights from John F. Kennedy Airport resumed.'],
  ],
  ['a title after a title', 'Prof. Dr. Hans Moll spoke.', ['Prof. Dr. Hans Moll spoke.']],
  [
    'a middle initial, then a one-word surname and a report verb',
    'Aides to Ann B. Tull said the speech was ready.',
    ['Aides to Ann B. Tull said the speech was ready.'],
  ],
  [
    "a middle initial in a body's name before a report verb",
    'The Ann J. Fox Foundation said funds would rise.',
    ['The Ann J. Fox Foundation said funds would rise.'],
  ],
  [
    'British titles without a period',
    'Mr Brandt left early. Dr Moen stayed.',
    ['Mr Brandt left early.', 'Dr Moen stayed.'],
  ],
  [
    'quote closing after the period stays with its sentence',
    '“We won.” The crowd cheered.',
    ['“We won.”', 'The crowd cheered.'],
  ],
  [
    'lower-case attribution after an exclamation',
    '"Stop the vote!" he shouted. Nobody did.',
    ['"Stop the vote!" he shouted.', 'Nobody did.'],
  ],
  [
    'sentences inside a quote that goes on',
    '“We won. It was a hard game,” said Ola Berg. She smiled.',
    ['“We won. It was a hard game,” said Ola Berg.', 'She smiled.'],
  ],
  [
    'an unpaired straight mark earlier in the paragraph does not glue later sentences',
    'It was a "fine day. She left early, he said. Ben Ola said the ferry was "late again" after the storm. Then it rained.',
    [
      'It was a "fine day.',
      'She left early, he said.',
      'Ben Ola said the ferry was "late again" after the storm.',
      'Then it rained.',
    ],
  ],
  [
    'an abbreviation inside brackets',
    'The ferry company (Brandt Co.) said fares would rise. Passengers were angry.',
    ['The ferry company (Brandt Co.) said fares would rise.', 'Passengers were angry.'],
  ],
  [
    'an abbreviation before a usual sentence opener',
    'Shares of Hill Inc. The Valley Courier reported a fall.',
    ['Shares of Hill Inc.', 'The Valley Courier reported a fall.'],
  ],
  [
    'a quotation that goes on after a sentence inside it, late in a long paragraph',
    'A long opening sentence about the harbour and the storm that kept every boat in port for a week went on. “It was hard. We waited,” said Ola Berg. Then the sun came out.',
    [
      'A long opening sentence about the harbour and the storm that kept every boat in port for a week went on.',
      '“It was hard. We waited,” said Ola Berg.',
      'Then the sun came out.',
    ],
  ],
  [
    'a quotation closing before a lower-case word',
    '“We waited. Then we left” was all Ina Vos said. She smiled.',
    ['“We waited. Then we left” was all Ina Vos said.', 'She smiled.'],
  ],
  [
    'a period opening the next quote',
    '"It was a shame. "Nobody saw it coming," she said.',
    ['"It was a shame.', '"Nobody saw it coming," she said.'],
  ],
  [
    'a question closed, then a name and a report verb with a long tail',
    'The vote was near. “If she wants a fight, who knows?” Vale told Tarnland’s KTV station in an interview aired on Monday when asked how she would cope. Then she left.',
    [
      'The vote was near.',
      '“If she wants a fight, who knows?” Vale told Tarnland’s KTV station in an interview aired on Monday when asked how she would cope.',
      'Then she left.',
    ],
  ],
  [
    'an exclamation closed, then the verb and a title and name',
    '"We will not pay a penny!" said Mayor Ann Vale. The crowd cheered.',
    ['"We will not pay a penny!" said Mayor Ann Vale.', 'The crowd cheered.'],
  ],
  [
    'a question closed, then a descriptor and a report verb',
    '“Who pays for the new bridge?” The harbour master asked, pointing at it. Nobody knew.',
    ['“Who pays for the new bridge?” The harbour master asked, pointing at it.', 'Nobody knew.'],
  ],
  [
    'a question closed, then a capitalised pronoun and a report verb ending the clause',
    '“Who pays for the new bridge?” She asked. Nobody knew.',
    ['“Who pays for the new bridge?” She asked.', 'Nobody knew.'],
  ],
  [
    'a question closed, then a new sentence (no report verb)',
    '“Who pays for the new bridge?” The harbour master shrugged. Nobody knew.',
    ['“Who pays for the new bridge?”', 'The harbour master shrugged.', 'Nobody knew.'],
  ],
  [
    'a question closed, then a pronoun opening its own report',
    '“Who pays for the new bridge?” He said the council would not. Nobody knew.',
    ['“Who pays for the new bridge?”', 'He said the council would not.', 'Nobody knew.'],
  ],
  [
    'a question closed, then a body and a verb whose clause is a report of its own',
    '“Should the bridge be built?” The Harbour Board on Thursday said it was satisfied with the question.',
    [
      '“Should the bridge be built?”',
      'The Harbour Board on Thursday said it was satisfied with the question.',
    ],
  ],
  [
    'a question closed, then a name and "said" with a time',
    '“Who pays for the new bridge?” Ada Vale said on Monday. Nobody knew.',
    ['“Who pays for the new bridge?” Ada Vale said on Monday.', 'Nobody knew.'],
  ],
  [
    "a question put to someone, then a report of that person's own",
    'Vale was asked, “What is the worst place you have seen?” Vale joked that it was her office. Then she left.',
    [
      'Vale was asked, “What is the worst place you have seen?”',
      'Vale joked that it was her office.',
      'Then she left.',
    ],
  ],
  [
    'a question closed, then a conjunction opening the next report',
    '“Who pays for the new bridge?” But Vale said the council would not.',
    ['“Who pays for the new bridge?”', 'But Vale said the council would not.'],
  ],
  [
    'a period and closing mark before a name and a report verb: two sentences as before',
    '“The bridge is paid for.” Vale said the council would not pay again.',
    ['“The bridge is paid for.”', 'Vale said the council would not pay again.'],
  ],
];

describe('segmentText: sentences', () => {
  for (const [name, text, expected] of SENTENCES) {
    it(name, () => assert.deepEqual(segment(text).sentences, expected));
  }
});

describe('segmentText: paragraphs', () => {
  it('splits on blank lines and after a headline line', () => {
    const text = 'Harbour reopens after storm\nThe harbour reopened on Monday.\n\nBoats returned at dawn.';
    assert.deepEqual(segment(text).paragraphs, [
      'Harbour reopens after storm',
      'The harbour reopened on Monday.',
      'Boats returned at dawn.',
    ]);
  });

  it('keeps wrapped lines of one paragraph together', () => {
    const text = 'The harbour reopened on Monday after a week in which\nthe storm kept every boat in port.';
    assert.deepEqual(segment(text).paragraphs, [text]);
  });
});

describe('segmentText: tokens', () => {
  it('gives UTF-16 offsets into the text, POS tags and sentence numbers', () => {
    const text = 'Ève Noël said “yes” 😀. Then she left.';
    const { seg } = segment(text);
    for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end).toLowerCase(), t.norm);
    const said = seg.tokens.find((t) => t.norm === 'said');
    assert.equal(said?.pos, 'VERB');
    assert.equal(seg.tokens.find((t) => t.norm === 'then')?.sentence, 1);
  });
});
