import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote, QuoteType } from '../types.js';
import { isAfterPublication, linkDates } from './link-dates.js';

// A quote over `content` with its cue at the `cueIndex`-th occurrence of `cue` (invented people and outlets).
function quote(text: string, type: QuoteType, content: string, cue: string | null, cueIndex = 0): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, `content not in text: ${content}`);
  let cueStart = -1;
  if (cue) for (let i = 0; i <= cueIndex; i++) cueStart = text.indexOf(cue, cueStart + 1);
  return {
    id: `q${start}`,
    type,
    content,
    start,
    end: start + content.length,
    cue: cue && cueStart >= 0 ? { start: cueStart, end: cueStart + cue.length, text: cue } : null,
    mention: null,
    speaker: null,
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
}

function dated(text: string, quotes: (t: string) => Quote[], date: string | null = '2017-06-04'): Quote[] {
  const doc = normalizeArticle({ id: 'a', date, text });
  const seg = segmentText(doc);
  return linkDates(doc, seg, quotes(text), findTimeExpressions(doc, seg));
}

const CASES: Array<[string, string, (t: string) => Quote[], string | null, string | null]> = [
  // [name, text, quotes, when, whenRule]
  [
    'a day after the hearers of "told", an abbreviation among them',
    'Senator Ivo Brask told U.S. beet growers earlier this year they must cut output.',
    (t) => [quote(t, 'indirect', 'they must cut output', 'told U.S. beet growers earlier this year')],
    '2017',
    'link/when-cue-governed',
  ],
  [
    'a week inside one month gives the month ("told … last week", 2017-05-22 to 28, published 2017-06-04)',
    'Senator Ivo Brask told the Kestrel Post last week that the bill was dead.',
    (t) => [quote(t, 'indirect', 'the bill was dead', 'told')],
    '2017-05',
    'link/when-cue-governed',
  ],
  [
    'a week across two months gives nothing ("this week", 2017-05-29 to 06-04)',
    'Senator Ivo Brask said this week that the bill was dead.',
    (t) => [quote(t, 'indirect', 'the bill was dead', 'said')],
    null,
    null,
  ],
  [
    'the cue governs the date after it ("was told … on Friday"), not the year in the content',
    'Alliance chiefs are unaware if in 2000 the two presidents discussed accession, Zarnian radio was told at alliance headquarters on Friday.',
    (t) => [
      quote(
        t,
        'indirect',
        'Alliance chiefs are unaware if in 2000 the two presidents discussed accession',
        'was told',
      ),
    ],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'the cue governs "in a report made public in January"',
    'The Varnish oversight committee concluded in a report made public in January that the ministry had hidden the losses.',
    (t) => [quote(t, 'indirect', 'the ministry had hidden the losses', 'concluded')],
    '2017-01',
    'link/when-cue-governed',
  ],
  [
    'a date opening the clause: "On Thursday, X said"',
    'On Thursday, Mayor Ilse Brandt said the bridge would stay shut.',
    (t) => [quote(t, 'indirect', 'the bridge would stay shut', 'said')],
    '2017-06-01',
    'link/when-cue-governed',
  ],
  [
    'the dated occasion the quote belongs to, in the sentence before',
    'Minister Aro Vell gave a keynote speech on Thursday in Port Lema. "The economy has turned a corner," he said.',
    (t) => [quote(t, 'direct', 'The economy has turned a corner,', 'said')],
    '2017-06-01',
    'link/when-occasion',
  ],
  [
    'a dated statement later sentences refer back to',
    'The Harbour Authority issued a statement on Monday about the closure.\n\nTrade groups were unhappy.\n\nThe statement said ferries would resume in July.',
    (t) => [quote(t, 'indirect', 'ferries would resume in July', 'said')],
    '2017-05-29',
    'link/when-statement-referent',
  ],
  [
    'a date inside the reported content is not the statement date',
    'Officials said the old bridge was built in 1998.',
    (t) => [quote(t, 'indirect', 'the old bridge was built in 1998', 'said')],
    null,
    null,
  ],
  [
    'a date inside a direct quote is not the statement date',
    '"We last met in May," Ms Tarn said.',
    (t) => [quote(t, 'direct', 'We last met in May,', 'said')],
    null,
    null,
  ],
  [
    'a bare year right after the cue opens the content',
    'The bishop said 2005 should be the year of change.',
    (t) => [quote(t, 'indirect', '2005 should be the year of change', 'said')],
    null,
    null,
  ],
  [
    'a date in a relative clause about the speaker is not the statement date',
    'Dana Mirel, who won the cup in 1999 for her club, said: "It means a lot."',
    (t) => [quote(t, 'direct', 'It means a lot.', 'said')],
    null,
    null,
  ],
  [
    'no date in the text: null, never the publication date',
    '"We will rebuild," the governor said.',
    (t) => [quote(t, 'direct', 'We will rebuild,', 'said')],
    null,
    null,
  ],
];

for (const [name, text, quotes, when, rule] of CASES) {
  test(`when: ${name}`, () => {
    const [q] = dated(text, quotes);
    assert.ok(q);
    assert.equal(q.when, when);
    assert.equal(q.whenRule, rule);
    if (when) assert.ok(q.whenTimex);
    else assert.equal(q.whenTimex, null);
  });
}

test('when: a quote nested in reported words takes the occasion those words date', () => {
  const text =
    'The new memoir claims Mr Dorn hosted a dinner in November 2003 where the premier told Mr Sand he would retire.';
  const quotes = (t: string) => [
    quote(
      t,
      'indirect',
      'Mr Dorn hosted a dinner in November 2003 where the premier told Mr Sand he would retire',
      'claims',
    ),
    quote(t, 'indirect', 'he would retire', 'told Mr Sand'),
  ];
  const [outer, inner] = dated(text, quotes);
  assert.equal(outer?.when, null);
  assert.equal(inner?.when, '2003-11');
});

test('when: without a publication date a weekday gives no statement date', () => {
  const text = 'Zarnian radio was told at headquarters on Friday that talks had ended.';
  const [q] = dated(text, (t) => [quote(t, 'indirect', 'talks had ended', 'was told')], null);
  assert.equal(q?.when, null);
});

// The same quote with its resolved speaker (linkSpeakers runs before linkDates).
function by(q: Quote, speaker: string): Quote {
  return { ...q, speaker };
}

// [name, text, quotes, when of the LAST quote, its whenRule]
const LAST_QUOTE_CASES: Array<[string, string, (t: string) => Quote[], string | null, string | null]> = [
  [
    'a report in a relative clause is background: the main clause is another statement',
    'Ivo Brask, who told beet growers on Monday they must cut output, said he will meet cane growers soon.',
    (t) => [
      by(quote(t, 'indirect', 'they must cut output', 'told beet growers on Monday'), 'Ivo Brask'),
      by(quote(t, 'indirect', 'he will meet cane growers soon', 'said'), 'Ivo Brask'),
    ],
    null,
    null,
  ],
  [
    "the sentence before tells another source's dated report, not this speaker's occasion",
    'A report from the ministry on Friday said two men died. Minister Ivo Brask said the border would close.',
    (t) => [
      by(quote(t, 'indirect', 'two men died', 'said'), 'the ministry'),
      by(quote(t, 'indirect', 'the border would close', 'said', 1), 'Ivo Brask'),
    ],
    null,
    null,
  ],
  [
    'a later quote of the same speaker continues the dated statement',
    'Mayor Lina Vell said on Friday "We will stay." Vell also said the plan was fair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'also said'), 'Lina Vell'),
    ],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    'a quote nested in a dated quote of the same speaker is part of that statement',
    'Mayor Lina Vell said on Friday she may close the bridge, which she said would save money.',
    (t) => [
      by(
        quote(t, 'indirect', 'she may close the bridge, which she said would save money', 'said'),
        'Lina Vell',
      ),
      by(quote(t, 'indirect', 'would save money', 'said', 1), 'Lina Vell'),
    ],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    'a quote nested in a dated quote of another speaker keeps its own time',
    'Mayor Lina Vell said on Friday that the builder had said the bridge was safe.',
    (t) => [
      by(quote(t, 'indirect', 'the builder had said the bridge was safe', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the bridge was safe', 'said', 1), 'the builder'),
    ],
    null,
    null,
  ],
  [
    'another speaker does not continue the statement',
    'Mayor Lina Vell said on Friday "We will stay." Councillor Ode Brask said the plan was unfair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was unfair', 'said', 1), 'Ode Brask'),
    ],
    null,
    null,
  ],
  [
    'an earlier occasion breaks the statement',
    'Mayor Lina Vell said on Friday "We will stay." Vell had earlier said the plan was fair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'said', 1), 'Lina Vell'),
    ],
    null,
    null,
  ],
  [
    '"later" in the cue opens a new occasion',
    'Mayor Lina Vell said on Friday "We will stay." Vell later said the plan was fair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'later said'), 'Lina Vell'),
    ],
    null,
    null,
  ],
  [
    'a post is its own occasion',
    'Mayor Lina Vell said on Friday "We will stay." She tweeted that the plan was fair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'tweeted'), 'Lina Vell'),
    ],
    null,
    null,
  ],
  [
    'an inherited date travels on with its speaker to the next paragraph',
    'Mayor Lina Vell said on Friday "We will stay." Vell also said the plan was fair.\n\nVell said the budget was tight.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'also said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the budget was tight', 'said', 2), 'Lina Vell'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'a date between the two quotes breaks the statement',
    'Mayor Lina Vell said on Friday "We will stay." The council met in May. Vell said the plan was fair.',
    (t) => [
      by(quote(t, 'direct', 'We will stay.', 'said'), 'Lina Vell'),
      by(quote(t, 'indirect', 'the plan was fair', 'said', 1), 'Lina Vell'),
    ],
    null,
    null,
  ],
  [
    'a date opening the sentence, before a long scene-setting, dates its cue',
    'On Friday in Dunmore, as part of a campaign rally, Mayor Lina Vell said, "We will win."',
    (t) => [quote(t, 'direct', 'We will win.', 'said')],
    '2017-06-02',
    'link/when-sentence-opener',
  ],
  [
    'a week before the opening day is a lead word',
    'Earlier this week on Wednesday on live television, Mayor Lina Vell said, "We will win."',
    (t) => [quote(t, 'direct', 'We will win.', 'said')],
    '2017-05-31',
    'link/when-sentence-opener',
  ],
  [
    'a new clause with its own subject keeps the opening date to itself',
    'On Friday the police arrested a man outside the hall, and Mayor Lina Vell said the town was safe.',
    (t) => [quote(t, 'indirect', 'the town was safe', 'said')],
    null,
    null,
  ],
  [
    '"according to" has no time of its own: the opening date is the event\'s',
    'On Friday in Dunmore, according to witnesses, a man entered a shop.',
    (t) => [quote(t, 'indirect', 'a man entered a shop', 'according to')],
    null,
    null,
  ],
  [
    "a participle report takes the date of its main clause's report",
    'Zarnia warned the union earlier in the day against a strike, saying talks would fail.',
    (t) => [quote(t, 'indirect', 'talks would fail', 'saying')],
    '2017-06-04',
    'link/when-participle-report',
  ],
  [
    "a date in a relative clause before the participle is not the report's",
    'The union, which struck on Friday, blamed the board, saying talks would fail.',
    (t) => [quote(t, 'indirect', 'talks would fail', 'saying')],
    null,
    null,
  ],
  [
    'a quote in a story about one dated court hearing was given there',
    'Yesterday in Harlow Crown Court, Judge Ann Lee sentenced Tom Vell to ten years.\n\nThe judge said, "You showed no remorse at all."',
    (t) => [quote(t, 'direct', 'You showed no remorse at all.', 'said')],
    '2017-06-03',
    'link/when-lead-hearing',
  ],
  [
    "a later date in the story blocks the hearing's date",
    'Yesterday in Harlow Crown Court, Judge Ann Lee sentenced Tom Vell to ten years.\n\nVell was arrested in March 2015. He said, "I never meant to hurt anyone."',
    (t) => [quote(t, 'direct', 'I never meant to hurt anyone.', 'said')],
    null,
    null,
  ],
  [
    'a hearing still to come dates nothing',
    'Tom Vell will be sentenced in Harlow Crown Court on Monday.\n\nHis lawyer said, "He regrets everything he did."',
    (t) => [quote(t, 'direct', 'He regrets everything he did.', 'said')],
    null,
    null,
  ],
  [
    'a speaker placed at the rally the lead dates (even inside a reported lead)',
    'Organisers say ten thousand people marched in Dunmore on Saturday against the dam.\n\nThere were several speakers at the rally. Mayor Ann Lee said the dam would flood the valley.',
    (t) => [quote(t, 'indirect', 'the dam would flood the valley', 'said')],
    '2017-06-03',
    'link/when-lead-gathering',
  ],
  [
    'a quote at the march with no place in its paragraph keeps no date',
    'Ten thousand people marched in Dunmore on Saturday against the dam.\n\nMayor Ann Lee said the dam would flood the valley.',
    (t) => [quote(t, 'indirect', 'the dam would flood the valley', 'said')],
    null,
    null,
  ],
  [
    'statements "made yesterday by" a person, reported in the next sentence',
    'Ann Lee declined to comment on statements about the port made yesterday by Tom Vell. In an address to bankers, Vell said the port would close.',
    (t) => [by(quote(t, 'indirect', 'the port would close', 'said'), 'Tom Vell')],
    '2017-06-03',
    'link/when-remarks-made-by',
  ],
  [
    'statements made by someone else do not date the quote',
    'Ann Lee declined to comment on statements about the port made yesterday by Tom Vell. In an address to bankers, Rosa Kell said the port would close.',
    (t) => [by(quote(t, 'indirect', 'the port would close', 'said'), 'Rosa Kell')],
    null,
    null,
  ],
  [
    'an occasion named after the quote dates it',
    'Mayor Lina Vell said, "They must stand with us", while addressing reporters yesterday.',
    (t) => [quote(t, 'direct', 'They must stand with us', 'said')],
    '2017-06-03',
    'link/when-trailing-occasion',
  ],
  [
    'a statement is never dated after its article ("Next Wednesday" is after publication)',
    'Next Wednesday Mayor Lina Vell stressed the cost, saying "It is too much."',
    (t) => [quote(t, 'direct', 'It is too much.', 'saying')],
    null,
    null,
  ],
  [
    'an occasion named after a nested quote dates it ("shortly after his arrest in March 2002")',
    'Mr Tobin said he was questioned by an officer who said he was from the navy, shortly after his arrest in March 2002.',
    (t) => [
      quote(
        t,
        'indirect',
        'he was questioned by an officer who said he was from the navy, shortly after his arrest in March 2002',
        'said',
      ),
      quote(t, 'indirect', 'he was from the navy', 'said', 1),
    ],
    '2002-03',
    'link/when-trailing-occasion',
  ],
  [
    'outside reported words, "shortly after …" may date the content, not the saying',
    'Mr Tobin said he was sent away, shortly after his arrest in March 2002.',
    (t) => [quote(t, 'indirect', 'he was sent away', 'said')],
    null,
    null,
  ],
  [
    'a quote of a person whose statement the paragraph has just narrated with a date',
    'Senator Ada Roe and Mayor Lina Vell both yesterday questioned the plan. Vell called it "a plain mistake". Roe said "It will not pass."',
    (t) => [
      by(quote(t, 'direct', 'a plain mistake', 'called'), 'Lina Vell'),
      by(quote(t, 'direct', 'It will not pass.', 'said'), 'Ada Roe'),
    ],
    '2017-06-03',
    'link/when-narrated-speech',
  ],
  [
    'an event narrated with a date is not a statement',
    'Mayor Lina Vell was arrested yesterday in Dunmore. Vell said "I am innocent."',
    (t) => [by(quote(t, 'direct', 'I am innocent.', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    "a date in a clause about the person, closed before the speech verb, is not the statement's",
    'Mayor Lina Vell, who lost the 2009 election to Ada Roe, welcomed the vote. "It is a good day," Vell said.',
    (t) => [by(quote(t, 'direct', 'It is a good day,', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    "the sentence before narrates the same person's statement, then its day: the quote is part of it",
    'Governor Ada Roe, who left the party in March, blasted the plan as a \u201Csham\u201D on Friday on a radio show.\n\n\u201CIt will fail and everyone knows it,\u201D she said.',
    (t) => [by(quote(t, 'direct', 'It will fail and everyone knows it,', 'said'), 'Ada Roe')],
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    "a company's statement and its day, then its quote: the company is found by its first word, not its suffix",
    "Marrow's Rating Service Inc rates the notes. Marrow's announced on Friday it had cut them.\n\nThe notes would be unsecured, it said.",
    (t) => [by(quote(t, 'indirect', 'The notes would be unsecured', 'said'), "Marrow's Rating Service Inc")],
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    'a quote told to an audience of its own is not the narrated statement of the day before',
    'Governor Ada Roe announced the plan on Friday.\n\nShe told the mayors of three towns that the budget would hold.',
    (t) => [by(quote(t, 'indirect', 'the budget would hold', 'told'), 'Ada Roe')],
    null,
    null,
  ],
  [
    'a statement narrated about another person',
    'Senator Ada Roe yesterday questioned the plan. Vell said "It will pass."',
    (t) => [by(quote(t, 'direct', 'It will pass.', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    'an occasion named with "the" takes the date the text first gave it',
    'Mayor Lina Vell spoke on live television on Wednesday and at a rally on Friday.\n\nCritics were unmoved.\n\nOn the live television she said, "The bridge stays."',
    (t) => [by(quote(t, 'direct', 'The bridge stays.', 'said'), 'Lina Vell')],
    '2017-05-31',
    'link/when-occasion-referent',
  ],
  [
    'an occasion never dated gives no date',
    'Mayor Lina Vell spoke on live television about the plan.\n\nCritics were unmoved.\n\nOn the live television she said, "The bridge stays."',
    (t) => [by(quote(t, 'direct', 'The bridge stays.', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    'a later event after the quote is not its occasion',
    'Mayor Lina Vell said the bridge was safe, and it fell down in March.',
    (t) => [quote(t, 'indirect', 'the bridge was safe', 'said')],
    null,
    null,
  ],
  [
    'an outlet named "… Today" is not a date',
    'The ferry was sold last month, according to Harbour Today.',
    (t) => [quote(t, 'indirect', 'The ferry was sold last month', 'according to')],
    null,
    null,
  ],
  [
    'a day read as the start of the reported clause: "said Friday the bridge …"',
    'Mayor Lina Vell said Friday the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'Friday the bridge would reopen', 'said')],
    '2017-06-02',
    'link/when-content-opening-day',
  ],
  [
    'a day that is the subject of the reported clause is not the statement date',
    'Mayor Lina Vell said Friday would be the last day of the market.',
    (t) => [quote(t, 'indirect', 'Friday would be the last day of the market', 'said')],
    null,
    null,
  ],
  [
    'a day owning a noun in the reported clause is not the statement date',
    "Mayor Lina Vell said Friday's vote was rigged.",
    (t) => [quote(t, 'indirect', "Friday's vote was rigged", 'said')],
    null,
    null,
  ],
  [
    'a day inside the reported clause is not the statement date',
    'Mayor Lina Vell said the plant would open on Friday.',
    (t) => [quote(t, 'indirect', 'the plant would open on Friday', 'said')],
    null,
    null,
  ],
  [
    'an opening date before a subject with an abbreviation ("Late Monday, U.S. officials said")',
    'Late Monday, U.S. harbour officials said the ferries would resume.',
    (t) => [quote(t, 'indirect', 'the ferries would resume', 'said')],
    '2017-05-29',
    'link/when-cue-governed',
  ],
  [
    'an opening date before a long apposition with an abbreviation',
    "On Wednesday, Ricardo Vell, head of the U.S.-Zarnian trade council and the mayor's closest ally, said the talks had failed.",
    (t) => [quote(t, 'indirect', 'the talks had failed', 'said')],
    '2017-05-31',
    'link/when-sentence-opener',
  ],
  [
    'a day inside a long cue after the hearers of "told"',
    'Premier Aro Vell told his cabinet on Sunday that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told his cabinet on Sunday')],
    '2017-06-04',
    'link/when-cue-governed',
  ],
  [
    'a season inside a long cue after the hearers of "told": its year ("last fall" before June 2017)',
    'Premier Aro Vell told Radio Zarn last fall that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told Radio Zarn last fall')],
    '2016',
    'link/when-cue-governed',
  ],
  [
    'a season of this year inside a long cue after the hearers of "told"',
    'Premier Aro Vell told Radio Zarn this spring that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told Radio Zarn this spring')],
    '2017',
    'link/when-cue-governed',
  ],
  [
    'a season inside a long cue about something else is not the statement date',
    'Premier Aro Vell told reporters about the floods last fall that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told reporters about the floods last fall')],
    null,
    null,
  ],
  [
    'a day inside a long cue about something else is not the statement date',
    'Premier Aro Vell told reporters about the crash on Friday that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told reporters about the crash on Friday')],
    null,
    null,
  ],
  [
    'a day the cue governs, read as the coming one, is the last one ("said … on Monday the bridge would")',
    'The council said in a statement on Monday the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    '2017-05-29',
    'link/when-cue-governed',
  ],
  [
    'a day opening the sentence, read as the coming one after "plan to", is the last one',
    'On Friday, Mayor Lina Vell, a long-time critic of the plan to close the harbour bridge, said the bridge was safe.',
    (t) => [quote(t, 'indirect', 'the bridge was safe', 'said')],
    '2017-06-02',
    'link/when-sentence-opener',
  ],
  [
    'a coming day that the cue does not govern stays undated',
    'The council will meet on Monday. Mayor Lina Vell said the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    null,
    null,
  ],
  [
    '"said late on Friday the …" read as the start of the reported clause',
    'Mayor Lina Vell said late on Friday the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'late on Friday the bridge would reopen', 'said')],
    '2017-06-02',
    'link/when-content-opening-day',
  ],
  [
    'a day inside a long cue after the hearers and place of "told"',
    'Premier Aro Vell told reporters in Dunmore on Friday that the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'told reporters in Dunmore on Friday')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'a participle phrase opening the sentence: "Speaking to reporters on Friday, X said"',
    'Speaking to reporters in Dunmore on Friday, Mayor Lina Vell said the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    '2017-06-02',
    'link/when-speaking-participle',
  ],
  [
    'a participle phrase after the speaker: "X, speaking on Friday, said"',
    'Mayor Lina Vell, speaking on Friday, said the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    '2017-06-02',
    'link/when-speaking-participle',
  ],
  [
    'the day of what was spoken about is not the statement date',
    'Speaking about the flood on Friday, Mayor Lina Vell said the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    null,
    null,
  ],
  [
    'comments published on a day date the statement',
    'In comments published on Friday, Mayor Lina Vell said the bridge would reopen.',
    (t) => [quote(t, 'indirect', 'the bridge would reopen', 'said')],
    '2017-06-02',
    'link/when-occasion',
  ],
  [
    'quotes after the text comes back to the ceremony the lead dates',
    'Three states joined the Varnish League on Friday at a ceremony in Lemberg.\n\nIn speeches before the signing ceremony, the ministers said the league made them safer.\n\nMinister Ode Brask said it was a proud day.',
    (t) => [
      quote(t, 'indirect', 'the league made them safer', 'said'),
      by(quote(t, 'indirect', 'it was a proud day', 'said', 1), 'Ode Brask'),
    ],
    '2017-06-02',
    'link/when-lead-occasion',
  ],
  [
    'a ceremony the text never comes back to dates nothing',
    'Three states joined the Varnish League on Friday at a ceremony in Lemberg.\n\nMinister Ode Brask said it was a proud day.',
    (t) => [by(quote(t, 'indirect', 'it was a proud day', 'said'), 'Ode Brask')],
    null,
    null,
  ],
  [
    'a ceremony still to come dates nothing',
    'Three states will join the Varnish League on Friday at a ceremony in Lemberg.\n\nBefore the ceremony, Minister Ode Brask said it was a proud day.',
    (t) => [by(quote(t, 'indirect', 'it was a proud day', 'said'), 'Ode Brask')],
    null,
    null,
  ],
  [
    'a quote of the person an earlier sentence has at a dated visit',
    'Mayor Lina Vell visited the flooded valley on Friday.\n\n"The bridge will reopen," she said.',
    (t) => [by(quote(t, 'direct', 'The bridge will reopen,', 'said'), 'Lina Vell')],
    '2017-06-02',
    'link/when-dated-visit',
  ],
  [
    'a dated visit of another person dates nothing',
    'Senator Ada Roe visited the flooded valley on Friday.\n\n"The bridge will reopen," Vell said.',
    (t) => [by(quote(t, 'direct', 'The bridge will reopen,', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    'a dated event that is no occasion to speak dates nothing',
    'Mayor Lina Vell was arrested on Friday.\n\n"I am innocent," she said.',
    (t) => [by(quote(t, 'direct', 'I am innocent,', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    'a later date between the visit and the quote blocks it',
    'Mayor Lina Vell visited the flooded valley on Friday. The dam had burst in March.\n\n"The bridge will reopen," she said.',
    (t) => [by(quote(t, 'direct', 'The bridge will reopen,', 'said'), 'Lina Vell')],
    null,
    null,
  ],
  [
    'a statement the sentence before narrates: "lashed out … Friday night"',
    'Mayor Lina Vell lashed out at the council Friday night, accusing it of neglect. Vell said the bridge had been unsafe for years.',
    (t) => [by(quote(t, 'indirect', 'the bridge had been unsafe for years', 'said'), 'Lina Vell')],
    '2017-06-02',
    'link/when-dated-visit',
  ],
  [
    'a quote placed at an occasion ("told delegates") an earlier sentence dates',
    'Leaders of ten states met in Dunmore on Friday for a summit on trade.\n\nThe talks focused on tariffs.\n\n"We must act now," Premier Aro Vell told delegates.',
    (t) => [quote(t, 'direct', 'We must act now,', 'told delegates')],
    '2017-06-02',
    'link/when-event-earlier',
  ],
  [
    'a quote "at the opening" of a bridge an earlier sentence opened on a day',
    'The new bridge was opened on Friday.\n\nIt cost four million dollars.\n\n"It is a great day," Mayor Lina Vell said at the opening.',
    (t) => [quote(t, 'direct', 'It is a great day,', 'said')],
    '2017-06-02',
    'link/when-event-earlier',
  ],
  [
    'an occasion still to come dates nothing',
    'Leaders of ten states will meet in Dunmore on Friday for a summit on trade.\n\n"We must act now," Premier Aro Vell told delegates.',
    (t) => [quote(t, 'direct', 'We must act now,', 'told delegates')],
    null,
    null,
  ],
  [
    "a quote placed at no occasion takes no earlier occasion's date",
    'Leaders of ten states met in Dunmore on Friday for a summit on trade.\n\n"We must act now," Premier Aro Vell said.',
    (t) => [quote(t, 'direct', 'We must act now,', 'said')],
    null,
    null,
  ],
  [
    'another date after the occasion blocks it',
    'Leaders of ten states met in Dunmore on Friday for a summit on trade.\n\nA first round failed in March.\n\n"We must act now," Premier Aro Vell told delegates.',
    (t) => [quote(t, 'direct', 'We must act now,', 'told delegates')],
    null,
    null,
  ],
];

for (const [name, text, quotes, when, rule] of LAST_QUOTE_CASES) {
  test(`when: ${name}`, () => {
    const q = dated(text, quotes).at(-1);
    assert.ok(q);
    assert.equal(q.when, when);
    assert.equal(q.whenRule, rule);
  });
}

const AFTER_PUBLICATION: Array<[string, string | null, boolean]> = [
  ['2017-06-07', '2017-06-04', true],
  ['2018', '2017-06-04', true],
  ['2017-06', '2017-06-04', false],
  ['2017-06-04', '2017-06-04', false],
  ['2017-05-31', '2017-06-04', false],
  ['2017-06-07', null, false],
];
for (const [when, published, after] of AFTER_PUBLICATION) {
  test(`when: ${when} is ${after ? '' : 'not '}after publication ${published}`, () => {
    assert.equal(isAfterPublication(when, published), after);
  });
}
