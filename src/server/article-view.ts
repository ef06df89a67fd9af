// GET /api/articles/:id: the text, its quotes with offsets (speaker, cue, mention spans), spin and provenance.
import type { Store, StoredArticle, StoredQuote } from '../store/store.js';
import type { Article, Quote, SpinSubstitution, TextSpan } from '../types.js';

export interface ArticleQuoteView {
  id: string;
  type: Quote['type'];
  content: string;
  start: number;
  end: number;
  partial: boolean;
  speaker: string | null;
  speakerId: string | null;
  clusterId: string | null;
  mention: TextSpan | null;
  cue: TextSpan | null;
  when: string | null;
  confidence: number;
  rule: string;
}

export interface ArticleView {
  article: Omit<Article, 'text'>;
  text: string;
  quotes: ArticleQuoteView[];
  spin: SpinSubstitution[];
  provenance: unknown;
  diagnostics: StoredArticle['analysis']['diagnostics'];
}

const PAGE = 200;
const MAX_PAGES = 50;

export async function buildArticleView(
  store: Store,
  stored: StoredArticle,
  provenance: unknown,
): Promise<ArticleView> {
  const { text, ...meta } = stored.article;
  const known = await collectStoredQuotes(store, meta.id);
  const quotes = stored.analysis.quotes
    .map((quote): ArticleQuoteView => {
      const id = `${meta.id}:${quote.start}-${quote.end}:${quote.type}`;
      const row = known.get(id);
      return {
        id,
        type: quote.type,
        content: quote.content,
        start: quote.start,
        end: quote.end,
        partial: quote.partial,
        speaker: quote.speaker,
        speakerId: row?.speakerId ?? null,
        clusterId: row?.clusterId ?? null,
        mention: quote.mention,
        cue: quote.cue,
        when: quote.when,
        confidence: quote.confidence,
        rule: quote.rule,
      };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    article: meta,
    text: stored.analysis.text ?? text,
    quotes,
    spin: stored.analysis.spin ?? [],
    provenance: provenance ?? null,
    diagnostics: stored.analysis.diagnostics ?? [],
  };
}

async function collectStoredQuotes(store: Store, article: string): Promise<Map<string, StoredQuote>> {
  const byId = new Map<string, StoredQuote>();
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await store.queryQuotes(
      cursor ? { article, limit: PAGE, cursor } : { article, limit: PAGE },
    );
    for (const q of result.quotes) byId.set(q.id, q);
    cursor = result.next;
    if (!cursor) break;
  }
  return byId;
}
