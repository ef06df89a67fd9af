import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3's general error classes, each with invented sentences, through the whole chain (entity layer included).
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a partial quote after a judging passive "singled out by <role>, <name>, for": the agent',
    'Two schools were singled out by the chief inspector, Ida Marsk, for failing to teach the "basic duties of care".',
    ['Ida Marsk'],
  ],
  [
    'a partial quote after "criticised by <name> for": the agent',
    'The council was criticised by Ida Marsk for its "slow and careless response to the flood".',
    ['Ida Marsk'],
  ],
  [
    'a judging passive whose "for" phrase reports the subject\'s own words: the subject',
    'Piet Varnholm was attacked by Ida Marsk for saying the cuts were "long overdue and fair".',
    ['Piet Varnholm'],
  ],
  [
    'a passive agent named before "who said": the agent, not the passive subject',
    'The levy was drafted by Ida Marsk who said in the chamber, "It is fair to every farmer."',
    ['Ida Marsk'],
  ],
  [
    'a passive agent with an appositive before "who said"',
    'The survey was led by Piet Varnholm, a geologist at Norland University, who said "The shelf is thinning fast."',
    ['Piet Varnholm'],
  ],
  [
    'a "who said" agent after a quoted speaker: the agent, not the earlier speaker',
    'Ida Marsk chairs the board. "We want the advice published," Ola Brandt said. The demand was rejected by Ms Marsk, who said: "Nothing has changed."',
    ['Ola Brandt', 'Ida Marsk'],
  ],
  [
    'a day word opening the sentence, the cue in a relative clause: its subject',
    'Yesterday, Mayor Ida Marsk released a tape in which a guard clearly says the gate "was never locked at night."',
    ['a guard'],
  ],
  [
    "a day word, the relative clause's indefinite subject named by an appositive: the name",
    'Yesterday, Mayor Ida Marsk released a tape in which someone, apparently Piet Varnholm, says the gate "was never locked at night."',
    ['Piet Varnholm'],
  ],
  [
    'a weekday and a time appositive before the subject: the pronoun is that subject',
    'Thursday, the day he left the race, Piet Varnholm endorsed Ida Marsk. "I back her fully," he said.',
    ['Piet Varnholm'],
  ],
  [
    'a role "at <firm>": the descriptor as written, not the firm',
    'Shares of Delmont Corp rose 2 dlrs. A trader at Keel Securities said the buyout talk was back.',
    ['a trader at Keel Securities'],
  ],
  [
    'a role "with <firm>" after the quote: the descriptor, not the firm',
    '"The buyout talk is back," an analyst with Pellow Brothers said.',
    ['an analyst with Pellow Brothers'],
  ],
  [
    'an inverted cue with a role "at <firm>"',
    'Bond prices fell for a third day, said an economist at Harwood Bank.',
    ['an economist at Harwood Bank'],
  ],
  [
    'a plural role opening the sentence "at <firm>": the descriptor in lower case',
    'Analysts at Keel Securities estimated that the company would earn 2.10 dlrs a share. The analysts were cautious.',
    ['analysts at Keel Securities'],
  ],
  [
    '"the head of <firm>" with nobody named: the descriptor, not the firm',
    'The head of the Harwood Bank said rates would rise.',
    ['the head of the Harwood Bank'],
  ],
  [
    'a name after the role and the firm: the person',
    'Chief economist at Harwood Bank Ann Tull said rates would rise.',
    ['Ann Tull'],
  ],
  [
    '"Shares of <firm>" is no name: "the company" is the firm',
    'Shares of Norvel Corp fell 2 dlrs after the company said profits would drop. Traders sold 2 mln shares.',
    ['Norvel Corp'],
  ],
  [
    'a long descriptor, then the name between commas',
    'The head of the relief mission to Freedonia, Karl Brandt, said the plan was sound.',
    ['Karl Brandt'],
  ],
  [
    '"It found" after a survey spoke: the survey\'s issuer',
    'Oslo is the dearest city for business travellers, a survey by Employment Conditions Abroad said. It found that visitors spend 300 dlrs a day.',
    ['Employment Conditions Abroad', 'Employment Conditions Abroad'],
  ],
  [
    '"he" after an organisation found through "the company": not the organisation',
    'Norvel Corp estimated its losses at 3 mln dlrs. The company revealed that its chief had resigned. Ron Tavish denied that he had known about the deal. He acknowledged the plan was late.',
    ['Norvel Corp', 'Ron Tavish', 'Ron Tavish'],
  ],
  [
    'a quote after a narration sentence whose subject is a surname named in full before',
    'For 9 dlrs a night, Scott Perry, a teacher from Otago, shares a room in the hostel.\n\nPerry has budgeted 30 dlrs a day. "Normally I eat noodles but sometimes I splurge on pizza."',
    ['Scott Perry'],
  ],
  [
    '"Another said", then "he said": the same unnamed source',
    '"It is a case of euphoria," said one trader. Another said the offer was too low. "It is a hodge-podge of businesses," he said.',
    ['one trader', 'Another', 'Another'],
  ],
  [
    'a statement "to" the exchange speaks for its issuer, not the exchange',
    "Harbour United plc has received a takeover approach. Harbour United's statement to the stock exchange said the board had received an offer.",
    ['Harbour United'],
  ],
  [
    '"he" right after an unnamed source at a firm: that source',
    'An analyst at Smith Barney Securities said the bid was too low.\n\n"Management will fight this," he said.',
    ['an analyst at Smith Barney Securities', 'an analyst at Smith Barney Securities'],
  ],
  [
    '"she" after "one of them": still one of them, not the name before',
    'Ann Turpin has nine children. One of them went as far as to say, "It made me the person I am today." She said the house was cold.',
    ['one of them', 'one of them'],
  ],
  [
    '"quoted in <paper> saying": the one quoted, not the paper',
    'Party official John Hale was quoted in the Courier newspaper saying: "I feel the party has over-reacted."',
    ['John Hale'],
  ],
  [
    '"He" opening the sentence after one that introduces a man in full',
    'Ann Kerr said the fires were the work of agents. The programme also heard from Lord Bryce of Tywyn, who was a minister at the time. He denied that the agents played any role.',
    ['Ann Kerr', 'Lord Bryce of Tywyn'],
  ],
  [
    'not a person named inside what the last speaker said',
    "Tom Healy said chairman Roger Smith had been hinting at a buyback. He said the plan was similar in size to Ford's.",
    ['Tom Healy', 'Tom Healy'],
  ],
  [
    'not a person of the other gender: "She" stays with the woman who spoke',
    'Clara Vance said the ferry would run all winter. The plan was first put forward by Tomas Reid. She said the crews were ready.',
    ['Clara Vance', 'Clara Vance'],
  ],
  [
    'a role before the name opening the narration: "Union leader Ron Tavish blamed …"',
    '"We will not give in," said Ann Lee, the minister. The talks collapsed on Sunday. Union leader Ron Tavish blamed the government.\n\n"They never wanted a deal," he said.',
    ['Ann Lee', 'Ron Tavish'],
  ],
  [
    'a colon after "<name>\'s message was clear": the one whose message it is',
    'Ann Lee\'s message was clear: "We will not give in to threats."',
    ['Ann Lee'],
  ],
  [
    'a quote after a narration sentence whose subject has appositives',
    'Ann Lee, 45, a teacher from Leeds, was among the protesters. "We will not give in to threats."',
    ['Ann Lee'],
  ],
  [
    'a relation, then a first name between commas; a reported clause with an appositive and a dashed aside',
    "The parents of Tom Hale blamed the game. His mother, Gwen, said her son's killer, Ray Dunn, 17 - who was jailed for life in May - had copied the game.",
    ['Gwen'],
  ],
  [
    '"It" opening a sentence: the organisation that opened the sentence before, not its object',
    'The European Commission fined Norvel Corp 50 mln euros on Monday. It said the company had fixed prices for a decade.',
    ['European Commission'],
  ],
  [
    '"it" not opening its sentence keeps the other rules: the company just named',
    'Shares of Norvel Corp rose 2 dlrs. Traders sold 2 mln shares after the company said it would cut jobs.',
    ['Norvel Corp'],
  ],
  [
    '"he said only:" before the next paragraph\'s quote',
    'Norvel Corp chairman Ron Tavish said the company would cut 400 jobs. He said only:\n\n"There is no other way."',
    ['Ron Tavish', 'Ron Tavish'],
  ],
  [
    'a quote paragraph with no attribution after an attributed one',
    '"We will fight this," said Ira Holm, the union\'s general secretary.\n\n"Our members have had enough of broken promises."',
    ['Ira Holm', 'Ira Holm'],
  ],
  [
    'a quote embedded in a narration sentence with a named subject: that person, not the previous speaker',
    '"We will keep the port open," said Ira Holm, the union leader.\n\nMayor Ada Rilke, for her part, is calling the strike "a reckless gamble with the jobs of thousands of families".',
    ['Ira Holm', 'Ada Rilke'],
  ],
  [
    'a clause opening with a subordinate clause, then the subject and a colon before the quote',
    '"We will keep the port open," said Ira Holm, the union leader.\n\nWhen the strike ended, Mayor Ada Rilke released the following statement: "The city thanks every worker for their patience."',
    ['Ira Holm', 'Ada Rilke'],
  ],
  [
    'a colon after "was asked": not the one asked',
    '"We will keep the port open," said Ira Holm, the union leader.\n\nLater that day, Mayor Ada Rilke was asked: "Will the port stay open through the winter?"',
    ['Ira Holm', 'Ira Holm'],
  ],
  [
    'a quote embedded after a pronoun subject keeps the previous speaker',
    '"We will keep the port open," said Ira Holm, the union leader. He is calling the strike "a fight for the jobs of thousands of families".',
    ['Ira Holm', 'Ira Holm'],
  ],
];

testSpeakers('speakers: issue 3 error classes', CASES);
