import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../../store/open-store.js';
import type { SpeakerSummary } from '../../store/store.js';
import type { Analysis, Article, Entity, Quote } from '../../types.js';
import { formatSpeakerTable } from './speakers.js';

const speaker = (name: string, aliases: string[], quoteCount: number): SpeakerSummary => ({
  id: `speaker:${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  aliases,
  quoteCount,
  articleCount: 1,
  first: '2020-03-01',
  last: null,
});

describe('formatSpeakerTable', () => {
  const cases: Array<[SpeakerSummary[], string[]]> = [
    [[], []],
    [
      [speaker('Ada Brennan', ['Brennan', 'Mrs Brennan', 'Ada Brennan'], 12), speaker('an official', [], 1)],
      [
        'QUOTES  ARTICLES  FIRST       LAST  SPEAKER      ALIASES',
        '    12         1  2020-03-01  -     Ada Brennan  Brennan; Mrs Brennan',
        '     1         1  2020-03-01  -     an official  -',
      ],
    ],
  ];
  for (const [speakers, lines] of cases) {
    it(`${speakers.length} speakers`, () => {
      const out = formatSpeakerTable(speakers, 100);
      assert.deepEqual(out === '' ? [] : out.trimEnd().split('\n'), lines);
    });
  }
});

// Cross-article identity through the store, as `onrecord speakers` lists it. Analyses are built by hand (invented
// articles, fictional outlets) so that only the store and identifySpeaker() are under test.

function storedArticle(id: string, date: string, said: Array<[string, string, string[]]>) {
  // said: [speaker name as the article resolved it, words, roles given by descriptor mentions]
  const text = said.map(([name, words]) => `"${words}," ${name} said.`).join('\n\n');
  const article: Article = { id, date, text, source: 'Harbour Ledger' };
  const entities: Entity[] = [];
  const mentions: Analysis['mentions'] = [];
  const quotes: Quote[] = said.map(([name, words, roles], i) => {
    const start = text.indexOf(words) - 1;
    const entity = `e${i + 1}`;
    const roleMentions = roles.map((role, k) => ({
      id: `m${i + 1}-${k}`,
      start: 0,
      end: 1,
      text: `the ${role}`,
      kind: 'descriptor' as const,
      entity,
      rule: 'test',
    }));
    mentions.push(...roleMentions);
    entities.push({
      id: entity,
      name,
      kind: 'person',
      canonical: null,
      mentions: roleMentions.map((m) => m.id),
      aliases: [],
      rule: 'test',
    });
    return {
      id: `q${i + 1}`,
      start,
      end: start + words.length + 2,
      type: 'direct',
      content: words,
      cue: null,
      mention: null,
      speaker: name,
      speakerEntity: entity,
      when: null,
      whenTimex: null,
      partial: false,
      rule: 'test',
      speakerRule: null,
      whenRule: null,
      confidence: 1,
    };
  });
  const { text: _text, ...meta } = article;
  const analysis: Analysis = {
    version: 1,
    article: meta,
    text,
    paragraphs: [],
    sentences: [],
    mentions,
    entities,
    quotes,
    timexes: [],
    spin: [],
    diagnostics: [],
  };
  return { article, analysis };
}

describe('speakers across articles (SQLite store)', () => {
  it('lists one speaker per person whatever the form, and keeps two Clintons apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-speakers-'));
    const store = await openStore(join(dir, 'test.db'));
    try {
      await store.putArticles([
        storedArticle('a1', '2021-03-01', [
          ['Vladimir Putin', 'We are ready', ['president']],
          ['Bill Clinton', 'The deal was fair', ['former president']],
        ]),
        storedArticle('a2', '2021-03-02', [
          ['President Putin', 'Nothing has changed', []],
          ['Hillary Clinton', 'The deal is weak', ['former secretary of state']],
          ['an official', 'It will not last', []],
        ]),
        storedArticle('a3', '2021-03-03', [
          ['Mr Putin', 'We will see', []],
          ['Putin', 'It is done', []],
          ['Clinton', 'I was right', ['former secretary of state']],
          ['an official', 'It will last', []],
        ]),
      ]);
      const speakers = await store.listSpeakers();
      const byName = new Map(speakers.map((s) => [s.name, s]));
      assert.equal(byName.get('Vladimir Putin')?.quoteCount, 4);
      assert.equal(byName.get('Bill Clinton')?.quoteCount, 1);
      assert.equal(byName.get('Hillary Clinton')?.quoteCount, 2);
      assert.equal(speakers.filter((s) => s.name === 'an official').length, 2);
      assert.equal(speakers.length, 5);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
