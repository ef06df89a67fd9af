// Hand-built analyses of invented articles (fictional people and outlets) for the store tests: no analysis
// engine involved, so the store is tested on exactly the quotes written here.

import type { StoredArticle } from '../src/store/store.js';
import type { Analysis, Article, Entity, Mention, Quote, QuoteType } from '../src/types.js';

export interface FixtureQuote {
  content: string;
  speaker: string | null;
  type?: QuoteType;
  when?: string | null;
  /** Entity kind of the speaker (default person). */
  kind?: Entity['kind'];
  /** Descriptor mentions of the speaker ("the mayor"). */
  roles?: string[];
}

export interface FixtureArticle {
  id: string;
  date: string | null;
  source?: string;
  title?: string;
  text: string;
  quotes: FixtureQuote[];
}

export function makeStoredArticle(f: FixtureArticle, version = 1): StoredArticle {
  const article: Article = {
    id: f.id,
    date: f.date,
    text: f.text,
    ...(f.title ? { title: f.title } : {}),
    ...(f.source ? { source: f.source } : {}),
    url: `https://news.example/${f.id}`,
  };
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const quotes: Quote[] = f.quotes.map((q, i) => {
    const start = f.text.indexOf(q.content);
    if (start < 0) throw new Error(`fixture ${f.id}: '${q.content}' is not in the text`);
    let speakerEntity: string | null = null;
    let mention: Quote['mention'] = null;
    if (q.speaker) {
      const at = f.text.indexOf(q.speaker);
      speakerEntity = `e${i}`;
      const mentionIds: string[] = [];
      if (at >= 0) {
        mention = { start: at, end: at + q.speaker.length, text: q.speaker };
        mentions.push({
          id: `m${i}`,
          ...mention,
          kind: q.kind ?? 'person',
          entity: speakerEntity,
          rule: 'fixture',
        });
        mentionIds.push(`m${i}`);
      }
      for (const [j, role] of (q.roles ?? []).entries()) {
        const r = f.text.indexOf(role);
        mentions.push({
          id: `m${i}r${j}`,
          start: r,
          end: r + role.length,
          text: role,
          kind: 'descriptor',
          entity: speakerEntity,
          rule: 'fixture',
        });
        mentionIds.push(`m${i}r${j}`);
      }
      entities.push({
        id: speakerEntity,
        name: q.speaker,
        kind: q.kind ?? 'person',
        canonical: null,
        mentions: mentionIds,
        aliases: [],
        rule: 'fixture',
      });
    }
    return {
      id: `q${i}`,
      start,
      end: start + q.content.length,
      type: q.type ?? 'direct',
      content: q.content,
      cue: null,
      mention,
      speaker: q.speaker,
      speakerEntity,
      when: q.when ?? null,
      whenTimex: null,
      partial: false,
      rule: 'fixture',
      speakerRule: q.speaker ? 'fixture' : null,
      whenRule: q.when ? 'fixture' : null,
      confidence: 1,
    };
  });
  const { text, ...meta } = article;
  const analysis: Analysis = {
    version,
    article: meta,
    text,
    paragraphs: [{ start: 0, end: text.length, index: 0 }],
    sentences: [{ start: 0, end: text.length, index: 0, paragraph: 0 }],
    mentions,
    entities,
    quotes,
    timexes: [],
    spin: [],
    diagnostics: [],
  };
  return { article, analysis };
}

/** Four articles from three invented outlets; Marta Kowal is reported twice, once by surname only. */
export const FIXTURES: FixtureArticle[] = [
  {
    id: 'harbour-1',
    date: '2031-03-14',
    source: 'Lakeside Ledger',
    title: 'Harbour plan approved',
    text: '"The harbour will reopen by summer," said Marta Kowal, the mayor. "We owe it to the fishermen," Kowal added. An official said the budget was tight.',
    quotes: [
      { content: 'The harbour will reopen by summer', speaker: 'Marta Kowal', roles: ['the mayor'] },
      { content: 'We owe it to the fishermen', speaker: 'Marta Kowal', when: '2031-03-12' },
      { content: 'the budget was tight', speaker: 'an official', type: 'indirect', kind: 'descriptor' },
    ],
  },
  {
    id: 'harbour-2',
    date: '2031-03-15',
    source: 'Valley Courier',
    text: 'Mayor Kowal told reporters in February that "the harbour will reopen by summer". Opposition leader Tomas Brandt said the plan was rushed.',
    quotes: [
      { content: 'the harbour will reopen by summer', speaker: 'Kowal', when: '2031-02' },
      { content: 'the plan was rushed', speaker: 'Tomas Brandt', type: 'indirect' },
    ],
  },
  {
    id: 'rail-1',
    date: '2030-11-02',
    source: 'Lakeside Ledger',
    text: '"Rail fares must fall," said Tomas Brandt. "Nobody rides an empty train," he added on Tuesday.',
    quotes: [
      { content: 'Rail fares must fall', speaker: 'Tomas Brandt' },
      { content: 'Nobody rides an empty train', speaker: 'Tomas Brandt', when: '2030-10-29' },
    ],
  },
  {
    id: 'undated-1',
    date: null,
    source: 'Hill Gazette',
    text: '"Bridges are cheaper than ferries," the engineer said.',
    quotes: [{ content: 'Bridges are cheaper than ferries', speaker: null }],
  },
];

export const STORED_FIXTURES: StoredArticle[] = FIXTURES.map((f) => makeStoredArticle(f));
