// A pronoun goes to an antecedent of its kind: "he"/"she" to one person (not a firm, a group or a description's
// start), "it" to an organisation or document (not a spokesman, not "auditors"), and to the described person
// who is the subject just before it (speaker/pronoun-descriptor-subject), "They" to the plural group that is
// (speaker/pronoun-plural-subject); a role of a named place or body ("The Archbishop of Tarnby") goes to the
// person just quoted or most talked about only when a sentence names them with it. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"he" after "but the spokesman declined …": the unnamed official quoted, not "Another Norland Firm"',
    'Norvel Motor Corp is likely to name more local suppliers for its plant, a Norvel official told the Daily Post.\n\nNorvel is studying the use of Keel Parts Inc as a supplier of motors, he said. Another Norland Firm may be used to supply radiator tanks.\n\nNorvel is also considering some other Norland firms as suppliers, but the spokesman declined to name them.\n\nCars produced at the new plant will have 60 pct local content, he said.',
    ['a Norvel official', 'a Norvel official', 'a Norvel official'],
  ],
  [
    '"He" after "A Tarn Electric official said …": the official, not the firm in the description',
    "A Tarn Electric official said the company's new computer does not infringe any copyrights. He said the company intends to sell the machines from late April.",
    ['a Tarn Electric official', 'a Tarn Electric official'],
  ],
  [
    '"He" after "…, the Canadian banker said": the banker who spoke, not the minister he met',
    'Bank of Tarn chairman Hugo Lindahl arrived in Brasilia on Monday.\n\nSpeaking after a meeting with Finance Minister Olav Brekke, the Canadian banker said he had offered to convert the debt. He said the minister was impressed with the offer.',
    ['Hugo Lindahl', 'Hugo Lindahl'],
  ],
  [
    '"she" after a first name introduced with an appositive',
    'Lisbeth, a mother of three, said she had not been paid for months. Her forms have twice been lost, she said.',
    ['Lisbeth', 'Lisbeth'],
  ],
  [
    '"It" after a bank spokesman and "The bank had …": the bank, named in full',
    'The Keel Bank has paid out the arrears from three auctions, a bank spokesman said.\n\nThe bank had not paid any private firms since it suspended the auctions in January.\n\nIt has said the auctions were suspended because it planned a new system.',
    ['a bank spokesman', 'Keel Bank'],
  ],
  [
    '"It added" after the office reported what auditors found: the office, not the auditors',
    'Ten officials were suspended on Monday, the finance office said. It said auditors had found "serious gaps in the payroll of the ministry". It added that the staff in question "appear to have received unearned salaries".',
    ['the finance office', 'auditors', 'the finance office'],
  ],
  [
    '"he said" after a quote whose own sentence opens with a firm: the one quoted before, not the firm',
    '"Most shareholders of Norvel Exchange would rather have the money paid out in dividends," Mr Tarrant continued. Norvel Exchange is "trying to buy them off in a sense", he said.',
    ['Tarrant', 'Tarrant'],
  ],
  [
    '"Instead, …, he argued": the opening word of what was said is no subject',
    'Police chief Tom Reddick said the closure power had too little effect. He rejected calls for the law to be delayed. Instead, the new law could help reduce disorder, he argued.',
    ['Tom Reddick', 'Tom Reddick'],
  ],
  [
    '"She" after "One of the victims decided …": that victim, not the prosecutor quoted before',
    'Prosecutor Dana Welk said the victims had been used. One of the victims decided to allow her name to be made public. She said she did this to show others "there is nothing to be ashamed of".',
    ['Dana Welk', 'one of the victims'],
  ],
  [
    '"She" after "The minister was asked …": the name the role stands for',
    'Health Minister Ann Lee opened the new ward on Monday. The minister was asked about the waiting lists. She replies: "What is the point of that question?"',
    ['Ann Lee'],
  ],
  [
    '"She also said" after the head of an inquiry quoted: not "Both officers", a group',
    'Two drivers were hurt. Both officers were cleared of wrongdoing, the force said. The head of the inquiry told the court "Basic checks were not done." She also said "We were not called in time."',
    ['the force', 'the head of the inquiry', 'the head of the inquiry'],
  ],
  [
    '"he" after "Another Norland Firm may …": a description is no narration subject',
    'Tom Reid, the union leader, said the talks had failed. The Norvel Post quoted him on Monday. Another Norland Firm may join the talks. "We will not give up," he said.',
    ['Tom Reid', 'Tom Reid'],
  ],
  [
    '"They" after "But the Tories insisted …": the party, not the paper the entity layer joins it to',
    'Sources within the party told the Daily Post the leader had long backed the cards. But the Tories insisted they would hold ministers to account over the scheme. They said they would also press the government over the cost.',
    ['Daily Post', 'Tories', 'Tories'],
  ],
  [
    '"…, they said" after a sentence whose subject is a group: that group, not one named in the quote',
    'Norland leaders have openly blamed the Keel government for the rise of the crown. Keel officials were talking up the dollar, they said, but doing nothing about it.',
    ['Norland leaders'],
  ],
  [
    '"he" after "But the party\'s spokesman, Mark Oatley, accused …": the name set off after the role',
    'Home Secretary Charles Clerk said the plan would work. "There are other strands that we have to do," he said. But the Liberal party\'s home affairs spokesman, Mark Oatley, accused Mr Clerk of avoiding the main issue. "The critical issue is the principle," he told the Daily Post.',
    ['Charles Clerk', 'Charles Clerk', 'Mark Oatley'],
  ],
  [
    '"The Archbishop of Tarnby said" after a biographer quoted: a role of a named place, kept as written',
    '"It opened up a sense of disillusionment," said Ros Cowell, who wrote a biography of the princess. The Archbishop of Tarnby said: "I am pleased that they have decided to take this step."',
    ['Ros Cowell', 'the Archbishop of Tarnby'],
  ],
];

// Where the pronoun keeps the speaker it had.
const KEPT: SpeakerCase[] = [
  [
    '"Another official" is one person: a "he" two sentences on may be that official',
    'The minister left the meeting early. Another official said the budget would be cut by a tenth. The cuts will fall on roads. "Nobody here is surprised," he said.',
    ['Another official', 'Another official'],
  ],
  [
    'a place that looks like a first name ("Washington") is no "he"',
    '"We are just pointing this out," said Commerce Secretary Mark Baldwin. Asked if the plan could work without the change, which Washington has been urging for months, Baldwin declined to comment. "We have no target for any currency," he said.',
    ['Mark Baldwin', 'Mark Baldwin'],
  ],
  [
    'a spokeswoman as the subject just before is no "he"',
    'Tom Varga said the budget gap was growing. The spokeswoman for the party declined to comment. "We will close it this year," he said.',
    ['Tom Varga', 'Tom Varga'],
  ],
  [
    '"It said" after a firm\'s report stays the firm',
    'Keel Motors said its profit rose 12 pct last year. It said sales in Norland had doubled.',
    ['Keel Motors', 'Keel Motors'],
  ],
  [
    'a described subject followed by a name in its sentence is left to the other rules',
    'The spokesman said Tom Reid had resigned on Friday. He said the board would meet next week.',
    ['the spokesman', 'the spokesman'],
  ],
  [
    'a plural capitalised only to open its sentence ("Results showed …") is no group for "They"',
    'The Keel Institute studied the flies for a year, the institute said. Results showed the flies hovered over both coats at the same rate. They found the flies had trouble landing on the striped cloth.',
    ['Keel Institute', 'Keel Institute'],
  ],
  [
    '"they added" goes on from the group quoted before, not the subject just before',
    'Some analysts said the row could hurt output. Beet growers have threatened to dump sugar into the stores. The budget is stretched to breaking point, they added.',
    ['some analysts', 'some analysts'],
  ],
  [
    '"he" after "A close aide to the prime minister has said …" stays the aide, not the prime minister',
    'The talks ended on Friday, Prime Minister Ola Brandt said. A close aide to the prime minister has said the tax will have little effect on the vote. In the assembly races, even party candidates oppose the tax, he said.',
    ['Ola Brandt', 'a close aide to the prime minister', 'a close aide to the prime minister'],
  ],
  [
    'a role of a named party goes to the one quoted before when a sentence names them with the party',
    'The Norland Party leader, Ann Tull, spoke on Monday. "We will win," she said. The Norland Party\'s parliamentary leader argued that the law was clear.',
    ['Ann Tull', 'Ann Tull'],
  ],
];

testSpeakers('speakers: a pronoun goes to an antecedent of its kind', CASES);
testSpeakers('speakers: a pronoun keeps an antecedent of its kind', KEPT);
