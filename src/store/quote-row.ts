// One stored quote as both stores' SQL returns it, and its mapping to the interface's StoredQuote.
import type { StoredQuote } from './store.js';

export interface QuoteDbRow {
  id: string;
  article_id: string;
  type: StoredQuote['type'];
  content: string;
  start: number;
  end: number;
  speaker: string | null;
  mention: string | null;
  mention_start: number | null;
  mention_end: number | null;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  when: string | null;
  published: string | null;
  outlet: string | null;
  sort_date: string;
  speaker_id: string | null;
  cluster_id: string | null;
  article_title: string | null;
  url: string | null;
}

export function toStoredQuote(row: QuoteDbRow): StoredQuote {
  return {
    id: row.id,
    article: row.article_id,
    type: row.type,
    content: row.content,
    start: row.start,
    end: row.end,
    speaker: row.speaker,
    mention: row.mention,
    mentionStart: row.mention_start,
    mentionEnd: row.mention_end,
    cue: row.cue,
    cueStart: row.cue_start,
    cueEnd: row.cue_end,
    when: row.when,
    published: row.published,
    speakerId: row.speaker_id,
    clusterId: row.cluster_id,
    articleTitle: row.article_title,
    url: row.url,
    outlet: row.outlet,
  };
}
