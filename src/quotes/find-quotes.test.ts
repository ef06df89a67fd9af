import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

type Expected = { type: string; content: string; speaker: string | null; partial?: boolean; cue?: string };

// [construction, text, quotes expected in text order]
const CASES: [string, string, Expected[]][] = [
  [
    "a wire's company tag opening the reported clause",
    'Dorn Inc said <Tarn Holdings Corp> would buy the ferry unit.',
    [{ type: 'indirect', content: '<Tarn Holdings Corp> would buy the ferry unit', speaker: 'Dorn Inc' }],
  ],
  [
    "a wire's company tag as the source",
    '<Pell Varga Capital Corp> said it has started a tender offer for the shares.',
    [
      {
        type: 'indirect',
        content: 'it has started a tender offer for the shares',
        speaker: 'Pell Varga Capital Corp',
      },
    ],
  ],
  [
    'a cue after "but" shares the subject of the verb before an infinitive',
    'In May, the council pledged to lift the ban but said it was not ready to do so yet.',
    [{ type: 'indirect', content: 'it was not ready to do so yet', speaker: 'the council' }],
  ],
  [
    'a gerund of "be" opening the reported clause',
    'After the meeting, Ann Tull said being able to close bars for a day did not make an impact.',
    [
      {
        type: 'indirect',
        content: 'being able to close bars for a day did not make an impact',
        speaker: 'Ann Tull',
      },
    ],
  ],
  [
    'a one-word name set off after its descriptor, before the cue',
    'Norland has dropped its demand for bank guarantees, the state ferry company, Tarnline, said.',
    [
      {
        type: 'indirect',
        content: 'Norland has dropped its demand for bank guarantees',
        speaker: 'Tarnline',
      },
    ],
  ],
  [
    '… but a descriptor with "an" sets off the noun before it',
    'The fund will be run by Pell Finance, an affiliate of Dorn Bank, Ann Tull said.',
    [
      {
        type: 'indirect',
        content: 'The fund will be run by Pell Finance, an affiliate of Dorn Bank',
        speaker: 'Ann Tull',
      },
    ],
  ],
  [
    'a hearer whose name holds "and", before "that"',
    'Ann Tull told the Grain and Feed Association yesterday that margins are best set by the exchanges.',
    [{ type: 'indirect', content: 'margins are best set by the exchanges', speaker: 'Ann Tull' }],
  ],
  [
    'a participle after the one a paper quoted: the one quoted speaks',
    'The Dover Gazette quoted Ann Tull telling party members in Eldmoor that she wanted more ferries.',
    [{ type: 'indirect', content: 'she wanted more ferries', speaker: 'Ann Tull' }],
  ],
  [
    'a sentence adverb set off between subject and cue',
    'Wine makers in Dover, however, claimed the support did not go far enough.',
    [{ type: 'indirect', content: 'the support did not go far enough', speaker: 'Wine makers in Dover' }],
  ],
  [
    '… and before a verb whose participle reports',
    'The harbour board, meanwhile, sought to calm the row, saying the ferry would run.',
    [{ type: 'indirect', content: 'the ferry would run', speaker: 'the harbour board' }],
  ],
  [
    '"many of whom say": the group before the comma speaks',
    'The plan angered relatives of the crew, many of whom say the inquiry was too short.',
    [{ type: 'indirect', content: 'the inquiry was too short', speaker: 'relatives of the crew' }],
  ],
  [
    '"none of whom said" reports nothing',
    'The plan was put to the pilots, none of whom said it was safe.',
    [],
  ],
  [
    "a participle report after the comma inside a partial quote's closing mark",
    'Ann Tull insisted the rows were "no problem for the voters," adding there was no sign of panic.',
    [
      { type: 'direct', content: 'no problem for the voters,', speaker: 'Ann Tull' },
      { type: 'indirect', content: 'there was no sign of panic', speaker: 'Ann Tull' },
    ],
  ],
  [
    'a participle report after an inverted cue and its speaker',
    '"We are not worried," said Bo Lind, adding that the firm was strong.',
    [
      { type: 'direct', content: 'We are not worried,', speaker: 'Bo Lind' },
      { type: 'indirect', content: 'the firm was strong', speaker: 'Bo Lind' },
    ],
  ],
  [
    "a later partial quote in the same clause has the earlier one's cue",
    'Ann Tull said recovery hinged on "clean water and food" being "properly and quickly delivered".',
    [
      { type: 'direct', content: 'clean water and food', speaker: 'Ann Tull' },
      { type: 'direct', content: 'properly and quickly delivered', speaker: 'Ann Tull' },
    ],
  ],
  [
    '… also after a short quoted term, and the clause is then left to the quote',
    'Bo Lind said the board had no "real say" in the report "as it usually does."',
    [{ type: 'direct', content: 'as it usually does.', speaker: 'Bo Lind' }],
  ],
  [
    '… but not across a verb of its own',
    'Bo Lind said the plan was "a costly mistake" and rivals made it "a road to nowhere".',
    [{ type: 'direct', content: 'a costly mistake', speaker: 'Bo Lind' }],
  ],
  [
    'a short term in the same straight marks inside a direct quote',
    'Ann Tull, head of Pell Securities, said: "I dislike the "B" shares because they split the owners."',
    [
      {
        type: 'direct',
        content: 'I dislike the "B" shares because they split the owners.',
        speaker: 'Ann Tull',
      },
    ],
  ],
  [
    'two quoted terms after a closed quote are quotes of their own',
    '"We will win," Bo Lind said. Rivals called the plan "a costly joke" and "pure nonsense."',
    [
      { type: 'direct', content: 'We will win,', speaker: 'Bo Lind' },
      { type: 'direct', content: 'a costly joke', speaker: 'Rivals' },
    ],
  ],
  [
    "a sentence inside a direct quote is not also reported by the quote's own cue",
    'Ann Tull spoke on Monday.\n\n“Mayors often fail to keep good staff. From long experience, Bo knows the value of this. You and I can be sure that Bo Lind will hire well,” Tull wrote.',
    [
      {
        type: 'direct',
        content:
          'Mayors often fail to keep good staff. From long experience, Bo knows the value of this. You and I can be sure that Bo Lind will hire well,',
        speaker: 'Ann Tull',
      },
    ],
  ],
  [
    'an organisation name with a participle before the role and name after the quote',
    '“The wages are too low and the hours are long,” Pay Now organizing director Kendall Fenn told Radio 6.',
    [{ type: 'direct', content: 'The wages are too low and the hours are long,', speaker: 'Kendall Fenn' }],
  ],
  [
    'a possessive role, then the name set off by commas, then the cue after the quote',
    '“Positions will soften soon enough,” Dover Rep. Ann Hale’s chief of staff, Joe Kamp, told the Courier.',
    [{ type: 'direct', content: 'Positions will soften soon enough,', speaker: 'Joe Kamp' }],
  ],
  [
    'a participle after the object of "to": the clause subject speaks, not the ones spoken to',
    'Dover Rep. Ann Tull is making a pitch to Eldmoor voters saying a ban on ferries is hurting the town.',
    [{ type: 'indirect', content: 'a ban on ferries is hurting the town', speaker: 'Ann Tull' }],
  ],
  [
    '"charged <someone> with <offence>" reports nothing; a later participle speaks for the next clause',
    'Prosecutors charged the clerk with theft and Mayor Ann Tull fired her deputy, Bo Lind, acknowledging that the town had lost trust in the office.',
    [{ type: 'indirect', content: 'the town had lost trust in the office', speaker: 'Ann Tull' }],
  ],
  [
    '"questioned" after a quote that asks',
    'The council met on Monday. “Where did the harbour money go?” Ann Tull questioned.',
    [{ type: 'direct', content: 'Where did the harbour money go?', speaker: 'Ann Tull' }],
  ],
  [
    'a reported clause ending in a partial quote, its comma inside the closing mark',
    'The feud between the two camps will take time to “cool off,” Ann Tull said.',
    [
      {
        type: 'indirect',
        content: 'The feud between the two camps will take time to “cool off',
        speaker: 'Ann Tull',
      },
    ],
  ],
  [
    'curly marks, speaker after',
    '“We will rebuild the harbour,” said Tomas Brenner.',
    [{ type: 'direct', content: 'We will rebuild the harbour,', speaker: 'Tomas Brenner' }],
  ],
  [
    'a manner-of-speaking verb as the cue before a colon',
    'Hedda Marlow growled: "We are not finished with this council."',
    [
      {
        type: 'direct',
        content: 'We are not finished with this council.',
        speaker: 'Hedda Marlow',
        cue: 'growled',
      },
    ],
  ],
  [
    'straight marks, name then cue after',
    '"The budget is balanced," Greta Olsen said.',
    [{ type: 'direct', content: 'The budget is balanced,', speaker: 'Greta Olsen' }],
  ],
  [
    'guillemets',
    '« Nous restons ouverts à tous », a déclaré Paul Marchetti. Marchetti added: «The doors stay open for everyone.»',
    [
      { type: 'direct', content: 'Nous restons ouverts à tous', speaker: null },
      { type: 'direct', content: 'The doors stay open for everyone.', speaker: 'Paul Marchetti' },
    ],
  ],
  [
    'single curly marks as quotes, apostrophes kept inside',
    'Mayor Ines Valdo said: ‘We can’t wait for the players’ union to decide.’',
    [{ type: 'direct', content: 'We can’t wait for the players’ union to decide.', speaker: 'Ines Valdo' }],
  ],
  [
    'speaker before with colon',
    'Ravi Anand told the inquiry: "We did everything we could to stop the flood."',
    [{ type: 'direct', content: 'We did everything we could to stop the flood.', speaker: 'Ravi Anand' }],
  ],
  [
    'a question mark ends the segmenter’s sentence; the attribution follows',
    '“Why must the harbour wait?” Greta Olsen asked. “Nobody could tell me.”',
    [
      { type: 'direct', content: 'Why must the harbour wait?', speaker: 'Greta Olsen' },
      { type: 'direct', content: 'Nobody could tell me.', speaker: 'Greta Olsen' },
    ],
  ],
  [
    'a question with no attribution after it stays unattributed',
    '“Why must the harbour wait?” The crowd cheered loudly.',
    [{ type: 'direct', content: 'Why must the harbour wait?', speaker: null }],
  ],
  [
    'split quote, two records, same speaker',
    '"The plan is sound," said Lena Duval, "and it will be finished by June."',
    [
      { type: 'direct', content: 'The plan is sound,', speaker: 'Lena Duval' },
      { type: 'direct', content: 'and it will be finished by June.', speaker: 'Lena Duval' },
    ],
  ],
  [
    'partial quote inside a reported sentence',
    'Olaf Berg insisted the company was "open for honest talks with everyone".',
    [{ type: 'direct', content: 'open for honest talks with everyone', speaker: 'Olaf Berg', partial: true }],
  ],
  [
    'multi-paragraph quote, one record per paragraph',
    'Nora Quist said: "The river rose overnight.\n\n"By morning the bridge was gone."',
    [
      { type: 'direct', content: 'The river rose overnight.', speaker: 'Nora Quist' },
      { type: 'direct', content: 'By morning the bridge was gone.', speaker: 'Nora Quist' },
    ],
  ],
  [
    'continuation paragraph without attribution',
    '"We expect a strong harvest," said farmer Piet Janssen.\n\n"The rain came at the right time for us."',
    [
      { type: 'direct', content: 'We expect a strong harvest,', speaker: 'Piet Janssen' },
      { type: 'direct', content: 'The rain came at the right time for us.', speaker: 'Piet Janssen' },
    ],
  ],
  [
    'indirect with that',
    'Minister Carla Moss said that the new tax would hit small firms hardest.',
    [{ type: 'indirect', content: 'the new tax would hit small firms hardest', speaker: 'Carla Moss' }],
  ],
  [
    'indirect without that',
    'Dev Patel said the talks had collapsed.',
    [{ type: 'indirect', content: 'the talks had collapsed', speaker: 'Dev Patel' }],
  ],
  [
    'indirect with time adjunct',
    'Halvor Lind said on Tuesday the bank would cut rates.',
    [{ type: 'indirect', content: 'the bank would cut rates', speaker: 'Halvor Lind' }],
  ],
  [
    'clause then cue',
    'Prices will keep rising next year, Odile Ferrand has said.',
    [{ type: 'indirect', content: 'Prices will keep rising next year', speaker: 'Odile Ferrand' }],
  ],
  [
    'according to, leading',
    'According to the ministry, exports fell sharply in March.',
    [{ type: 'indirect', content: 'exports fell sharply in March', speaker: 'the ministry' }],
  ],
  [
    'according to, trailing',
    'Exports fell sharply in March, according to Brik Analytics.',
    [{ type: 'indirect', content: 'Exports fell sharply in March', speaker: 'Brik Analytics' }],
  ],
  [
    'coordinated reports',
    'Anya Rusk suggested that the vote was rigged and noted that turnout was low.',
    [
      { type: 'indirect', content: 'the vote was rigged', speaker: 'Anya Rusk' },
      { type: 'indirect', content: 'turnout was low', speaker: 'Anya Rusk' },
    ],
  ],
  [
    'participle shares the subject',
    '"We lost the final," Jon Ekberg said, adding that the team would recover.',
    [
      { type: 'direct', content: 'We lost the final,', speaker: 'Jon Ekberg' },
      { type: 'indirect', content: 'the team would recover', speaker: 'Jon Ekberg' },
    ],
  ],
  [
    'X told Y: X speaks',
    'Kira Voss told reporters that the factory would close.',
    [{ type: 'indirect', content: 'the factory would close', speaker: 'Kira Voss' }],
  ],
  [
    'description between name and cue',
    'Hugh Hollis, a doctor at the clinic, said: "The ward is full every night."',
    [{ type: 'direct', content: 'The ward is full every night.', speaker: 'Hugh Hollis' }],
  ],
  [
    'groups stay descriptors',
    'Analysts said the merger would cut costs.',
    [{ type: 'indirect', content: 'the merger would cut costs', speaker: 'Analysts' }],
  ],
  [
    'unnamed source stays as written',
    '"We have no information on the matter," an official said.',
    [{ type: 'direct', content: 'We have no information on the matter,', speaker: 'an official' }],
  ],
  [
    'name, description, cue after the quote',
    '"The port must stay open for the fishing fleet," Ida Sorel, its minister for the sea added.',
    [{ type: 'direct', content: 'The port must stay open for the fishing fleet,', speaker: 'Ida Sorel' }],
  ],
  [
    'a short quote lends its attribution to the next one',
    '"That is nonsense," market chief Omar Tell told reporters. "Prices follow the real economy."',
    [
      { type: 'direct', content: 'That is nonsense,', speaker: 'Omar Tell' },
      { type: 'direct', content: 'Prices follow the real economy.', speaker: 'Omar Tell' },
    ],
  ],
  [
    'unattributed quote after narration takes its subject',
    'Coach Lars Enge wants more training on grass. "It will help the young players learn fast."',
    [{ type: 'direct', content: 'It will help the young players learn fast.', speaker: 'Lars Enge' }],
  ],
  [
    'participle after a comma takes the nearest clause subject',
    'Ostland has declined a loan, while Vesna has also refused aid, saying it can cope alone.',
    [{ type: 'indirect', content: 'it can cope alone', speaker: 'Vesna' }],
  ],
  [
    'partial quote in a clause-then-cue sentence',
    'Harbour bosses held "frank and friendly" talks with the union, their chief has said.',
    [{ type: 'direct', content: 'frank and friendly', speaker: 'their chief', partial: true }],
  ],
  [
    'phrasal cue "point out"',
    'Some traders pointed out that the figures showed a strong December.',
    [{ type: 'indirect', content: 'the figures showed a strong December', speaker: 'some traders' }],
  ],
  [
    'participle after an object speaks for the subject',
    'Tarnwell has shut down the scheme saying it had met its aims.',
    [{ type: 'indirect', content: 'it had met its aims', speaker: 'Tarnwell' }],
  ],
  [
    'coordinated predicate after "but" is not reported',
    'He accepted that the fires hurt the party but believed the police had done their best.',
    [{ type: 'indirect', content: 'the fires hurt the party', speaker: 'He' }],
  ],
  [
    'according to a document: the source behind it',
    'Ferry trips rose by a third in 2020 according to figures released by the Harbour Board.',
    [{ type: 'indirect', content: 'Ferry trips rose by a third in 2020', speaker: 'Harbour Board' }],
  ],
  [
    'nested reports, "told him", a scare-quoted speaker',
    'Ivo Marsh said the "border agent" told him the papers had been lost.',
    [
      {
        type: 'indirect',
        content: 'the "border agent" told him the papers had been lost',
        speaker: 'Ivo Marsh',
      },
      { type: 'indirect', content: 'the papers had been lost', speaker: 'the "border agent"' },
    ],
  ],
  [
    'a participial aside inside the reported clause',
    'Local traders say the market, run by the council since 1990, has lost half its stalls.',
    [
      {
        type: 'indirect',
        content: 'the market, run by the council since 1990, has lost half its stalls',
        speaker: 'Local traders',
      },
    ],
  ],
  [
    'a relative clause between dashes inside the reported clause',
    'His sister said the driver - who was jailed in May - had ignored the lights.',
    [
      {
        type: 'indirect',
        content: 'the driver - who was jailed in May - had ignored the lights',
        speaker: 'His sister',
      },
    ],
  ],
  [
    'wire headline "… - NAME" (a title: no record) and a dateline',
    'KRONA TO STAY WEAK THIS YEAR - HALVORSEN\n\nOSLO, March 3 - The krona will stay weak until June, a dealer said.',
    [{ type: 'indirect', content: 'The krona will stay weak until June', speaker: 'a dealer' }],
  ],
  [
    'straight single marks as quotes, a plural possessive left alone',
    "'We will not give up on the town,' said Ann Lee. The players' union disagreed. 'It is a shame,' she added, 'but we move on.'",
    [
      { type: 'direct', content: 'We will not give up on the town,', speaker: 'Ann Lee' },
      { type: 'direct', content: 'It is a shame,', speaker: 'Ann Lee' },
      { type: 'direct', content: 'but we move on.', speaker: 'Ann Lee' },
    ],
  ],
  [
    'low-high marks „…“',
    'Jan Berg said: „We stay open for all our guests.“',
    [{ type: 'direct', content: 'We stay open for all our guests.', speaker: 'Jan Berg' }],
  ],
  [
    'a two-word quoted term with a hyphenated word is not a quote',
    'Mayor Ines Valdo called the plan "a non-starter" on Monday.',
    [],
  ],
  [
    'a banner saying something is a sign, not a speaker',
    'Marchers carried a banner from the Harbour Trust saying "save our quay for the boats" through the square.',
    [],
  ],
  [
    'the verb "sign" before a report is no sign',
    'Ann Lee refused to sign the deal, saying "We need more time to read it."',
    [{ type: 'direct', content: 'We need more time to read it.', speaker: 'Ann Lee' }],
  ],
  [
    'a manner verb the tagger reads as a noun, inverted after the quote',
    'The market is busy. "You can call it a peace dividend," smiles one broker. "Let us see how long it lasts."',
    [
      { type: 'direct', content: 'You can call it a peace dividend,', speaker: 'one broker' },
      { type: 'direct', content: 'Let us see how long it lasts.', speaker: 'one broker' },
    ],
  ],
  [
    'headline X SAYS Y: a title line is no record',
    'MAYOR SAYS CITY WILL SURVIVE THE STORM\n\nThe storm hit on Monday.',
    [],
  ],
  [
    "newswire ``…'' marks: opened by two backticks, closed by two apostrophes",
    "Dover Steel Co. said Tuesday it would close the plant. ``It is a sad day for the town,'' Mayor Lena Marsh said. ``We will fight this.''",
    [
      { type: 'indirect', content: 'it would close the plant', speaker: 'Dover Steel Co.' },
      { type: 'direct', content: 'It is a sad day for the town,', speaker: 'Lena Marsh' },
      { type: 'direct', content: 'We will fight this.', speaker: 'Lena Marsh' },
    ],
  ],
  [
    "a ``…'' quote after an abbreviation ending the sentence before",
    "``We will not sell the mill,'' said Tom Ambler, the chairman of Dover Steel Co. ``The offer was too low.''",
    [
      { type: 'direct', content: 'We will not sell the mill,', speaker: 'Tom Ambler' },
      { type: 'direct', content: 'The offer was too low.', speaker: 'Tom Ambler' },
    ],
  ],
  [
    "a bare weekday after the cue is no part of the report (but a weekday's possessive is)",
    "Tom Ambler told reporters Monday night that the offer was too low. Lena Marsh said Friday's vote was a mistake.",
    [
      { type: 'indirect', content: 'the offer was too low', speaker: 'Tom Ambler' },
      { type: 'indirect', content: "Friday's vote was a mistake", speaker: 'Lena Marsh' },
    ],
  ],
  [
    'a report in a leading "but while" clause ends at its comma',
    "But while Harbour Corp. and Dune Corp. say the bugs will delay products, most big makers said the flaws don't affect them.",
    [
      { type: 'indirect', content: 'the bugs will delay products', speaker: 'Harbour Corp. and Dune Corp.' },
      { type: 'indirect', content: "the flaws don't affect them", speaker: 'big makers' },
    ],
  ],
  [
    "one spaced dash opens the writer's aside; two enclose one inside the report",
    'The nurse said she suspected the driver was drunk — something a caller had also told police. Tom Lee said the plan — which cost five million crowns — was a failure.',
    [
      { type: 'indirect', content: 'she suspected the driver was drunk', speaker: 'the nurse' },
      {
        type: 'indirect',
        content: 'the plan — which cost five million crowns — was a failure',
        speaker: 'Tom Lee',
      },
    ],
  ],
  [
    '"Messrs." ends no sentence',
    "Ann Roe said she doesn't think Messrs. Vell and Brisk are close to a deal.",
    [
      {
        type: 'indirect',
        content: "she doesn't think Messrs. Vell and Brisk are close to a deal",
        speaker: 'Ann Roe',
      },
    ],
  ],
  [
    'a cue inside the sentence: the part after it, not the subject before it, is the report',
    'Acts of protest, Mr. Lee said, are acts of patriotism in a free country.',
    [{ type: 'indirect', content: 'are acts of patriotism in a free country', speaker: 'Lee' }],
  ],
  [
    '"Asked to describe …" opening the sentence is the question, not a report',
    'Asked to describe the device that caused the blast, Chief Tom Vell said, "Not going to go into that."',
    [{ type: 'direct', content: 'Not going to go into that.', speaker: 'Tom Vell' }],
  ],
  [
    '"and said" after a verb of a subordinate clause shares that clause\'s subject',
    'The row took a personal turn when Ann Roe called Tom Vell a liar and said the strike could last for months.',
    [{ type: 'indirect', content: 'the strike could last for months', speaker: 'Ann Roe' }],
  ],
  [
    'a cue before a semicolon belongs to another clause',
    'Dunmore said the roundup was lawful; Norland minister Karl Brandt called the order "grave and sinister."',
    [
      { type: 'indirect', content: 'the roundup was lawful', speaker: 'Dunmore' },
      { type: 'direct', content: 'grave and sinister.', speaker: 'Karl Brandt' },
    ],
  ],
  [
    'an inverted cue ending the sentence of a quote that opens it',
    '"It\'s high time" the boy went home, said Tom Vell, a former adviser on Dunmore.',
    [{ type: 'direct', content: "It's high time", speaker: 'Tom Vell' }],
  ],
  [
    'name and cue after the quote, a long organisation name with "for a" before the name',
    "Delegates met. ``The phony war is over,'' Friends for a Free Crown executive director Ada Lorne said.",
    [{ type: 'direct', content: 'The phony war is over,', speaker: 'Ada Lorne' }],
  ],
  [
    'a passive "described by X as" before the quote: the agent speaks',
    'Also taken was a ring bought as a gift for their son described by Mara Lind as "the finest stone we ever owned".',
    [{ type: 'direct', content: 'the finest stone we ever owned', speaker: 'Mara Lind' }],
  ],
  [
    'a reported clause going on into a quote after a dash is one direct record',
    "Speaking to crowds, Mayor Ivo Lind said the hall would show the lives of the unseen -- ''the clerk but also the porter, the banker but also the baker.''",
    [
      {
        type: 'direct',
        content: 'the clerk but also the porter, the banker but also the baker.',
        speaker: 'Ivo Lind',
      },
    ],
  ],
  [
    'a noun after "a" and a noun ("a lunch counter") is no report verb',
    'Ada Berg said protest was patriotic, whether at a lunch counter in Dover or wearing a shirt reading "we will not be moved" in the rain.',
    [{ type: 'direct', content: 'we will not be moved', speaker: 'Ada Berg' }],
  ],
  [
    'an inverted cue ending the sentence, two appositions after the name',
    'The flaws will bite only in "rare cases that office users never meet" such as spreadsheets, said Tom Vell, editor of the Chip Letter, a trade weekly.',
    [{ type: 'direct', content: 'rare cases that office users never meet', speaker: 'Tom Vell' }],
  ],
  [
    "a relative clause inside the reported clause's subject ends at the clause's own verb",
    'Ann Roe said parents who adopt would not be eligible for the leave. Tom Lee said those who selected him knew nothing of his views.',
    [
      {
        type: 'indirect',
        content: 'parents who adopt would not be eligible for the leave',
        speaker: 'Ann Roe',
      },
      { type: 'indirect', content: 'those who selected him knew nothing of his views', speaker: 'Tom Lee' },
    ],
  ],
  // "long" after an auxiliary is a time word of the cue group; elsewhere it is an adjective
  [
    '"has long" before the cue of a reported clause',
    'Ada Roe has long argued that the tax is unfair.',
    [{ type: 'indirect', content: 'the tax is unfair', speaker: 'Ada Roe', cue: 'has long argued' }],
  ],
  [
    '"has long said" after a quote',
    '"The tax is unfair," Roe has long said.',
    [{ type: 'direct', content: 'The tax is unfair,', speaker: 'Roe', cue: 'has long said' }],
  ],
  // one word between the auxiliary and "long"
  [
    '"has also long" before the cue of a reported clause',
    'Ada Roe has also long argued that the tax is unfair.',
    [{ type: 'indirect', content: 'the tax is unfair', speaker: 'Ada Roe', cue: 'has also long argued' }],
  ],
  [
    '"have themselves long said" after a quote',
    '"The tax is unfair," the Roe brothers have themselves long said.',
    [
      {
        type: 'direct',
        content: 'The tax is unfair,',
        speaker: 'the Roe brothers',
        cue: 'have themselves long said',
      },
    ],
  ],
  [
    '"long" as an adjective of the subject stays in it after "also" too',
    'The long report has also said the tax was unfair.',
    [{ type: 'indirect', content: 'the tax was unfair', speaker: 'the long report', cue: 'has also said' }],
  ],
  [
    '"long" as an adjective of the subject stays in it',
    'The long report said the tax was unfair.',
    [{ type: 'indirect', content: 'the tax was unfair', speaker: 'the long report', cue: 'said' }],
  ],
  // a cue set off by commas inside the clause it reports
  [
    'an aside with a time adjunct after the cue',
    'The new ferry, the mayor said on Tuesday, will cost $4 million.',
    [{ type: 'indirect', content: 'will cost $4 million', speaker: 'the mayor' }],
  ],
  [
    'an aside after a short subject before a short predicate',
    'The old toll, Ada Roe has long said, is unfair.',
    [{ type: 'indirect', content: 'is unfair', speaker: 'Ada Roe', cue: 'has long said' }],
  ],
  [
    'an aside before a verb in -s',
    'This unit, the firm said, reports to the chief executive.',
    [{ type: 'indirect', content: 'reports to the chief executive', speaker: 'the firm' }],
  ],
  [
    'a place after the cue opens the clause, no aside',
    'In its bulletin, the agency said in Tarn County, calving continued.',
    [{ type: 'indirect', content: 'calving continued', speaker: 'the agency' }],
  ],
  [
    'a leading participle cue is no aside',
    'Commenting on the cuts, Tull Corp said the layoffs hit the plant.',
    [{ type: 'indirect', content: 'the layoffs hit the plant', speaker: 'Tull Corp' }],
  ],
  // a plural's possessive inside the hearer or the speaker after the cue
  [
    "a plural's possessive in the hearer",
    "Ada Roe told the ministers' spokesman the toll was unfair.",
    [
      {
        type: 'indirect',
        content: 'the toll was unfair',
        speaker: 'Ada Roe',
        cue: "told the ministers' spokesman",
      },
    ],
  ],
  [
    "a plural's possessive in the speaker after the cue",
    '"The toll is unfair," said the farmers\' union.',
    [{ type: 'direct', content: 'The toll is unfair,', speaker: "the farmers' union" }],
  ],
  [
    'the owner of a document after "according to" stays the source',
    "According to analysts' forecasts, the firm will lose money this year.",
    [{ type: 'indirect', content: 'the firm will lose money this year', speaker: 'analysts' }],
  ],
  // a reported clause opening with an adverbial
  [
    '"based on" opening the reported clause',
    'Ada Roe said based on the data, the firm sold ten ships.',
    [{ type: 'indirect', content: 'based on the data, the firm sold ten ships', speaker: 'Ada Roe' }],
  ],
  [
    '"that based on": "that" is no subject',
    'Ada Roe said that based on the data, the firm sold ten ships.',
    [{ type: 'indirect', content: 'based on the data, the firm sold ten ships', speaker: 'Ada Roe' }],
  ],
  [
    'a span of dates opening the reported clause',
    'Ada Roe said between March and May the firm sold ten ships.',
    [{ type: 'indirect', content: 'between March and May the firm sold ten ships', speaker: 'Ada Roe' }],
  ],
  [
    '"between" after a verb that is no cue',
    'The banks agreed in May between the two capitals to share costs.',
    [],
  ],
  [
    'the issuer of the statement the cue was made in belongs to the adjunct',
    'The chairman said in a statement issued by Tull Corp the toll was unfair.',
    [{ type: 'indirect', content: 'the toll was unfair', speaker: 'the chairman' }],
  ],
  // a month opening a name after the cue is its object, no time
  [
    'a month opening a name after the cue is an object',
    'The vote on the toll was lost, Ann Lee announced June Ferrin as the new chief.',
    [],
  ],
  [
    'a month after "in" is a time after the cue',
    'The vote on the toll was lost, Ann Lee announced in June.',
    [{ type: 'indirect', content: 'The vote on the toll was lost', speaker: 'Ann Lee' }],
  ],
  // a holiday opening the sentence is a time, no part of the name after it
  [
    'a holiday after "On" before a name',
    'On Christmas Day Ada Roe said the tax was unfair.',
    [{ type: 'indirect', content: 'the tax was unfair', speaker: 'Ada Roe' }],
  ],
  [
    "a holiday with an 's before a surname",
    "On New Year's Eve Roe said the tax was unfair.",
    [{ type: 'indirect', content: 'the tax was unfair', speaker: 'Roe' }],
  ],
  [
    'a holiday inside a name stays',
    'The Christmas Day Trust said the tax was unfair.',
    [{ type: 'indirect', content: 'the tax was unfair', speaker: 'Christmas Day Trust' }],
  ],
];

describe('findQuotes + linkSpeakers: constructions', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const got = runQuoteEngine(text).quotes.map((q) => ({
        type: q.type,
        content: q.content,
        speaker: q.speaker,
        ...(expected.some((e) => e.partial !== undefined) ? { partial: q.partial } : {}),
        ...(expected.some((e) => e.cue !== undefined) ? { cue: q.cue?.text } : {}),
      }));
      const want = expected.map((e) => ({
        ...e,
        ...(expected.some((x) => x.partial !== undefined) ? { partial: e.partial ?? false } : {}),
      }));
      assert.deepEqual(got, want);
    });
  }
});

describe('findQuotes: record fields', () => {
  it('fills ids, offsets, cue, mention, rules and confidence', () => {
    const text = 'Ayla Demir said: "Our crews are working day and night."';
    const [q] = runQuoteEngine(text).quotes;
    assert.ok(q);
    assert.equal(q.id, 'q1');
    assert.equal(text.slice(q.start, q.end), q.content);
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.mention?.text, 'Ayla Demir');
    assert.equal(text.slice(q.mention?.start ?? 0, q.mention?.end ?? 0), 'Ayla Demir');
    assert.equal(q.rule, 'quotes/speaker-cue-before-quote');
    assert.equal(q.speakerRule, 'speaker/name');
    assert.ok(q.confidence > 0 && q.confidence <= 1);
  });

  it('reports beliefs only with kinds "all"', () => {
    const text = 'Mirela Stan believes the reform will fail.';
    assert.deepEqual(runQuoteEngine(text).quotes, []);
    const all = runQuoteEngine(text, { kinds: 'all' }).quotes;
    assert.deepEqual(
      all.map((q) => [q.type, q.content, q.speaker]),
      [['belief', 'the reform will fail', 'Mirela Stan']],
    );
  });

  it('notes an unbalanced quote mark as a diagnostic', () => {
    const text =
      'Bo Lund said: "We will not move from this spot. Everyone knows that.\n\nThe vote is on Friday.';
    const { diagnostics } = runQuoteEngine(text);
    assert.ok(diagnostics.some((d) => d.code === 'quote-mark-unbalanced' && d.start === text.indexOf('"')));
  });
});
