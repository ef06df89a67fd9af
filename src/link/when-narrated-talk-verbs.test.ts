import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Talk and rebuttal verbs that narrate a statement ("talked", "knocked", "played down"): a quote of the same person
// right after the dated narration is part of it (invented people; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    'a day after "talked", then the quote',
    'Ivo Lund, the mayor\'s brother, talked politics Friday on the Morning Hour.\n\n"The race is wide open," Ivo Lund said.',
    (t) => [quote(t, 'direct', 'The race is wide open,', 'said', 'Ivo Lund')],
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    'a day before "knocked", then the quote',
    'On Friday, Ivo Lund knocked a remark by the singer Tess Marr.\n\n"I was shaking my head," Ivo Lund said.',
    (t) => [quote(t, 'direct', 'I was shaking my head,', 'said', 'Ivo Lund')],
    '2017-06-02',
    'link/when-day-then-speech',
  ],
  [
    'a day before "played down", then the quote',
    'As he has before, Senator Ivo Lund on Friday played down the idea of a pact with Tess Marr. "There never was a pact," Lund said.',
    (t) => [quote(t, 'direct', 'There never was a pact,', 'said', 'Ivo Lund')],
    '2017-06-02',
    'link/when-narrated-speech',
  ],
  [
    'not "downplayed", an action ("downplayed the storm in May")',
    'Mayor Ivo Lund downplayed the storm in May to avoid panic. Lund confirmed the claim, arguing that panic helps no one.',
    (t) => [quote(t, 'indirect', 'panic helps no one', 'arguing', 'Ivo Lund')],
    null,
    null,
  ],
  [
    "not another person's talk",
    'Ivo Lund talked politics Friday on the Morning Hour.\n\n"The race is wide open," Tess Marr said.',
    (t) => [quote(t, 'direct', 'The race is wide open,', 'said', 'Tess Marr')],
    null,
    null,
  ],
];

testLastDated(CASES);
