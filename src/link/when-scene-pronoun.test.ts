import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A one-interview feature: a scene sentence opening on a weekday and a pronoun, then the source's quote (published
// Sunday 2017-06-04; invented people and places).
const RULE = 'link/when-scene-pronoun';
const SOURCE = 'Ada Roe is a well-loved member of the town. ';

const CASES: WhenCase[] = [
  // [name, text, quotes, when, whenRule]
  [
    'a weekday and a pronoun after a comma ("…, Friday she had firm opinions"), then the named source\'s quote',
    `${SOURCE}And while she keeps apart from its quarrels, Friday she had firm opinions on the bridge.\n\n"I feel for the ferrymen," Ada Roe said.`,
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Ada Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'a weekday opening the sentence ("On Friday afternoon, she sat …")',
    `${SOURCE}On Friday afternoon, she sat behind the counter of her shop.\n\n"Nobody listens to the mayor," Roe said.`,
    (t) => [quote(t, 'direct', 'Nobody listens to the mayor,', 'said', 'Ada Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'must stay undated: a source not named in the scene or the sentence before',
    'The town is quiet. Friday she had firm opinions on the bridge.\n\n"I feel for the ferrymen," Tom Vell said.',
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Tom Vell')],
    null,
    null,
  ],
  [
    'must stay undated: a day of another event ("Friday she was fined after the rally")',
    `${SOURCE}Friday she was fined after the rally.\n\n"I feel for the ferrymen," Ada Roe said.`,
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a day still to come ("Next Friday she will …")',
    `${SOURCE}Next Friday she will open a second shop.\n\n"I feel for the ferrymen," Ada Roe said.`,
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a day that is no clause opener ("the shop she opened on Friday")',
    `${SOURCE}The shop she opened on Friday sells toys.\n\n"I feel for the ferrymen," Ada Roe said.`,
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'must stay undated: the quote told as of another occasion ("in an earlier interview")',
    `${SOURCE}Friday she had firm opinions on the bridge.\n\n"I feel for the ferrymen," Ada Roe said in an earlier interview.`,
    (t) => [quote(t, 'direct', 'I feel for the ferrymen,', 'said', 'Ada Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
