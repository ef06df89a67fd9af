import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen US campaign news (party nominees, running mates, interview replies, a pronoun
// in a subordinate clause, "according to" polling), with invented sentences, through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"the Democratic nominee" after "Democratic candidate Lena Marsh": the one the party and role name',
    'Democratic candidate Lena Marsh held a rally in Keel. "Our campaign is about families," the Democratic nominee said.',
    ['Lena Marsh'],
  ],
  [
    '"the GOP nominee" after "Walter Grange, the Republican presidential nominee,": GOP is the Republican party',
    'Walter Grange, the Republican presidential nominee, spoke in Dayton. "We will win this state," the GOP nominee told supporters.',
    ['Walter Grange'],
  ],
  [
    "two people given the party's role: the descriptor as written",
    'Republican candidate Walter Grange and Republican candidate Ted Vance met in Keel. "I disagree with him strongly," the Republican nominee said.',
    ['the Republican nominee'],
  ],
  [
    "only the other party's candidate named: the descriptor as written",
    'Democratic candidate Lena Marsh held a rally in Keel. "We will win this state," the Republican nominee said.',
    ['the Republican nominee'],
  ],
  [
    '"the GOP nominee tweeted" right after the narration names Walter Grange: him',
    'Lena Marsh took to the stage on Tuesday.\n\nWalter Grange fired back. "Crooked Lena is a total disaster!" the GOP nominee tweeted.',
    ['Walter Grange'],
  ],
  [
    '"the real estate mogul said" after the sentence that names him: him',
    'Republican nominee Walter Grange spoke in Ohio. Speaking to supporters, the real estate mogul said, "We will win this state big."',
    ['Walter Grange'],
  ],
  [
    '"the Republican nominee" after a subject the article marks (D-Ohio): the descriptor as written',
    'Lena Marsh (D-Ohio) attacked Walter Grange on Monday. "He is unfit to serve as president," the Republican nominee said.',
    ['the Republican nominee'],
  ],
  [
    'a mayor as the subject just before, the story about a candidate named more: the descriptor as written',
    'Walter Grange attacked the city on Monday. Grange called upon Mayor Tom Vell to act. Grange said more. Vell disbanded the unit in April.\n\n"There is hatred like nobody has ever seen," the Republican presidential candidate said.',
    ['the Republican presidential candidate'],
  ],
  [
    '"hosts Ann Lee and Tom Reid, the Democratic candidate stated": the hosts are not the candidate',
    'In an interview with hosts Ann Lee and Tom Reid, the Democratic presidential candidate stated that the plan does not "fit with what I knew about it."',
    ['the Democratic presidential candidate'],
  ],
  [
    '"according to the Zeta polling average": a name\'s own words, not cut to "polling"',
    'The senator is up nine points in Keel, according to the Zeta polling average.',
    ['Zeta'],
  ],
  [
    '"the presumptive Republican presidential nominee wrote" after "Grange said" in the sentence before: him',
    'Walter Grange called for Justice Ada Kell to resign. Lashing out, Grange said the justice\'s "mind is shot."\n\n"Justice Kell has embarrassed all by making very dumb statements," the presumptive Republican presidential nominee wrote in a tweet. Kell declined to comment. Grange spoke again.',
    ['Walter Grange', 'Walter Grange'],
  ],
  [
    '"the GOP front-runner" after a sentence naming two people: the descriptor as written',
    'Walter Grange and Ted Vance spoke in Keel on Sunday.\n\nAppearing on TV, the GOP front-runner said the plan "caused tremendous harm abroad."',
    ['the GOP front-runner'],
  ],
  [
    '"X was asked by host Y, …, “…?”": the host asks',
    'Ann Lee was asked by host Tom Maher, who backs her, "Now, that story has moved a little bit, has it not?"\n\nLee responded, "It has. But this is what I think."',
    ['Tom Maher', 'Ann Lee'],
  ],
  [
    '"X was asked, “…?”" with no asker named: unchanged',
    'Ann Lee was asked, "If you had known, would you have told her it was not a good idea?" She answered, "I have no idea at all."',
    ['Ann Lee', 'Ann Lee'],
  ],
  [
    '"he said" after two questions the writer asks: the one quoted before, not a question\'s subject',
    '"That will leave the next mayor with many vacancies," Tom Vell said.\n\nBut what if Ann Lee wins? Don\'t Republicans run the risk of her picking more liberal judges?\n\n"Ann should just do whatever she wants to do," he said.',
    ['Tom Vell', 'Tom Vell'],
  ],
  [
    '"he said" in the paragraph of a one-word name\'s report: that name, not a person named in full before',
    'Walter Grange went with the odds, pointing out that Keel would win the final.\n\nVance openly admitted that his pick was politically motivated, looking to the primary in Keel. "With an eye to February 20th, Keel," he said.',
    ['Walter Grange', 'Vance', 'Vance'],
  ],
  [
    'a person named in full between the one-word name\'s report and "he said": not the one-word name',
    'Vance openly admitted that his pick was politically motivated. Walter Grange laughed at the answer. "With an eye to February 20th, Keel," he said.',
    ['Vance', 'Walter Grange'],
  ],
  [
    '"the candidates" (a plural) after a named subject: not the subject',
    'Walter Grange spoke in Ohio on Monday. The candidates said the debate would go ahead.',
    ['the candidates'],
  ],
  [
    '"Grange\'s running mate" after "his running mate, Norland Gov. Carl Pence": the running mate named',
    'Walter Grange and his running mate, Norland Gov. Carl Pence, spoke on Monday. "We are ready to lead," Grange\'s running mate said.',
    ['Carl Pence'],
  ],
  [
    '"Grange\'s campaign manager" after "Grange campaign manager Kelly Conlan": the manager named',
    'Grange campaign manager Kelly Conlan spoke on Monday. "The polls are wrong," Grange\'s campaign manager said.',
    ['Kelly Conlan'],
  ],
  [
    "another candidate's running mate named: the descriptor as written",
    'Lena Marsh and her running mate, Tim Kell, spoke on Monday. "We are ready to lead," Grange\'s running mate said.',
    ["Grange's running mate"],
  ],
  [
    '"he replied" right after a question asked: the one asked, not the asker',
    '"We need to build the wall," Grange told host Bill Hanley on Tuesday. Hanley asked, "How will you pay for it?" "Mexico will pay for it," he replied.',
    ['Grange', 'Bill Hanley', 'Grange'],
  ],
  [
    '"she responded" after "X asked Y,": the one the cue names',
    '"We need a wall," Walter Grange said. Tom Hanley asked Lena Marsh, "What do you think?" "It is a bad idea," she responded.',
    ['Walter Grange', 'Tom Hanley', 'Lena Marsh'],
  ],
  [
    '"he replied" after a statement, not a question: the one who spoke before',
    '"We need to build the wall," Grange told host Bill Hanley on Tuesday. "That will cost a lot," Hanley said. "Mexico will pay for it," he replied.',
    ['Grange', 'Bill Hanley', 'Bill Hanley'],
  ],
  [
    '"because she said" after a clause opened by a named woman: her, not the woman quoted before',
    '"This is a turning point for us," said Dana Whitlow, president of Parents United.\n\nThe Norland legislature passed a ban; Republican Gov. Karen Albee, who opposes the ban, vetoed the bill because she said it was unconstitutional.',
    ['Dana Whitlow', 'Karen Albee'],
  ],
  [
    '"because she said" after a clause opened by a named man: not him',
    '"This is a turning point for us," said Dana Whitlow, president of Parents United.\n\nGov. Tom Albee vetoed the bill because she said it was unconstitutional.',
    ['Dana Whitlow', 'Dana Whitlow'],
  ],
  [
    '"according to preliminary exit polling reported by": the head noun the quote finder cut off',
    'Most Norland voters backed the plan, according to preliminary exit polling reported by Zeta News.',
    ['preliminary exit polling'],
  ],
  [
    '"according to exit polling released on Tuesday": without the participle',
    'The senator has lost support among young voters, according to exit polling released on Tuesday.',
    ['exit polling'],
  ],
  [
    '"according to the Norland Courier": unchanged',
    'The vote will be delayed until the autumn, according to the Norland Courier.',
    ['Norland Courier'],
  ],
];

testSpeakers('speaker classes of unseen US campaign news', CASES);
