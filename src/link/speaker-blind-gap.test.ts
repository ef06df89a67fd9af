import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Blind-gap constructions (issue 3), each with invented sentences, through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  // speaker-narration-subject: a conjunction or time phrase before the subject
  [
    '"He said" after a sentence opening "But <title> <name> told …"',
    'Ray Fenn, the trade envoy, said the fund was a good idea.\n\nBut Norland Finance Minister Tomas Brandvik told the radio that one plan was needed. He said the money promised had not yet been paid.',
    ['Ray Fenn', 'Tomas Brandvik', 'Tomas Brandvik'],
  ],
  [
    '"when he said" after "<title> <name> last week acknowledged"',
    '"The money will stay here," Ray Fenn said.\n\nCentral bank governor Tomas Brandvik last week acknowledged the pressure when he said officials could not take their "eyes off the krone" for long.',
    ['Ray Fenn', 'Tomas Brandvik'],
  ],
  // speaker-from-pronoun: the person named in the sentence before, by surname alone, after a time phrase
  [
    '"At first he said" after "The claims were put to <surname>"',
    'Tomas Brandvik and Ray Fenn clashed after the match. "He is a disgrace," Fenn said. "He never says sorry."\n\nThose claims were put to Brandvik after the game. At first he said only: "I have nothing more to add about that story."',
    ['Ray Fenn', 'Ray Fenn', 'Tomas Brandvik'],
  ],
  [
    '"He accepted" after a sentence ending with a person of no known first-name gender',
    "Lord Ellery of Brand, a minister then, was heard too. He denied that the police had a role. The theory was also questioned by the party's former leader, Dafydd Marrow. He accepted that the fires damaged the party.",
    ['Lord Ellery of Brand', 'Dafydd Marrow'],
  ],
  [
    'a possessor in the sentence before is not the subject the pronoun goes on from',
    '"It is very hard to lead from the back," said Ben Corrie.\n\nCorrie backed the coach, named after Sir Alan Tolley\'s exit. But he blamed "a lack of talent in the squad" for the losses.',
    ['Ben Corrie', 'Ben Corrie'],
  ],
  // speaker-role-appositive
  [
    'a role with the name in apposition after it',
    'According to the Ardmore mayor, Dee Brantley, during the weekend, police were checking whether the note was real.',
    ['Dee Brantley'],
  ],
  // speaker-lead-source
  [
    '"According to <source>, <clause>: “…”"',
    'Ray Fenn said the note was real.\n\nAccording to state attorney Ada Rilke, the note could help the case: "The key point is that it shows intent to frighten the town."',
    ['Ray Fenn', 'Ada Rilke'],
  ],
  // speaker-firm-role-name
  [
    'a firm, its parenthesis and a role before the person after an inverted cue',
    '"The ministry has been pushing hard across the industry," said Pellow Securities (Japan) associate vice president Karl Wendt.',
    ['Karl Wendt'],
  ],
  [
    'a firm, its parenthesis, a company suffix and a role before the person',
    '"This is of no benefit to anyone either," said Harwood Fleming (Securities) Ltd analyst Nils Ekdahl.',
    ['Nils Ekdahl'],
  ],
  // speaker-asked-clause
  [
    '"when asked whether … replied:" — not a word of the question',
    'Tom Bellweather, the singer, chased the burglar on Monday. The singer did not want to talk about it but when asked whether he would do the same again replied: "Is the sky blue?"',
    ['Tom Bellweather'],
  ],
  [
    '"Asked whether …, <name> replied" keeps the name after the comma',
    'Mayor Ann Tull met protesters on Monday. Asked whether the mayor would resign, Tull replied: "Not this year, not next year."',
    ['Ann Tull'],
  ],
  // speaker-trailing-inverted-cue: "said one."
  [
    '“…,” said one. — one of the group, not the person quoted before',
    '"It is like a tax scheme," said Tom Dobbs, head of Pellow KK. "As soon as you close one route, another opens."\n\nSome makers were annoyed by the pressure.\n\n"It is getting to be like a command economy," said one.',
    ['Tom Dobbs', 'Tom Dobbs', 'one'],
  ],
  // speaker-lead-inverted-cue
  [
    '"Commented another diplomat: “…”" — another source, not the one before',
    '"It was a smart move," one diplomat said. "This was better for the region."\n\nCommented another diplomat: "The neighbours must be relieved that the port was spared."',
    ['one diplomat', 'one diplomat', 'another diplomat'],
  ],
  // speaker-given-name
  [
    'a first name alone for the one person of the article it opens',
    'Singer Ozwald Brannigan chased a burglar from his home. Ozwald said he was "just coming to grips with what had happened" that night.',
    ['Ozwald Brannigan'],
  ],
  [
    '"His wife <first name>" for the person named in full elsewhere',
    'Ozwald Brannigan chased a burglar from his home. His wife Sharla, who called the police, said her rings were taken. Sharla Brannigan was asleep at the time.',
    ['Sharla Brannigan'],
  ],
  // speaker-document-owner: the issuer of the statement named just before
  [
    '"The statement said" after "<name> issued a statement"',
    'The Norvel Corp board met on Friday. Norvel Corp issued a statement on its website. The statement said its chief executive had resigned.',
    ['Norvel Corp'],
  ],
  [
    '"The statement also said" after "<name>, in a statement …", not a "Freedonian statement" named later',
    'Late on Sunday, President Ray Fenn, in a statement delivered by his aide, announced troops would leave. The statement also said the war had been won. A Freedonian statement later called it a betrayal.',
    ['Ray Fenn', 'Ray Fenn'],
  ],
  // speaker-former-member
  [
    '"the ex-<side>" is the person just quoted, not a person called so',
    '"It is very hard to lead from the back," said Ben Corrie. "Some are leaders and some are not."\n\nBut he blamed "a lack of talent in the squad" for the losses. And the ex-Wallaby added: "If they lose that, they will be in turmoil."',
    ['Ben Corrie', 'Ben Corrie', 'Ben Corrie', 'Ben Corrie'],
  ],
  // speaker-narration-subject: a speaker named after an inverted cue is the narration's person
  [
    '"he said" after a sentence ending "said <name>, <role>" — not an organisation named before',
    'Norvel Games, the biggest publisher, had nine titles in the chart.\n\n2024 was a "stellar year" said Ian Pettigrew, director of the trade body. "In a year with no new consoles, the market stayed strong," he said.',
    ['Ian Pettigrew'],
  ],
  // speaker-from-pronoun: "they" for the organisation opening the sentence before
  [
    '"They released a statement" after a sentence opened by an organisation with its acronym',
    'UNESCO said the change would need its approval.\n\nThis Thursday the Norland Commission on Religious Freedom (NCRF) also criticized the move. They released a statement which said, "The site bears deep meaning to many faiths and must stay open to all."',
    ['UNESCO', 'Norland Commission on Religious Freedom'],
  ],
  // speaker-document-owner: "Research has found" opening a sentence
  [
    '"Research has found that" → the owner of "the <name> research" named next',
    'Old phones have social benefits too.\n\nResearch has found that in poor nations old phones can help close the digital gap. The Norland Trust research found that cheap handsets are useful.',
    ['Norland Trust', 'Norland Trust'],
  ],
  // speaker-possessive-role
  [
    '"According to <paper>\' <role>": the role, not the paper',
    "The regulator tightened the rules. According to the Daily Times' Asia correspondent, the new rules show how sensitive the media sector is.",
    ["the Daily Times' Asia correspondent"],
  ],
  // speaker-from-pronoun: a trailing "they said" goes on from the group that spoke just before
  [
    '"…, they said." after "…, industry analysts said." — not the organisation inside the report',
    'Chipmakers are being pushed into line with the pact, industry analysts said.\n\nBut doubts remain over whether the Ministry of Trade, which is pressing the firms, can win, they said.',
    ['industry analysts', 'industry analysts'],
  ],
  // speaker-from-role: a rank before the role is another holder
  [
    '"the assistant coach" is not the coach named before',
    'Coach Ray Fenn praised his players. "We were sloppy in the second half," the assistant coach said.',
    ['the assistant coach'],
  ],
  [
    '"the deputy mayor" is the one named deputy mayor, not the mayor',
    'Deputy mayor Ann Tull and Mayor Ray Fenn met voters. "We will fix the roads," the deputy mayor said.',
    ['Ann Tull'],
  ],
  // speaker-group-list: a group, then the members it names
  [
    '"other retailers - including A, B and C - reported": the group, not one member',
    'Some chains had a poor Christmas. Yet other retailers - including Harwood, Pellow and Norvel - reported that festive sales were well up.',
    ['other retailers'],
  ],
  // speaker-relation-named: a relative named by first name and age only
  [
    '"his son said" after "Mr <surname>\'s son <first name>, <age>,"',
    '"We have had the tapes for years, and people should enjoy them," Mr Brannock\'s son Stephen, 57, said before the sale. Mr Brannock always made two tapes of each session. "He called them his spare tapes," his son said.',
    ['Stephen', 'Stephen'],
  ],
  // speaker-role-named-next
  [
    'a lead\'s "its chief has said" → the person the next sentence opens with',
    'Norvel bosses have held "constructive, professional and friendly" talks with Harwood, its chief has said.\n\nAnn Tull met Harwood chief executive Ray Fenn amid rumours of a higher bid.',
    ['Ann Tull'],
  ],
  // speaker-embedded-subject: a named subject's clause, a comma, then the quote
  [
    '"<name>, also on the radio, defended his decision, “…”" — not the speaker before',
    '"The fighters suffered heavy losses," Tom Dobbs wrote.\n\nRay Fenn, also on the radio, defended his decision, "As I have said before, the troops will come home this year."',
    ['Tom Dobbs', 'Ray Fenn'],
  ],
  [
    '"Senator <name> spoke on the radio, “…”"',
    '"The fighters suffered heavy losses," Tom Dobbs wrote.\n\nSenator Ann Tull spoke on the radio, "This is going to lead to more fighting in the region."',
    ['Tom Dobbs', 'Ann Tull'],
  ],
  // speaker-lead-source + speaker-document-owner: "According to a statement released by <source>, “…”"
  [
    'the issuer of the statement, not the source quoted before',
    'The army moved north. Tom Dobbs said the militia was backing the rebels.\n\nAccording to a statement released by Ray Fenn\'s office, "neutralizing the threat from the rebels" is an aim of the operation.',
    ['Tom Dobbs', "Ray Fenn's office"],
  ],
  // speaker-document-owner: a website speaks for its owner
  [
    '"The WHO\'s website said:" → the organisation the acronym stands for',
    'The virus was declared a pandemic by the World Health Organization (WHO). The WHO\'s website said: "No home remedy has been shown to cure the disease."',
    ['World Health Organization'],
  ],
  // speaker-narration-subject: in an exchange the one asked answers, not the one who asked
  [
    '"<asker> asked <name> if …" then "…," the <role> said',
    'Reporters asked Ray Fenn if the plant would close. "No decision has been made," the chief executive said.',
    ['Ray Fenn'],
  ],
  [
    '"<asker> asked the minister, <name>, whether …" then "…," she answered',
    'Tom Dobbs asked the minister, Ann Tull, whether the cuts were fair. "They are necessary," she answered.',
    ['Ann Tull'],
  ],
];

testSpeakers('speakers: blind-gap constructions', CASES);
