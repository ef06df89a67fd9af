import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { type EntityLayer, findEntities } from './find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

function entitiesOf(text: string): EntityLayer {
  const doc = normalizeArticle({ id: 't', date: '2020-01-01', text });
  return findEntities(doc, NO_SEGMENTS);
}

/** The entity a mention with this text belongs to (the nth such mention). */
function entityOfMention(layer: EntityLayer, text: string, nth = 0) {
  const m = layer.mentions.filter((x) => x.text === text)[nth];
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(layer.mentions.map((x) => x.text))}`);
  return layer.entities.find((e) => e.id === m.entity) ?? null;
}

describe('mentions', () => {
  const cases: Array<[string, string, string]> = [
    // [text, mention text, kind]
    ['Finance Minister Carla Dunmore said prices would fall.', 'Finance Minister Carla Dunmore', 'person'],
    ['The plan was backed by Mr Oswin Tarrant on Monday.', 'Mr Oswin Tarrant', 'person'],
    ['Talks were held in Saint Petersburg last week.', 'Saint Petersburg', 'place'],
    ['Shares of Brightwater Holdings rose.', 'Brightwater Holdings', 'organization'],
    ['The deal angered the Russian Federation, diplomats said.', 'Russian Federation', 'place'],
    ['NATO met in Brussels.', 'NATO', 'organization'],
    ['An official said the talks had failed.', 'An official', 'descriptor'],
    ['Critics said the rules were vague, and the spokesman agreed.', 'the spokesman', 'descriptor'],
    ['Analysts expect growth, said Lena Ortiz.', 'Analysts', 'group'],
    ['Lena Ortiz said she would resign.', 'she', 'pronoun'],
  ];
  for (const [text, mention, kind] of cases) {
    it(`${mention} in "${text}"`, () => {
      const layer = entitiesOf(text);
      const m = layer.mentions.find((x) => x.text === mention);
      assert.ok(m, `mentions: ${JSON.stringify(layer.mentions.map((x) => [x.text, x.kind]))}`);
      assert.equal(m.kind, kind);
    });
  }

  const notNames: Array<[string, string]> = [
    ['During the talks, Lena Ortiz left.', 'During'],
    ['Hackers can be anywhere, they said. The hackers left.', 'Hackers'],
    ['Sanctions were agreed on Friday.', 'Friday'],
    ['Russian hackers were blamed.', 'Russian'],
    ['Unfortunately the talks failed.', 'Unfortunately'],
    ['Dana Kell spoke first. Afterwards Kell said the talks had failed.', 'Afterwards Kell'],
    ['Dana Kell spoke first. Instead Kell wrote a letter.', 'Instead Kell'],
  ];
  for (const [text, word] of notNames) {
    it(`"${word}" is no name mention in "${text}"`, () => {
      const names = entitiesOf(text).mentions.filter(
        (m) => m.text === word && ['person', 'organization', 'place', 'other'].includes(m.kind),
      );
      assert.deepEqual(names, []);
    });
  }
});

describe('in-article coreference', () => {
  const same: Array<[string, string[], string, string | null]> = [
    // [text, mentions of one entity, entity name, canonical]
    [
      'Russian President Vladimir Putin spoke on Friday. Putin said the talks went well. "We agree," the president said. Later President Putin left, and Mr Putin was not seen again.',
      ['Russian President Vladimir Putin', 'Putin', 'the president', 'President Putin', 'Mr Putin'],
      'Vladimir Putin',
      'person:vladimir-putin',
    ],
    [
      'Belgian Prime Minister Maud Verlinden arrived. The Belgian leader said little.',
      ['Belgian Prime Minister Maud Verlinden', 'The Belgian leader'],
      'Maud Verlinden',
      'person:maud-verlinden',
    ],
    [
      'The talks included Oren Salk – the former director of the agency – and others. Salk declined to comment.',
      ['Oren Salk', 'the former director', 'Salk'],
      'Oren Salk',
      'person:oren-salk',
    ],
    [
      'Russia denied it. The Russian Federation has said so before.',
      ['Russia', 'Russian Federation'],
      'Russia',
      'country:RU',
    ],
    [
      'The U.S. and the United States of America are one; US troops agree.',
      ['U.S.', 'United States of America', 'US'],
      'US',
      'country:US',
    ],
    [
      'The North Atlantic Treaty Organization (NATO) met. NATO said the military alliance would grow.',
      ['North Atlantic Treaty Organization', 'NATO', 'the military alliance'],
      'NATO',
      'org:nato',
    ],
    [
      'The Coastal Fisheries Board (CFB) met on Monday. The CFB said quotas would fall.',
      ['Coastal Fisheries Board', 'CFB'],
      'Coastal Fisheries Board',
      'org:cfb',
    ],
    // a surname of two words (compound-surname), the first of two surnames (paternal-surname)
    [
      'President Ramon Ortez Valdo spoke on Friday. Later Ortez Valdo left the hall.',
      ['President Ramon Ortez Valdo', 'Ortez Valdo'],
      'Ramon Ortez Valdo',
      'person:ramon-ortez-valdo',
    ],
    [
      'Ortez Valdo spoke on Friday. President Ramon Ortez Valdo left the hall.',
      ['Ortez Valdo', 'President Ramon Ortez Valdo'],
      'Ramon Ortez Valdo',
      'person:ramon-ortez-valdo',
    ],
    [
      'Helena Ashby Crane opened the hall. Mrs Ashby Crane thanked the staff.',
      ['Helena Ashby Crane', 'Mrs Ashby Crane'],
      'Helena Ashby Crane',
      'person:helena-ashby-crane',
    ],
    [
      'Ricardo Torvel Nunez resigned on Friday. Torvel said he would leave in August.',
      ['Ricardo Torvel Nunez', 'Torvel'],
      'Ricardo Torvel Nunez',
      'person:ricardo-torvel-nunez',
    ],
  ];
  for (const [text, mentions, name, canonical] of same) {
    it(`${name}: ${mentions.join(' = ')}`, () => {
      const layer = entitiesOf(text);
      const entities = mentions.map((m) => entityOfMention(layer, m));
      const first = entities[0];
      assert.ok(first, `no entity for ${mentions[0]}`);
      for (const [i, e] of entities.entries())
        assert.equal(e?.id, first.id, `"${mentions[i]}" is not in ${first.name}`);
      assert.equal(first.name, name);
      assert.equal(first.canonical, canonical);
    });
  }

  const more: Array<[string, string[], string, string | null]> = [
    [
      'Harbour State Attorney General Elliot Marsk said the case was closed. Mr Marsk declined to add more.',
      ['State Attorney General Elliot Marsk', 'Mr Marsk'],
      'Elliot Marsk',
      'person:elliot-marsk',
    ],
    [
      'Party chief Lord Penwick spoke first. Penwick said he was pleased.',
      ['Party chief Lord Penwick', 'Penwick', 'he'],
      'Lord Penwick',
      'person:lord-penwick',
    ],
    [
      'Hamid El Ouardi won again. El Ouardi said the race was hard.',
      ['Hamid El Ouardi', 'El Ouardi'],
      'Hamid El Ouardi',
      'person:hamid-el-ouardi',
    ],
    [
      'Singer Jonah Keel arrived late. King said nothing, and Keel smiled.',
      ['Singer Jonah Keel', 'Keel'],
      'Jonah Keel',
      'person:jonah-keel',
    ],
    [
      'Shares in Barrow & Finch fell on Monday. Barrow said it regretted the loss. The company said it would cooperate.',
      ['Barrow & Finch', 'Barrow', 'The company'],
      'Barrow & Finch',
      'org:barrow-finch',
    ],
    [
      'Runner Tilda Vance won the race.\n"It was hard," said Vance. The 30-year-old added that she would rest.',
      ['Runner Tilda Vance', 'Vance', 'The 30-year-old', 'she'],
      'Tilda Vance',
      'person:tilda-vance',
    ],
  ];
  for (const [text, mentions, name, canonical] of more) {
    it(`${name}: ${mentions.join(' = ')}`, () => {
      const layer = entitiesOf(text);
      const entities = mentions.map((m) => entityOfMention(layer, m));
      const first = entities[0];
      assert.ok(first, `no entity for ${mentions[0]}`);
      for (const [i, e] of entities.entries())
        assert.equal(e?.id, first.id, `"${mentions[i]}" is not in ${first.name}`);
      assert.equal(first.name, name);
      assert.equal(first.canonical, canonical);
    });
  }

  it('reads transcript labels as the named person', () => {
    const layer = entitiesOf(
      'Host Dana Whitlock asked Governor Rick Amsel about it.\n\nWHITLOCK: Will you run?\n\nAMSEL: Not this year.',
    );
    assert.equal(entityOfMention(layer, 'WHITLOCK')?.name, 'Dana Whitlock');
    assert.equal(entityOfMention(layer, 'AMSEL')?.name, 'Rick Amsel');
  });

  it('links "it said" to an organisation and leaves an expletive "it" alone', () => {
    const layer = entitiesOf(
      'Brightwater Holdings denied the claim. It said the report was wrong. It is raining.',
    );
    assert.equal(entityOfMention(layer, 'It')?.name, 'Brightwater Holdings');
    assert.equal(layer.mentions.filter((m) => m.text === 'It').length, 1);
  });

  it('gives "he" to the last person reported speaking, not the nearest name', () => {
    const layer = entitiesOf(
      '"We will appeal," said lawyer Ruth Okafor, who represents Dan Pirrip. He was jailed in March. She added that he was innocent.',
    );
    assert.equal(entityOfMention(layer, 'She')?.name ?? entityOfMention(layer, 'she')?.name, 'Ruth Okafor');
  });

  it('keeps two Clintons apart and decides a bare "Clinton" by role', () => {
    const layer = entitiesOf(
      'Former President Bill Clinton and former Secretary of State Hillary Clinton arrived. Secretary Clinton spoke first. Then President Clinton spoke.',
    );
    const bill = entityOfMention(layer, 'Former President Bill Clinton');
    const hillary = entityOfMention(layer, 'former Secretary of State Hillary Clinton');
    assert.notEqual(bill?.id, hillary?.id);
    assert.equal(entityOfMention(layer, 'Secretary Clinton')?.id, hillary?.id);
    assert.equal(entityOfMention(layer, 'President Clinton')?.id, bill?.id);
  });

  it('notes an ambiguous bare surname as a diagnostic', () => {
    const layer = entitiesOf('Bill Clinton and Hillary Clinton arrived. Clinton spoke first.');
    assert.ok(layer.diagnostics?.some((d) => d.code === 'entities/ambiguous-surname'));
  });

  describe('a bare surname two people share, long after the subject was named', () => {
    const filler =
      'The council heard from residents about roads, parks and the library budget, which was cut twice. '.repeat(
        24,
      );
    const subject = `Dan Vell, the mayor of Port Arlen, spoke on Tuesday. Dan Vell said costs were high. Dan Vell met councillors. ${filler}`;
    const cases: Array<[string, string]> = [
      // [text, its last bare "Vell" belongs to]
      // the article's subject: the son named once, two sentences back
      [
        `${subject}His son, Eric Vell, runs a bakery. Ann Poll spoke next. "It is fair," Vell tweeted.`,
        'Dan Vell',
      ],
      // the other was just named (same or previous sentence): the nearer text picks him
      [`${subject}His son, Eric Vell, runs a bakery. "It is fair," Vell tweeted.`, 'Eric Vell'],
      [`${subject}Eric Vell, his son, said Vell was tired.`, 'Eric Vell'],
      // named about as often: the nearest stays
      [
        `Dan Vell spoke on Tuesday. ${filler}Eric Vell, his son, runs a bakery. Eric Vell hired staff. Ann Poll spoke next. She was brief. Vell tweeted.`,
        'Eric Vell',
      ],
    ];
    for (const [text, want] of cases)
      it(`${text.slice(-60)} → ${want}`, () => {
        const layer = entitiesOf(text);
        const n = layer.mentions.filter((m) => m.text === 'Vell').length;
        assert.equal(entityOfMention(layer, 'Vell', n - 1)?.name, want);
      });
  });

  it('gives "an official" its own entity each time', () => {
    const layer = entitiesOf('An official said yes. Later an official said no.');
    assert.notEqual(entityOfMention(layer, 'An official')?.id, entityOfMention(layer, 'an official')?.id);
  });
});

describe('seats of government and capitals', () => {
  const cases: Array<[string, string, string, string]> = [
    // [text, mention, canonical, governmentOf]
    [
      'The decision pleased the Kremlin, which said it was fair.',
      'the Kremlin',
      'place:kremlin',
      'country:RU',
    ],
    ['A White House spokesman declined to comment.', 'White House', 'place:white-house', 'country:US'],
    ['Moscow said the claim was false.', 'Moscow', 'place:moscow', 'country:RU'],
  ];
  for (const [text, mention, canonical, government] of cases) {
    it(`${mention} stands for ${government}`, () => {
      const e = entityOfMention(entitiesOf(text), mention);
      assert.equal(e?.canonical, canonical);
      assert.equal(e?.governmentOf, government);
    });
  }
  it('keeps a capital as a place when it does not act', () => {
    const e = entityOfMention(entitiesOf('The summit was held in Moscow last year.'), 'Moscow');
    assert.equal(e?.governmentOf, undefined);
  });
});

describe('spin signature', () => {
  // An invented article in the style of a spun copy (fictional outlet and people; real country and alliance names).
  const spun =
    'The Harbour Ledger reported that North Atlantic Treaty Organisation chiefs met on Friday. Officials said the Russian Federation was ' +
    'not invited, and Ambassador Ilse Marow said United States of America officials agreed. The Russian Federation denied it.';
  it('lists each unusual long form with the usual one', () => {
    const layer = entitiesOf(spun);
    assert.deepEqual(
      layer.spin.map((s) => [s.text, s.usual, s.canonical]),
      [
        ['North Atlantic Treaty Organisation', 'NATO', 'org:nato'],
        ['Russian Federation', 'Russia', 'country:RU'],
        ['United States of America', 'US', 'country:US'],
        ['Russian Federation', 'Russia', 'country:RU'],
      ],
    );
    assert.equal(layer.spun, true);
    assert.equal(layer.spinScore, 4);
  });

  const ordinary: Array<[string, number]> = [
    // [text, expected spin score]
    ['The North Atlantic Treaty Organization (NATO) met. NATO said Russia was not invited.', 0],
    ['Russia and the US met; the UK and China did not.', 0],
    ['He cited the Constitution of the Russian Federation in court.', 0.25],
    ['Officials from the Russian Federation attended.', 1],
    ['The Federal Bureau of Investigation opened a case; the FBI declined to comment.', 0],
    ['"God bless the United States of America," she said. "The United States of America is strong."', 1],
  ];
  for (const [text, score] of ordinary) {
    it(`scores ${score} for "${text}"`, () => {
      const layer = entitiesOf(text);
      assert.equal(layer.spinScore, score);
      assert.equal(layer.spun, false);
    });
  }
});

describe('country and organisation aliases', () => {
  const cases: Array<[string, string, string | null]> = [
    // [text, mention, canonical of its entity]
    ['Troops left Burma in May.', 'Burma', 'country:MM'],
    ['Fans in Holland cheered.', 'Holland', 'country:NL'],
    ['Talks with the Islamic Republic of Iran resumed.', 'Islamic Republic of Iran', 'country:IR'],
    ['Prices in the U.K. rose.', 'U.K.', 'country:GB'],
    ['Britain said no.', 'Britain', 'country:GB'],
    ['The DPRK fired a missile.', 'DPRK', 'country:KP'],
    ['Exports from Viet Nam grew.', 'Viet Nam', 'country:VN'],
    ['The World Health Organisation warned of a surge.', 'World Health Organisation', 'org:who'],
    ['Nato allies met.', 'Nato', 'org:nato'],
  ];
  for (const [text, mention, canonical] of cases) {
    it(`${mention} → ${canonical}`, () =>
      assert.equal(entityOfMention(entitiesOf(text), mention)?.canonical, canonical));
  }
  it('does not read a first name as a country', () => {
    const layer = entitiesOf('Jordan Pell said the plan was sound.');
    assert.equal(
      layer.entities.some((e) => e.canonical === 'country:JO'),
      false,
    );
  });
});

describe('odd input', () => {
  const cases: Array<[string, number]> = [
    // [text, mentions expected]
    ['', 0],
    ['   \n\n  ', 0],
    ['“”', 0],
    ['12 34 56 -- ; ( )', 0],
    ['The the THE. A. An.', 0],
    ['(NATO)', 1],
  ];
  for (const [text, n] of cases) {
    it(`${JSON.stringify(text)} → ${n} mentions`, () => assert.equal(entitiesOf(text).mentions.length, n));
  }
  it('reads a long run of capitalized words without error', () => {
    const layer = entitiesOf(`${'Alpha Beta '.repeat(2000)}said.`);
    assert.ok(layer.mentions.length >= 1);
  });
});

describe('words every object inherits', () => {
  // "constructor" once read as a pronoun, a determiner, a role noun and a title through Object.prototype
  const cases: Array<[string, string, string | null]> = [
    // [text, mention, its rule (null: no such mention)]
    ['The constructor said the bridge was safe.', 'The constructor', null],
    ['The constructor said the bridge was safe.', 'constructor', null],
    ['Constructor Varga left the site.', 'Constructor Varga', 'entities/full-name'],
    ['Builder Varga left the site.', 'Builder Varga', 'entities/full-name'],
  ];
  for (const [text, mention, rule] of cases) {
    it(`${text} → ${mention}: ${rule}`, () =>
      assert.equal(entitiesOf(text).mentions.find((m) => m.text === mention)?.rule ?? null, rule));
  }
});
