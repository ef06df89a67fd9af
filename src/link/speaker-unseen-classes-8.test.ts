import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen wire, sport and entertainment texts (round 8), with invented sentences, through
// the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  // link/speaker-head-before-preposition: a word spreading the phrase over a list before the preposition
  [
    '"Traders both in Marlow and Port Keswick said": the traders, not the two towns',
    'Prices fell on Tuesday. Traders both in Marlow and Port Keswick said the selling was driven by fears of a levy.',
    ['traders both in Marlow and Port Keswick'],
  ],
  [
    '"Traders in Marlow and Port Keswick said": as before',
    'Prices fell on Tuesday. Traders in Marlow and Port Keswick said the selling was driven by fears of a levy.',
    ['traders in Marlow and Port Keswick'],
  ],
  // link/speaker-shadow-role-subject
  [
    '"Tom Vell, for the Tories, attacked …. The shadow chancellor said": Tom Vell',
    'Chancellor Ian Rudd froze fuel duty. But Tom Vell, for the Tories, attacked the debt. The shadow chancellor said the rule had failed.',
    ['Tom Vell'],
  ],
  [
    '"Chancellor Ian Rudd froze …. The shadow chancellor said": no one the text names (the chancellor is not his shadow)',
    'Chancellor Ian Rudd froze fuel duty on Monday. The shadow chancellor said the rule had failed.',
    ['the shadow chancellor'],
  ],
  // link/speaker-surname-office-holder
  [
    '"President Dan Vell … his son Eric Vell said …. ¶ … ¶ Vell tweeted": the president',
    'President Dan Vell met reporters on Monday. His son Eric Vell spoke at a rally in Lorne. Eric Vell said the campaign was strong. Eric Vell also said the crowds were big.\n\nThe rally drew 3,000 people. Roads were closed. Police made no arrests.\n\nVell tweeted that the press was unfair.',
    ['Eric Vell', 'Eric Vell', 'Dan Vell'],
  ],
  [
    '"… Eric Vell also said …. Vell tweeted": the namesake just named',
    'President Dan Vell met reporters on Monday. His son Eric Vell spoke at a rally in Lorne. Eric Vell also said the crowds were big. Vell tweeted that the press was unfair.',
    ['Eric Vell', 'Eric Vell'],
  ],
  [
    '"former President Bill Vell … his wife Hilda Vell …. Vell said": no sitting office, the entity layer\'s choice',
    'Former President Bill Vell spoke in Lorne for his wife Hilda Vell. Hilda Vell said the race was close. Hilda Vell said the polls were wrong.\n\nThe rally ended late. Roads were closed. Police made no arrests.\n\nVell said the state would be won.',
    ['Hilda Vell', 'Hilda Vell', 'Hilda Vell'],
  ],
  [
    '"Jeb Vell … President George Vell …. Vell said": a namesake of his own standing, not kin',
    'Jeb Vell campaigned in Lorne on Monday. Jeb Vell said the race was close. President George Vell stayed away. Jeb Vell said the polls were wrong.\n\nThe rally ended late. Roads were closed. Police made no arrests.\n\nVell said the state would be won.',
    ['Jeb Vell', 'Jeb Vell', 'Jeb Vell'],
  ],
  // link/speaker-demonym-epithet
  [
    '"… Dolan said. Dolan\'s striker Ivo Brandt is fit, but the Scot admitted": the manager who just spoke',
    'Norvale manager Marek Dolan said his side was ready. "It could be worse," Dolan said. Dolan\'s own striker Ivo Brandt is fit again, but the Scot admitted he was unsure whether to start him.',
    ['Marek Dolan', 'Marek Dolan', 'Marek Dolan'],
  ],
  [
    '"Tarn\'s Edu … The Brazilian confirmed": no one who spoke named there — as written',
    "Tarn's Edu has spoken about the scenes after Kelso United's win. The Brazilian confirmed tempers had flared.",
    ['the Brazilian'],
  ],
  [
    '"Tom Bell beat Ivo Brandt. The Swede said": two named, neither spoke — as written',
    'Tom Bell beat Ivo Brandt in the final on Sunday. The Swede said he had been tired.',
    ['the Swede'],
  ],
  // link/speaker-relative-who-said: a view's holder named before "who believes"
  [
    '"a view shared by Brandt, who believes “…”. “…” ": Brandt and the paragraph after',
    'Norvale manager Marek Dolan said the side had a chance. It is a view shared by striker Ivo Brandt, who believes "if we can get past Kelso, we have a great chance".\n\n"As soon as I knew we were playing Kelso, I got excited."',
    ['Marek Dolan', 'Ivo Brandt', 'Ivo Brandt'],
  ],
  // link/speaker-name-before-appositive: two roles joined by "and"
  [
    '"Owen Tarrant, council president and local activist said:": the name',
    'The report was published on Monday. Owen Tarrant, council president and local activist said: "The plan is simply wrong for the town."',
    ['Owen Tarrant'],
  ],
  [
    '"Ann Roe, a landlord and local activists said:": a group after "and" is not her second role',
    'The report was published on Monday. Ann Roe, a landlord and local activists said: "The plan is simply wrong for the town."',
    ['local activists'],
  ],
  // link/speaker-lead-one-named-next
  [
    '"A Norland leader said …. ¶ Deputy Premier Kel Varo told a news conference …": Kel Varo',
    "A Norland leader said the country's debt was rising but was not dangerous.\n    Deputy Premier Kel Varo told a news conference for foreign journalists the debt was 20 billion dlrs.",
    ['Kel Varo', 'Kel Varo'],
  ],
  [
    '"A Norland leader said …. ¶ The debt rose …": as written',
    "A Norland leader said the country's debt was rising but was not dangerous.\n    The debt rose by a third last year.",
    ['a Norland leader'],
  ],
  [
    '"A presidential spokesman said …. ¶ Finance Minister Dan Vell said …": a spokesman is not the minister',
    'Norland is preparing a new economic plan, ministry sources said.\n    A presidential spokesman said the president had asked for the plan.\n    Finance Minister Dan Vell said the plan would protect growth.',
    ['ministry sources', 'a presidential spokesman', 'Dan Vell'],
  ],
  [
    '"A government spokesman said …. ¶ Chief spokesman Dan Vell told …": the spokesman named',
    'A government spokesman said the talks had failed.\n    Chief spokesman Dan Vell told reporters the talks would resume.',
    ['Dan Vell', 'Dan Vell'],
  ],
  // link/speaker-narration-subject: a name written surname first, its first word alone
  [
    '"Deputy Premier Han Liwei …. Finance Minister Zhou Bing said …. Han took the opposite view. “…,” he said": Han Liwei',
    'Deputy Premier Han Liwei told a news conference the debt was 20 billion dlrs.\n    Finance Minister Zhou Bingwen said on Thursday that borrowings would double.\n    Han took the opposite view. "It is not enough to rely on our own funds," he said.',
    ['Han Liwei', 'Zhou Bingwen', 'Han Liwei'],
  ],
  // link/speaker-lead-one-named-next: a wire lead's one person described, then named with an age
  [
    '"A friend of the mayor\'s attacker said …. Ada Kellin, 22, has pleaded …": Ada Kellin',
    "Taking the stand on Friday, a friend of the mayor's attacker said that she regretted calling the mayor a traitor. Ada Kellin, 22, has pleaded innocent to the charges.",
    ['Ada Kellin'],
  ],
  [
    '"…, according to a newspaper report. Tom Kopp, 44, was seen …": a document, not the man',
    'The activist wanted for questioning may have fled to Norland, according to a newspaper report. Tom Kopp, 44, of Lorne, was seen crossing the border days later.',
    ['a newspaper report'],
  ],
  // link/speaker-pronoun-named-introduced
  [
    '"… wrote Tom Jacobs. ¶ The woman … named Carla. ¶ “…,” she said": Carla',
    'The remark made waves. "It was the first time a candidate used such a phrase," wrote Tom Jacobs in The Ledger.\n\nThe woman who started it all identified herself to KTV as a Lorne resident named Carla.\n\n"He truly cares about the people," she said of Vell.',
    ['Tom Jacobs', 'Carla'],
  ],
  [
    '"… a man named Ed Roe. “…,” she said": not of her gender — the speaker before',
    'The hall was full. "We will win," said Ann Tull, the chairwoman.\n\nThe meeting was opened by a man named Ed Roe.\n\n"It was a good night," she said.',
    ['Ann Tull', 'Ann Tull'],
  ],
  // link/speaker-impersonator
  [
    '"the comic Alan Corwin … “…?” asked Corwin\'s Brack in the sketch": the performer',
    'President Dan Brack was mocked again on Saturday night by the comic Alan Corwin. "Are we ready for the wall?" asked Corwin\'s Brack in the sketch.',
    ['Alan Corwin'],
  ],
  [
    '"Alan Corwin, playing Brack, asked:": the performer, as before',
    'President Dan Brack was mocked again on Saturday night. Alan Corwin, playing Brack, asked: "Are we ready for the wall?"',
    ['Alan Corwin'],
  ],
];

testSpeakers('speaker classes found on unseen texts (round 8)', CASES);
