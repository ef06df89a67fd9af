// Times each stage of analyze()'s pipeline by calling the stage functions directly, in pipeline order.
import { findTimeExpressions } from '../../src/dates/find-time-expressions.js';
import { findEntities } from '../../src/entities/find-entities.js';
import { linkDates } from '../../src/link/link-dates.js';
import { linkSpeakers } from '../../src/link/link-speakers.js';
import { normalizeArticle } from '../../src/normalize/normalize-article.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { segmentText } from '../../src/segment/segment-text.js';
import type { AnalyzeOptions, Article, Diagnostic } from '../../src/types.js';

export const STAGES = ['normalize', 'segment', 'entities', 'quotes', 'dates', 'link'] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds spent in each stage over all the articles. */
export type StageTimes = Record<Stage, number>;

export function timeStages(articles: Article[], options: AnalyzeOptions = {}): StageTimes {
  const ms: StageTimes = { normalize: 0, segment: 0, entities: 0, quotes: 0, dates: 0, link: 0 };
  for (const article of articles) {
    const diagnostics: Diagnostic[] = [];
    let t = performance.now();
    const lap = (stage: Stage) => {
      const now = performance.now();
      ms[stage] += now - t;
      t = now;
    };
    const doc = normalizeArticle(article);
    lap('normalize');
    const seg = segmentText(doc);
    lap('segment');
    const entities = findEntities(doc, seg);
    lap('entities');
    const found = findQuotes(doc, seg, entities, options, diagnostics);
    lap('quotes');
    const timexes = findTimeExpressions(doc, seg);
    lap('dates');
    const spoken = linkSpeakers(doc, seg, entities, found, diagnostics);
    linkDates(doc, seg, spoken, timexes);
    lap('link');
  }
  return ms;
}
