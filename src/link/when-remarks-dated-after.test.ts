import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Words the text dates after giving them (invented people and places; published on Sunday 2017-06-04).
const RULE = 'link/when-remarks-dated-after';
const CASES: WhenCase[] = [
  [
    '"She made the remarks on Friday …" in the next sentence',
    '"We will not back down," Mayor Ann Roe said. She made the remarks on Friday at a rally in Dunmore.',
    (t) => [quote(t, 'direct', 'We will not back down,', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    '"She was speaking at a rally … on Friday"',
    'Mayor Ann Roe said the city would not back down. She was speaking at a rally in Dunmore on Friday.',
    (t) => [quote(t, 'indirect', 'the city would not back down', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    '"Her comments, made on Friday, …"',
    'Mayor Ann Roe said the city would not back down. Her comments, made on Friday at a rally, drew cheers.',
    (t) => [quote(t, 'indirect', 'the city would not back down', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'in the quote\'s own sentence, the cue\'s own day: "…," Roe said, in remarks on Friday',
    '"We will not back down," Mayor Ann Roe said, in remarks on Friday at a rally.',
    (t) => [quote(t, 'direct', 'We will not back down,', 'said', 'Ann Roe')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'not another occasion opening the next sentence ("At his press conference on Friday, Roe said …")',
    'The mayor then says: "You are just doing it because you are paid to, aren\'t you?" At his press conference on Friday, Roe said his words were fair.',
    (t) => [
      quote(t, 'direct', "You are just doing it because you are paid to, aren't you", 'says', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'not remarks made at another time ("had made")',
    '"We will not back down," Mayor Ann Roe said. She had made the same remarks in March at a rally.',
    (t) => [quote(t, 'direct', 'We will not back down,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'not when the next sentence gives two times',
    '"We will not back down," Mayor Ann Roe said. She was speaking on Friday at a rally first held in 2009.',
    (t) => [quote(t, 'direct', 'We will not back down,', 'said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
