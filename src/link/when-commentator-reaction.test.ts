import type { Quote } from '../types.js';
import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Commentators' reactions in a story of its publication day whose lead names that day's event (invented firms and
// people; published on Sunday 2017-06-04).
const RULE = 'link/when-commentator-reaction';

/** A quote whose speaker is mentioned as `mention` (its first occurrence in the text). */
function quote(t: string, content: string, cue: string, speaker: string, mention: string): Quote {
  const q = quoteIn(t, 'indirect', content, cue, speaker);
  const start = t.indexOf(mention);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
}

const LEAD = 'Tarn Bank figures released today show no change in lending, economists said.\n\n';
const ECONOMISTS = (t: string) =>
  quote(t, 'Tarn Bank figures released today show no change in lending', 'said', 'economists', 'economists');

// A commentary story whose subject spoke on another day before today's turn ("Last night, Tarn Co said …").
const TURNABOUT =
  'A lawsuit pushed Tarn Co into an about-face on its merger with Vell, analysts said.\n\n' +
  'Last night, Tarn Co said the merger was off. At midday today Tarn Co said it was still interested.\n\n';
/** A quote whose speaker is mentioned as `mention` last before its words. */
function quoteBy(t: string, content: string, speaker: string, mention: string): Quote {
  const q = quoteIn(t, 'indirect', content, 'said', speaker);
  const start = t.lastIndexOf(mention, q.start);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
}
const TARN = (t: string) => [
  quote(
    t,
    'A lawsuit pushed Tarn Co into an about-face on its merger with Vell',
    'said',
    'analysts',
    'analysts',
  ),
  quoteBy(t, 'the merger was off', 'Tarn Co', 'Tarn Co'),
  quoteBy(t, 'it was still interested', 'Tarn Co', 'Tarn Co'),
];

const CASES: WhenCase[] = [
  [
    'a lead told by commentators, the day named two paragraphs after it ("Lorne Air shares closed today at …")',
    'Lorne Air looks likely to attract another bidder, according to airline analysts.\n\n' +
      'The offer values the carrier at 40 mln crowns, they said.\n\n' +
      'Lorne Air shares closed today at 12 crowns, up three.\n\n' +
      'Ann Roe, analyst at Orr Bank, said the bid was too low.',
    (t) => [quote(t, 'the bid was too low', 'said', 'Ann Roe', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a lead told by commentators, the day named only three paragraphs after it',
    'Lorne Air looks likely to attract another bidder, according to airline analysts.\n\n' +
      'The offer values the carrier at 40 mln crowns, they said.\n\n' +
      'The carrier flies to nine towns.\n\n' +
      'Lorne Air shares closed today at 12 crowns, up three.\n\n' +
      'Ann Roe, analyst at Orr Bank, said the bid was too low.',
    (t) => [quote(t, 'the bid was too low', 'said', 'Ann Roe', 'Ann Roe')],
    null,
    null,
  ],
  [
    "the lead's own quote, told by commentators of today's event (its words tell today's release: dated first by link/when-reports-today)",
    LEAD,
    (t) => [ECONOMISTS(t)],
    '2017-06-04',
    'link/when-reports-today',
  ],
  [
    'a later source named by its role ("Ann Roe, economist at Orr Bank")',
    `${LEAD}Ann Roe, economist at Orr Bank, said the bank saw no reason to move.`,
    (t) => [ECONOMISTS(t), quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'a later source named by the firm it works for ("Omar Hale of Vell Securities Co")',
    `${LEAD}Omar Hale of Vell Securities Co said lending would pick up in the autumn.`,
    (t) => [
      ECONOMISTS(t),
      quote(t, 'lending would pick up in the autumn', 'said', 'Omar Hale', 'Omar Hale of Vell Securities Co'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a lead with no commentators, whose first source is an analyst ("got a jolt today"): a later dealer',
    'Ferry shares got a sharp jolt today as fuel costs rose.\n\n' +
      'Ann Roe, analyst at Orr Bank, said the fall was overdone.\n\n' +
      'Omar Hale, a dealer at Vell Co, said buyers would soon return.',
    (t) => [
      quote(t, 'the fall was overdone', 'said', 'Ann Roe', 'Ann Roe'),
      quote(t, 'buyers would soon return', 'said', 'Omar Hale', 'Omar Hale'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a source that is no commentator ("Mayor Ann Roe")',
    `${LEAD}Mayor Ann Roe said the town would borrow less.`,
    (t) => [ECONOMISTS(t), quote(t, 'the town would borrow less', 'said', 'Ann Roe', 'Mayor Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: another occasion in the sentence ("said in a statement")',
    `${LEAD}Ann Roe, economist at Orr Bank, said in a statement the bank saw no reason to move.`,
    (t) => [
      ECONOMISTS(t),
      quote(t, 'the bank saw no reason to move', 'said in a statement', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: another day in the sentence ("said on Friday")',
    `${LEAD}Ann Roe, economist at Orr Bank, said on Friday the bank saw no reason to move.`,
    (t) => [ECONOMISTS(t), quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'must stay undated: a lead whose event is still to come ("will cut … today")',
    'Tarn Bank will probably cut its lending rate today, economists said.\n\n' +
      'Ann Roe, economist at Orr Bank, said the bank saw no reason to wait.',
    (t) => [
      quote(t, 'Tarn Bank will probably cut its lending rate today', 'said', 'economists', 'economists'),
      quote(t, 'the bank saw no reason to wait', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead that foresees today\'s event ("may climb higher today")',
    'Tarn shares may climb higher today after two days of gains, analysts said.\n\n' +
      'Ann Roe, economist at Orr Bank, said the rally had further to run.',
    (t) => [
      quote(t, 'Tarn shares may climb higher today after two days of gains', 'said', 'analysts', 'analysts'),
      quote(t, 'the rally had further to run', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a role word that names no commentator ("head of the broker creditors group")',
    'Orr Metals lodged an appeal today against the ruling on its claim, metal analysts said.\n\n' +
      'The judge erred on three points, Ann Roe, head of the broker creditors group, told Reuters.',
    (t) => [
      quote(
        t,
        'Orr Metals lodged an appeal today against the ruling on its claim',
        'said',
        'metal analysts',
        'metal analysts',
      ),
      quote(t, 'The judge erred on three points', 'told', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a lead told by brokers, a later broker ("a broker at Orr Securities Co")',
    'Lorne shares fell sharply today on worries over rates, brokers said.\n\n' +
      'A broker at Orr Securities Co said buyers would soon return.',
    (t) => [
      quote(t, 'Lorne shares fell sharply today on worries over rates', 'said', 'brokers', 'brokers'),
      quote(t, 'buyers would soon return', 'said', 'A broker at Orr Securities Co', 'A broker'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a forecast after a day\'s event told in a relative clause ("after a drop which today took the index …")',
    'Lorne shares may weaken further this week, after a sharp drop which today took the index to a low, brokers said.\n\n' +
      'Ann Roe, economist at Orr Bank, said buyers would soon return.',
    (t) => [
      quote(
        t,
        'Lorne shares may weaken further this week, after a sharp drop which today took the index to a low',
        'said',
        'brokers',
        'brokers',
      ),
      quote(t, 'buyers would soon return', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a relative clause that tells today\'s event still to come ("a report which will be out today")',
    'Lorne shares may weaken further, after a report which will be out today, brokers said.\n\n' +
      'Ann Roe, economist at Orr Bank, said buyers would soon return.',
    (t) => [
      quote(
        t,
        'Lorne shares may weaken further, after a report which will be out today',
        'said',
        'brokers',
        'brokers',
      ),
      quote(t, 'buyers would soon return', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a broker\'s body is no commentator ("head of the broker creditors group")',
    `${LEAD}Ann Roe, head of the broker creditors group, said the town would borrow less.`,
    (t) => [ECONOMISTS(t), quote(t, 'the town would borrow less', 'said', 'Ann Roe', 'Ann Roe')],
    null,
    null,
  ],
  [
    'a source of another kind the lead names beside its commentators ("economists and union leaders" … "union leader Tom Orr")',
    'The Vell budget, unveiled today, is a fair one, economists and union leaders said.\n\n' +
      'Finance Minister Ann Roe said in her speech to the assembly that taxes had to change.\n\n' +
      '"It is a tax grab," said union leader Tom Orr.',
    (t) => [
      quote(
        t,
        'The Vell budget, unveiled today, is a fair one',
        'said',
        'economists and union leaders',
        'economists and union leaders',
      ),
      quoteIn(t, 'indirect', 'taxes had to change', 'said', 'Ann Roe'),
      quote(t, 'It is a tax grab,', 'said', 'Tom Orr', 'Tom Orr'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a source of a kind the lead does not name ("economists and union leaders" … "Mayor Tom Orr")',
    'The Vell budget, unveiled today, is a fair one, economists and union leaders said.\n\n' +
      '"It is a tax grab," said Mayor Tom Orr.',
    (t) => [
      quote(
        t,
        'The Vell budget, unveiled today, is a fair one',
        'said',
        'economists and union leaders',
        'economists and union leaders',
      ),
      quote(t, 'It is a tax grab,', 'said', 'Tom Orr', 'Tom Orr'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead by commentators alone names no other kind ("economists said" … "union leader Tom Orr")',
    'The Vell budget, unveiled today, is a fair one, economists said.\n\n' +
      '"It is a tax grab," said union leader Tom Orr.',
    (t) => [
      quote(t, 'The Vell budget, unveiled today, is a fair one', 'said', 'economists', 'economists'),
      quote(t, 'It is a tax grab,', 'said', 'Tom Orr', 'Tom Orr'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead of no day ("figures released this week")',
    'Tarn Bank figures show no change in lending, economists said.\n\n' +
      'Ann Roe, economist at Orr Bank, said the bank saw no reason to move.',
    (t) => [
      quote(t, 'Tarn Bank figures show no change in lending', 'said', 'economists', 'economists'),
      quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a background day beside today in the lead ("after Friday\'s fall")',
    "Today's sell-off on the Tarn bourse, after Friday's fall in Vell, was overdone, analysts said.\n\n" +
      'Ann Roe, economist at Orr Bank, said the bank saw no reason to move.\n\n' +
      'Omar Hale of Vell Securities Co said buyers would soon return.',
    (t) => [
      quote(
        t,
        "Today's sell-off on the Tarn bourse, after Friday's fall in Vell, was overdone",
        'said',
        'analysts',
        'analysts',
      ),
      quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe'),
      quote(t, 'buyers would soon return', 'said', 'Omar Hale', 'Omar Hale of Vell Securities Co'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a lawmaker named by a place ("Sen. Ann Roe of Vell")',
    `${LEAD}Sen. Ann Roe of Vell said the town would borrow less.`,
    (t) => [ECONOMISTS(t), quote(t, 'the town would borrow less', 'said', 'Ann Roe', 'Sen. Ann Roe of Vell')],
    null,
    null,
  ],
  [
    'a lead told by commentators whose next paragraph names today\'s event ("Figures out today show …")',
    'Economists said they doubt the Tarn Bank is tightening credit.\n\n' +
      'Figures out today show lending rose in the two weeks to Wednesday.\n\n' +
      '"The bank is not moving," said Ann Roe of Orr Securities Co.',
    (t) => [
      quote(t, 'they doubt the Tarn Bank is tightening credit', 'said', 'Economists', 'Economists'),
      quote(t, 'The bank is not moving,', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a quote told on an occasion of that same day stands between ("told a news conference today")',
    `${LEAD}A bank spokesman told a news conference today that lending was steady.\n\nAnn Roe, economist at Orr Bank, said the bank saw no reason to move.`,
    (t) => [
      ECONOMISTS(t),
      {
        ...quote(
          t,
          'lending was steady',
          'told a news conference today',
          'A bank spokesman',
          'A bank spokesman',
        ),
        when: '2017-06-04',
      },
      quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a lead told by commentators whose next paragraph tells of today only as still to come',
    'Economists said they doubt the Tarn Bank is tightening credit.\n\n' +
      'Figures due out today may show lending rose.\n\n' +
      '"The bank is not moving," said Ann Roe of Orr Securities Co.',
    (t) => [
      quote(t, 'they doubt the Tarn Bank is tightening credit', 'said', 'Economists', 'Economists'),
      quote(t, 'The bank is not moving,', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead by no commentators whose next paragraph names today',
    'The mayor said the town would borrow less.\n\n' +
      'Figures out today show lending rose.\n\n' +
      '"The bank is not moving," said Ann Roe of Orr Securities Co.',
    (t) => [
      quote(t, 'the town would borrow less', 'said', 'The mayor', 'The mayor'),
      quote(t, 'The bank is not moving,', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a role word after an initial\'s period ("Bill Orr, chief U.K. economist at Vell Co")',
    `${LEAD}"The cut was slightly disappointing," said Bill Orr, chief U.K. economist at Vell Co.`,
    (t) => [ECONOMISTS(t), quote(t, 'The cut was slightly disappointing,', 'said', 'Bill Orr', 'Bill Orr')],
    '2017-06-04',
    RULE,
  ],
  [
    'a commentators\' cue "stressed"',
    `${LEAD}Analysts stressed that the town had little to gain from dearer money.`,
    (t) => [
      ECONOMISTS(t),
      quote(t, 'the town had little to gain from dearer money', 'stressed', 'Analysts', 'Analysts'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'the publication day named by its weekday in the lead, told by "analysts polled by Zentrix"; a later source named by its post at a bank',
    'The plunge in Vell share prices on Sunday could rob the state of revenue, analysts polled by Zentrix said.\n\n' +
      '"The state is counting on the sale," said Omar Hale, a deputy general manager at the Tarn Bank of Vell.',
    (t) => [
      quote(
        t,
        'The plunge in Vell share prices on Sunday could rob the state of revenue',
        'said',
        'analysts polled by Zentrix',
        'analysts polled by Zentrix',
      ),
      quote(t, 'The state is counting on the sale,', 'said Omar Hale', 'Omar Hale', 'Omar Hale'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a lead told by commentators four words from their cue ("analysts polled by Harbor Wire said")',
    'The plunge in Vell share prices on Sunday could rob the state of revenue, analysts polled by Harbor Wire said.\n\n' +
      '"The state is counting on the sale," said Omar Hale, a deputy general manager at the Tarn Bank of Vell.',
    (t) => [
      quote(
        t,
        'The plunge in Vell share prices on Sunday could rob the state of revenue',
        'said',
        'analysts polled by Harbor Wire',
        'analysts polled by Harbor Wire',
      ),
      quote(t, 'The state is counting on the sale,', 'said Omar Hale', 'Omar Hale', 'Omar Hale'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a lead whose event is the day\'s own ("set in today\'s budget") though it foresees what follows ("are likely to fall")',
    'VELL RATES SEEN FALLING\n\n' +
      "Vell lending rates are likely to fall this week after the cut in borrowing set in today's budget, bank analysts said.\n\n" +
      'Ann Roe, chief economist at Orr Bank, said the markets had already priced in the cut.',
    (t) => [
      quote(
        t,
        "Vell lending rates are likely to fall this week after the cut in borrowing set in today's budget",
        'said',
        'bank analysts',
        'bank analysts',
      ),
      quote(t, 'the markets had already priced in the cut', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: the day\'s own event named as still to come ("today\'s planned budget")',
    'VELL RATES SEEN FALLING\n\n' +
      "Vell lending rates are likely to fall after today's planned budget, bank analysts said.\n\n" +
      'Ann Roe, chief economist at Orr Bank, said the markets had already priced in the cut.',
    (t) => [
      quote(
        t,
        "Vell lending rates are likely to fall after today's planned budget",
        'said',
        'bank analysts',
        'bank analysts',
      ),
      quote(t, 'the markets had already priced in the cut', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a post at a firm in a story no commentators tell',
    'The plunge in Vell share prices on Sunday could rob the state of revenue, the finance minister said.\n\n' +
      '"The state is counting on the sale," said Omar Hale, a deputy general manager at the Tarn Bank of Vell.',
    (t) => [
      quote(
        t,
        'The plunge in Vell share prices on Sunday could rob the state of revenue',
        'said',
        'the finance minister',
        'the finance minister',
      ),
      quote(t, 'The state is counting on the sale,', 'said Omar Hale', 'Omar Hale', 'Omar Hale'),
    ],
    null,
    null,
  ],
  [
    'another source\'s occasion between is none of a later commentator\'s ("Vell said in his speech to the Assembly …")',
    `${LEAD}Finance minister Omar Hale said in his speech to the House that lending had to rise.\n\nAnn Roe, economist at Orr Bank, said the bank saw no reason to move.`,
    (t) => [
      ECONOMISTS(t),
      quote(t, 'lending had to rise', 'said', 'Omar Hale', 'Finance minister Omar Hale'),
      quote(t, 'the bank saw no reason to move', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: the same commentator\'s occasion between ("Roe said in an interview …")',
    `${LEAD}Ann Roe, economist at Orr Bank, said in an interview that lending had to rise.\n\nAnn Roe said the bank saw no reason to move.`,
    (t) => [
      ECONOMISTS(t),
      quote(t, 'lending had to rise', 'said', 'Ann Roe', 'Ann Roe'),
      quote(t, 'the bank saw no reason to move', 'said the bank', 'Ann Roe', 'Ann Roe said'),
    ],
    null,
    null,
  ],
  [
    "the subject's own words of another day stand between ('Last night, Tarn Co said …'; today named as \"midday today\")",
    `${TURNABOUT}Ann Roe, analyst at Orr Bank, said the suit had scared the board.`,
    (t) => [...TARN(t), quote(t, 'the suit had scared the board', 'said', 'Ann Roe', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    "the subject's own words of another day keep their own day",
    TURNABOUT,
    (t) => TARN(t).slice(0, 2),
    '2017-06-03',
    'link/when-cue-governed',
  ],
  [
    "must stay undated: a commentator's words of another day stand between",
    `${TURNABOUT}On Friday, Omar Hale of Vell Securities Co said the deal was doomed.\n\nAnn Roe, analyst at Orr Bank, said the suit had scared the board.`,
    (t) => [
      ...TARN(t),
      quote(t, 'the deal was doomed', 'said', 'Omar Hale', 'Omar Hale of Vell Securities Co'),
      quote(t, 'the suit had scared the board', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a commentary lead naming no day for its event (only the reacted-to day before it)',
    "The crown recovered after the minister called yesterday's slide a blip, dealers said.\n\n" +
      'Ann Roe, a dealer at Orr Bank, said buyers had come back.',
    (t) => [
      quote(
        t,
        "The crown recovered after the minister called yesterday's slide a blip",
        'said',
        'dealers',
        'dealers',
      ),
      quote(t, 'buyers had come back', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    "a commentator named by an earlier quote, after the subject's words of another day ('… ¶ Roe said …')",
    `${TURNABOUT}Ann Roe, analyst at Orr Bank, said the suit had scared the board.\n\nTarn Co said on Friday it wanted the sale done first.\n\nRoe said the board would soon give in.`,
    (t) => [
      ...TARN(t),
      quote(t, 'the suit had scared the board', 'said', 'Ann Roe', 'Ann Roe'),
      quoteBy(t, 'it wanted the sale done first', 'Tarn Co', 'Tarn Co'),
      quoteBy(t, 'the board would soon give in', 'Ann Roe', 'Roe'),
    ],
    '2017-06-04',
    // (Roe's own day, the Friday told since being earlier: link/when-speaker-day comes first)
    'link/when-speaker-day',
  ],
  [
    'a lead whose only "today" is inside words said on another day (\'the governor said on Friday: "We cut today"\')',
    'Governor Ola Brisk said on Friday: "We cut rates today to steady the crown," economists said.\n\n' +
      'Ann Roe, economist at Orr Bank, said the cut had come too late.',
    (t) => [
      quoteIn(t, 'direct', 'We cut rates today to steady the crown,', 'said', 'Ola Brisk'),
      quote(t, 'the cut had come too late', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'an undated direct quote\'s "today" beside another day of the lead (\'the remark on Friday, "… today …"\')',
    'Economists said the governor\'s remark on Friday that "rates are high enough today" would calm the crown.\n\n' +
      'Ann Roe, economist at Orr Bank, said the remark had helped.',
    (t) => [
      quoteIn(t, 'direct', 'rates are high enough today', 'said', 'economists'),
      quote(t, 'the remark had helped', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a direct quote\'s "today" in a lead of no other day still names the day (\'"The crown is weak today," dealers said.\')',
    '"The crown is weak today," dealers said.\n\nAnn Roe, a dealer at Orr Bank, said buyers had gone home.',
    (t) => [
      quote(t, 'The crown is weak today,', 'said', 'dealers', 'dealers'),
      quote(t, 'buyers had gone home', 'said', 'Ann Roe', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
];

testLastDated(CASES);
