import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The other party of a dated interview or broadcast, named in its sentence, takes a turn in it (invented people
// and outlets; published on Sunday 2017-06-04).
const RULE = 'link/when-interlocutor-turn';
const ANCHOR =
  '"We rebuilt the pier in a year," Mayor Ann Roe said in an interview with Radio Vell\'s Ola Brisk aired Friday.';
const roe = (t: string) => quote(t, 'direct', 'We rebuilt the pier in a year,', 'said', 'Ann Roe');
const brisk =
  (content: string, cue = 'Brisk asked') =>
  (t: string) => [roe(t), quote(t, 'direct', content, cue, 'Ola Brisk')];

const CASES: WhenCase[] = [
  [
    'the interviewer asks',
    `${ANCHOR}\n\n"And the bridge?" Brisk asked.`,
    brisk('And the bridge?'),
    '2017-06-02',
    RULE,
  ],
  [
    'the host said, after narration of the same talk',
    `${ANCHOR} The mayor laughed.\n\n"That would be a first," Brisk said.`,
    brisk('That would be a first,', 'Brisk said'),
    '2017-06-02',
    RULE,
  ],
  [
    'negative: not named in the interview sentence',
    `${ANCHOR}\n\n"And the bridge?" Ada Lune asked.`,
    (t) => [roe(t), quote(t, 'direct', 'And the bridge?', 'Ada Lune asked', 'Ada Lune')],
    null,
    null,
  ],
  [
    'negative: no conversation, only a name',
    '"We rebuilt the pier in a year," Mayor Ann Roe said on Friday, thanking Ola Brisk.\n\n"And the bridge?" Brisk asked.',
    brisk('And the bridge?'),
    null,
    null,
  ],
  [
    'negative: another occasion told between',
    `${ANCHOR}\n\nIn a column last year, Brisk had praised the pier.\n\n"It was late," Brisk said.`,
    brisk('It was late,', 'Brisk said'),
    null,
    null,
  ],
  [
    'negative: another day told between',
    `${ANCHOR}\n\nOn Wednesday the council met.\n\n"It was late," Brisk said.`,
    brisk('It was late,', 'Brisk said'),
    null,
    null,
  ],
];

testLastDated(CASES);
