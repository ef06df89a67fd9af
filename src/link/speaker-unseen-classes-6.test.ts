import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen wire, broadcast and campaign texts (round 6), with invented sentences, through
// the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  // a list opened by a name the entity layer reads as a person's: the list speaks, not its first item
  [
    '"Harlow Mills and Brant & Sons said": the list',
    'Harlow Mills and Brant & Sons said they would cut prices.',
    ['Harlow Mills and Brant & Sons'],
  ],
  [
    '"Ann Lee and Tom Orr said": both (unchanged)',
    'Ann Lee and Tom Orr said they would cut prices.',
    ['Ann Lee and Tom Orr'],
  ],
  [
    '"Ann Tull and her lawyer said": not a list of names',
    'Ann Tull and her lawyer said the case was closed.',
    ['Ann Tull'],
  ],
  // a spokesperson "for" a principal set off by commas: the principal named, the spokesperson speaks
  [
    '"A spokesman for the prosecutor, Comptroller Ann Vale, said": the spokesman, as written',
    'A spokesman for the prosecutor, Comptroller Ann Vale, said the case was closed.',
    ['a spokesman for the prosecutor, Comptroller Ann Vale'],
  ],
  [
    '"a spokeswoman for the farm union, the Varn League, said": the spokeswoman, as written',
    'Prices will fall, a spokeswoman for the farm union, the Varn League, said on Monday.',
    ['a spokeswoman for the farm union, the Varn League'],
  ],
  [
    '"A spokesman for the mayor, Ann Vale, said": a bare name may be the spokesman\'s own (unchanged)',
    'A spokesman for the mayor, Ann Vale, said the case was closed.',
    ['Ann Vale'],
  ],
  // "his son" with a name, a comma and "his son said" after it: the name is the object before, not the son
  [
    '"… for Ada Hale, his son said …": no relative named, the descriptor as written',
    'As Tom Reid began mocking his rival Ada Hale, his son said the fight had just begun.',
    ['his son'],
  ],
  [
    '"his son said …" then "Cal Reid, son of the front-runner, …": the relative named later',
    'As Tom Reid began mocking his rival Ada Hale, his son said the fight had just begun. Cal Reid, son of the front-runner, spoke on Monday.',
    ['Cal Reid'],
  ],
  [
    '"Cal Reid, his son, said …": the relative named (unchanged)',
    'Tom Reid spoke first. Cal Reid, his son, said the fight had just begun. Later his son said it was over.',
    ['Cal Reid', 'Cal Reid'],
  ],
  // "he said" after a narration subject whose appositive holds a relative clause: the subject, not an earlier speaker
  [
    '"Carl Brisk, co-ordinator for the Lorne Trust which campaigns for savers on …, expressed doubts …. “…,” he said"',
    'Tom Orr said it was bad. Ann Vell said prices were high. "Buyers know it," she said. Carl Brisk, European co-ordinator for the Lorne Trust which campaigns for savers on many pension issues, expressed doubts that the plan would work. "Not one of these plans has worked," he said.',
    ['Tom Orr', 'Ann Vell', 'Ann Vell', 'Carl Brisk'],
  ],
  [
    '"Carl Brisk, a co-ordinator, …, she said": the other gender stays with the earlier speaker (unchanged)',
    'Ann Vell said prices were high. Carl Brisk, European co-ordinator for the Lorne Trust which campaigns for savers on many pension issues, expressed doubts that the plan would work. "Not one of these plans has worked," she said.',
    ['Ann Vell', 'Ann Vell'],
  ],
  // "the senator" after a fuller definite descriptor ("the independent Vermont senator") stood for a named person
  [
    '"the independent Tarn senator said … Hale asked … the senator said": the senator, not the asker',
    'Ada Hale has one backer. Tom Orr, meanwhile, said the backing speaks volumes. Six months ago, the independent Tarn senator said, the media ignored him. "Is that you?" Hale asked. "That would be me, yes," the senator said.',
    ['Tom Orr', 'Tom Orr', 'Ada Hale', 'Tom Orr'],
  ],
  [
    '"Senator Ola Brisk … the senator said": one titled so named since the descriptor (unchanged)',
    'Tom Orr said the backing speaks volumes. Later, the independent Tarn senator said the media ignored him. Senator Ola Brisk disagreed. "That is wrong," the senator said.',
    ['Tom Orr', 'Tom Orr', 'Ola Brisk'],
  ],
  // a name closing on an initial ("Malcolm X."), then a first name and surname before the cue: two names
  [
    '"… the example of Malcolm X. Ann Lee said …": Ann Lee',
    'He cited the example of Malcolm X. Ann Lee said the film was long.',
    ['Ann Lee'],
  ],
  ['"Ann B. Tull said …": a middle initial (unchanged)', 'Ann B. Tull said it was good.', ['Ann B. Tull']],
  // "Frank B. Tull and Co Inc": a firm of partners whole; "Brisk Iron and Steel Co": one firm's name
  [
    '"Frank B. Tull and Co Inc said": the firm',
    'Frank B. Tull and Co Inc said it had been sued.',
    ['Frank B. Tull and Co Inc'],
  ],
  // a body "for" a list of fields: one name, its commas and all
  [
    '"The Centre for Trade, Law and Policy issued a report. “…,” it said": the whole name',
    'The Centre for Trade, Law and Policy issued a report. "Tariffs will rise," it said.',
    ['Centre for Trade, Law and Policy'],
  ],
  [
    '"The Lorne Trade Centre issued a report. “…,” it said": a name with no list (unchanged)',
    'The Lorne Trade Centre issued a report. "Tariffs will rise," it said.',
    ['Lorne Trade Centre'],
  ],
  // "though he added" after a surname opening the clause, over whoever spoke last
  [
    '"Colt again criticized the media, though he added …": the clause\'s subject',
    'Ben Colt spoke. Tom Reid said there is a deal going on. In his interviews, Colt again criticized the media, though he added that the coverage has helped his campaign.',
    ['Tom Reid', 'Ben Colt'],
  ],
  [
    '"Colt criticized …, though he added …" when Colt is a woman: the one who spoke (unchanged)',
    'Ann Colt spoke. Tom Reid said there is a deal going on. Colt again criticized the media, though he added that the coverage has helped his campaign.',
    ['Tom Reid', 'Tom Reid'],
  ],
  // "the <role> of <place>": not one the text gives that role of another place, nor whoever spoke last
  [
    '"the president of Norland" after "Ann Berg, the president of the Tarn Council": as written',
    'Ann Berg, the president of the Tarn Council, spoke. Later the president of Norland admitted that his country had no money.',
    ['the president of Norland'],
  ],
  [
    '"the president of Norland" after "Jan Vos, the president of the Tarn Group" and an economist quoted: as written',
    'Tarn and Jan Vos, the president of the Tarn Group, were adamant that savers pay.\n\n"This explains the pressure," said Mr. Tom Dor, head of research at the Lorne School. "They can take the losses."\n\nMr. Dor notes that the current system was put in place after the panic.\n\nSo when the president of Norland admitted this week that his country did not have the money, a bond of trust was snapped.',
    ['Tom Dor', 'Tom Dor', 'Tom Dor', 'the president of Norland'],
  ],
  [
    '"the Archbishop of Lorne said" after "the Archbishop of Lorne, Dr Tom Wills": the holder (unchanged)',
    'The wedding will be followed by a service at which the Archbishop of Lorne, Dr Tom Wills, will preside. The Archbishop of Lorne said: "I am pleased that they have decided to take this step."',
    ['Tom Wills'],
  ],
  // an age makes any head a person's: "the 41-year-old chart-topper"
  [
    '"The 41-year-old chart-topper told reporters": the singer just quoted',
    'Singer Tom Vane has said a new film is the start of his retirement. "I thought I should explain myself," said Vane. The 41-year-old chart-topper told reporters that he wanted to rest.',
    ['Tom Vane', 'Tom Vane', 'Tom Vane'],
  ],
  // a name after the mention, in its own clause (the show the candidate told), holds no role of the mention
  [
    '"the Tarn presidential candidate told KTV\' Face the Show": not the show',
    'Ben Colt spoke. "There is no question," the Tarn presidential candidate told KTV\' Face the Show on Sunday, saying that people "are very threatened" by him.',
    ['Ben Colt', 'Ben Colt'],
  ],
  // "The aide added" after "The White House aide said": the fuller descriptor, as written; not another rank
  [
    '"The White House aide said …. The aide added …": the White House aide',
    'Tom Orr, a spokesman, said the plan was fine. The White House aide said of the plan, "it was not done to please Congress." The aide added, however, "it was an example of how we work."',
    ['Tom Orr', 'the White House aide', 'the White House aide'],
  ],
  [
    '"The shadow chancellor said …. the chancellor said …": not the shadow chancellor',
    'Chancellor Tom Orr spoke first. The shadow chancellor said the debt was high. Later the chancellor said he was providing an extra sum.',
    ['the shadow chancellor', 'Tom Orr'],
  ],
  // "But the analyst, Orr, said": a conjunction before the subject set off by its aside (quote finder)
  [
    '"Tom Orr, a trade specialist, said …. But the analyst, Orr, said …": both Tom Orr',
    'Tom Orr, a trade specialist, said it was bad. But the analyst, Orr, said the tariff was not in the best interests of the country.',
    ['Tom Orr', 'Tom Orr'],
  ],
];

testSpeakers('speaker classes from unseen texts (round 6)', CASES);
