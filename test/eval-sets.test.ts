// The reference-only annotation sets in eval-sets/ (no article text; offsets into shared/datasets) parse and are
// consistent in themselves, and the dataset readers rebuild text by their stated rules. Needs no ../shared.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkRefArticle,
  type RefArticle,
  RefArticleSchema,
  readRefSets,
  rebuildGold,
} from '../scripts/eval/eval-own-sets.js';
import {
  decodeSgml,
  hashText,
  loadDatasetText,
  parseReutersDate,
  polnearDate,
  readReutersStory,
  readTimeMLText,
  reflowReutersBody,
} from '../scripts/eval/load-dataset-text.js';

describe('eval-sets reference files', () => {
  const sets = readRefSets();

  it('holds the fifteen own sets, each with articles and quotes', () => {
    assert.deepEqual(
      sets.map((s) => s.name),
      [
        'own-bbc',
        'own-fresh',
        'own-fresh10',
        'own-fresh2',
        'own-fresh3',
        'own-fresh4',
        'own-fresh5',
        'own-fresh6',
        'own-fresh7',
        'own-fresh8',
        'own-fresh9',
        'own-polnear-dev',
        'own-reuters',
        'own-timebank',
        'own-wikinews',
      ],
    );
    for (const s of sets) {
      assert.ok(s.articles.length >= 5, `${s.name}: ${s.articles.length} articles`);
      assert.ok(
        s.articles.every((a) => a.quotes.length > 0),
        `${s.name}: an article without quotes`,
      );
    }
  });

  it('names every article after its set, once', () => {
    const ids = sets.flatMap((s) => s.articles.map((a) => a.id));
    assert.equal(new Set(ids).size, ids.length);
    for (const s of sets) for (const a of s.articles) assert.ok(a.id.startsWith(`${s.name}-`), a.id);
  });

  it('is self-consistent: offsets ordered and inside the text, no duplicates, text order', () => {
    const problems = sets.flatMap((s) => s.articles.flatMap(checkRefArticle));
    assert.deepEqual(problems, []);
  });

  it('dates only where the source has one (BBC has none)', () => {
    for (const s of sets)
      for (const a of s.articles)
        assert.equal(a.date === null, a.ref.kind === 'bbc', `${a.id}: date ${a.date}`);
  });
});

const base: RefArticle = {
  id: 'own-test-1',
  ref: { kind: 'bbc', path: 'tech/001.txt' },
  sha256: '0123456789abcdef',
  length: 100,
  date: null,
  quotes: [],
};
const q = (content: [number, number], extra: Partial<RefArticle['quotes'][number]> = {}) => ({
  type: 'direct' as const,
  content,
  speaker: 'Ada Fictional',
  mention: null,
  cue: null,
  when: null,
  ...extra,
});

describe('checkRefArticle', () => {
  const cases: Array<[string, RefArticle['quotes'], string[]]> = [
    ['sound', [q([10, 20]), q([30, 40], { mention: [22, 25], cue: [26, 29] })], []],
    ['reversed span', [q([20, 10])], ['own-test-1 quote 0: content [20, 10) out of order or past the text']],
    [
      'past the text',
      [q([90, 101])],
      ['own-test-1 quote 0: content [90, 101) out of order or past the text'],
    ],
    ['listed twice', [q([10, 20]), q([10, 20])], ['own-test-1 quote 1: content listed twice']],
    ['out of text order', [q([30, 40]), q([10, 20])], ['own-test-1 quote 1: not in text order']],
    [
      'mention inside content',
      [q([10, 20], { mention: [15, 18] })],
      ['own-test-1 quote 0: mention overlaps content'],
    ],
    [
      'mention without speaker',
      [q([10, 20], { speaker: null, mention: [0, 5] })],
      ['own-test-1 quote 0: mention without a speaker'],
    ],
  ];
  for (const [name, quotes, expected] of cases)
    it(name, () => assert.deepEqual(checkRefArticle({ ...base, quotes }), expected));
});

describe('RefArticleSchema', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['a sound record', base, true],
    ['a stored text field', { ...base, text: 'Ada Fictional said so.' }, false],
    ['a quote carrying its words', { ...base, quotes: [{ ...q([1, 5]), words: 'said so' }] }, false],
    ['a bad when', { ...base, quotes: [q([1, 5], { when: 'Friday' })] }, false],
    ['an unknown source kind', { ...base, ref: { kind: 'web', url: 'https://example.org' } }, false],
    [
      'a PolNeAR test article',
      { ...base, ref: { kind: 'polnear', split: 'test', doc: 'daily-fiction_2016-10-12_mayor-quill-wins' } },
      true,
    ],
    [
      'a PolNeAR train article (not held out)',
      { ...base, ref: { kind: 'polnear', split: 'train', doc: 'daily-fiction_2016-10-12_mayor-quill-wins' } },
      false,
    ],
    [
      'a TimeBank article',
      { ...base, ref: { kind: 'timebank', folder: 'TimeBank', file: 'wsj_9999.tml' } },
      true,
    ],
    [
      'a te3-platinum article (blind own-fresh8)',
      { ...base, ref: { kind: 'timebank', folder: 'te3-platinum', file: 'fiction_20130322.tml' } },
      true,
    ],
    [
      'a te3-platinum-input article (the unannotated copy)',
      { ...base, ref: { kind: 'timebank', folder: 'te3-platinum-input', file: 'fiction_20130322.tml' } },
      false,
    ],
    [
      'a TimeBank file that is a path',
      { ...base, ref: { kind: 'timebank', folder: 'AQUAINT', file: '../te3-platinum/x.tml' } },
      false,
    ],
    [
      'a PolNeAR doc that is a path',
      { ...base, ref: { kind: 'polnear', split: 'test', doc: '../dev/text/x_2016-10-12_y' } },
      false,
    ],
  ];
  for (const [name, input, ok] of cases)
    it(name, () => assert.equal(RefArticleSchema.safeParse(input).success, ok));
});

describe('Reuters text rebuilding', () => {
  it('decodes SGML character data', () => {
    const cases: Array<[string, string]> = [
      ['Acme Corp &lt;ACME.N> said', 'Acme Corp <ACME.N> said'],
      ['R&amp;D costs', 'R&D costs'],
      [' REUTER\n&#3;', ' REUTER\n'],
    ];
    for (const [input, expected] of cases) assert.equal(decodeSgml(input), expected);
  });

  it('reflows wrapped lines into paragraphs and drops the sign-off', () => {
    const body =
      'Zed Widgets said it expects\nhigher sales.\n    "We are pleased," said\nJo Quill.\n Reuter\n';
    assert.equal(
      reflowReutersBody(body),
      'Zed Widgets said it expects higher sales.\n\n"We are pleased," said Jo Quill.',
    );
  });

  it('reads dates', () => {
    const cases: Array<[string, string | null]> = [
      [' 9-MAR-1987 04:58:41.12', '1987-03-09'],
      ['19-OCT-1987 10:00:00.00', '1987-10-19'],
      ['sometime in 1987', null],
    ];
    for (const [input, expected] of cases) assert.equal(parseReutersDate(input), expected);
  });

  it('finds a story by NEWID', () => {
    const sgml = [
      '<REUTERS NEWID="7"><DATE> 2-APR-1987 10:00:00.00</DATE><TEXT><TITLE>ZED &lt;ZED> UP</TITLE>',
      '<BODY>Zed Widgets said sales rose.\n    It added more.\n REUTER\n&#3;</BODY></TEXT></REUTERS>',
      '<REUTERS NEWID="8"><DATE> 3-APR-1987 10:00:00.00</DATE><TEXT><TITLE>NO BODY</TITLE></TEXT></REUTERS>',
    ].join('\n');
    assert.deepEqual(readReutersStory(sgml, 7), {
      text: 'ZED <ZED> UP\n\nZed Widgets said sales rose.\n\nIt added more.',
      date: '1987-04-02',
    });
    assert.equal(readReutersStory(sgml, 8), null);
    assert.equal(readReutersStory(sgml, 9), null);
  });
});

describe('PolNeAR text and date', () => {
  const tsv = [
    'compartment\tfilename\tlevel\tpublisher\tpublication_date\ttitle',
    'train\tdaily-fiction_2016-10-12_mayor-quill-wins\tNone\tdaily-fiction\t2016-10-11\tMayor Quill wins',
    'test\tdaily-fiction_2016-10-12_mayor-quill-wins\tNone\tdaily-fiction\t2016-10-12\tMayor Quill wins',
    'test\tdaily-fiction_2016-10-13_no-date\tNone\tdaily-fiction\tNone\tNo date',
  ].join('\n');

  it('reads the publication date of the article in its split', () => {
    const cases: Array<[string, string, string | null]> = [
      ['test', 'daily-fiction_2016-10-12_mayor-quill-wins', '2016-10-12'],
      ['train', 'daily-fiction_2016-10-12_mayor-quill-wins', '2016-10-11'],
      ['test', 'daily-fiction_2016-10-13_no-date', null],
      ['dev', 'daily-fiction_2016-10-12_mayor-quill-wins', null],
    ];
    for (const [split, doc, expected] of cases) assert.equal(polnearDate(tsv, split, doc), expected);
  });

  it('takes the file as read, headline line included', () => {
    const shared = mkdtempSync(join(tmpdir(), 'onrecord-polnear-'));
    const data = join(shared, 'datasets', 'polnear', 'data');
    mkdirSync(join(data, 'test', 'text'), { recursive: true });
    const text = 'Mayor Quill wins\n\n\u201cWe did it,\u201d said Ada Fictional.\n';
    writeFileSync(join(data, 'test', 'text', 'daily-fiction_2016-10-12_mayor-quill-wins.txt'), text);
    writeFileSync(join(data, 'metadata.tsv'), tsv);
    const got = loadDatasetText(shared, {
      kind: 'polnear',
      split: 'test',
      doc: 'daily-fiction_2016-10-12_mayor-quill-wins',
    });
    assert.equal(got.text, text);
    assert.equal(got.date, '2016-10-12');
  });
});

describe('TimeML text and date', () => {
  const tml = (text: string, dct = '1989-11-02') =>
    `<TimeML>\n<DOCID>fiction_0001</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n<TEXT>${text}</TEXT>\n<TLINK lid="l1" relType="BEFORE"/>\n</TimeML>`;
  const cases: Array<[string, string, { text: string; date: string | null } | null]> = [
    [
      'tags removed, text unchanged',
      tml(
        '\nZed Widgets <EVENT eid="e1" class="REPORTING">said</EVENT> sales rose <TIMEX3 tid="t1">yesterday</TIMEX3>.\n\n',
      ),
      { text: '\nZed Widgets said sales rose yesterday.\n\n', date: '1989-11-02' },
    ],
    [
      'entities decoded, a stray ampersand kept',
      tml('``R&amp;D &lt;up&gt;,&apos;&apos; said &quot;Jo&quot; Quill & Co.'),
      { text: '``R&D <up>,\'\' said "Jo" Quill & Co.', date: '1989-11-02' },
    ],
    [
      'a creation time with a clock time',
      tml('Ada Fictional spoke.', '1998-02-13T14:26:00'),
      { text: 'Ada Fictional spoke.', date: '1998-02-13' },
    ],
    [
      'no creation day',
      tml('Ada Fictional spoke.', 'PRESENT_REF'),
      { text: 'Ada Fictional spoke.', date: null },
    ],
    ['no TEXT element', '<TimeML><DCT></DCT></TimeML>', null],
  ];
  for (const [name, xml, expected] of cases) it(name, () => assert.deepEqual(readTimeMLText(xml), expected));
});

describe('rebuildGold', () => {
  // A stand-in shared/ with one invented BBC-style file.
  const shared = mkdtempSync(join(tmpdir(), 'onrecord-own-'));
  mkdirSync(join(shared, 'datasets', 'bbc', 'tech'), { recursive: true });
  const text = 'Gadget sales rise\n\n"Sales were brisk," said Ada Fictional.\n';
  writeFileSync(join(shared, 'datasets', 'bbc', 'tech', '001.txt'), text);
  const article: RefArticle = {
    ...base,
    sha256: hashText(text),
    length: text.length,
    quotes: [q([20, 37], { mention: [44, 57], cue: [39, 43] })],
  };

  it('writes the GUIDE gold form with the strings the offsets point at', () => {
    const errors: string[] = [];
    const gold = JSON.parse(
      rebuildGold(shared, { name: 'own-test', articles: [article] }, (m) => errors.push(m)),
    );
    assert.deepEqual(errors, []);
    assert.equal(gold.text, text);
    assert.deepEqual(gold.quotes, [
      {
        type: 'direct',
        content: 'Sales were brisk,',
        speaker: 'Ada Fictional',
        mention: 'Ada Fictional',
        cue: 'said',
        when: null,
      },
    ]);
  });

  it('skips, with an error naming it, an article whose text no longer matches', () => {
    const errors: string[] = [];
    const out = rebuildGold(
      shared,
      { name: 'own-test', articles: [{ ...article, sha256: 'ffffffffffffffff' }] },
      (m) => errors.push(m),
    );
    assert.equal(out.trim(), '');
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /^own-test\/own-test-1: rebuilt text differs/);
  });

  it('skips a missing file with an error', () => {
    const errors: string[] = [];
    rebuildGold(
      shared,
      { name: 'own-test', articles: [{ ...article, ref: { kind: 'bbc', path: 'tech/999.txt' } }] },
      (m) => errors.push(m),
    );
    assert.equal(errors.length, 1);
  });
});
