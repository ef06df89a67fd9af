// The fingerprint that decides whether a re-ingested article changed: its text and every metadata field
// the analysis reads (a corrected date changes `when`, so it counts as a change).
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

export function hashArticle(article: Article): string {
  const fields = [
    article.text,
    article.date,
    article.published ?? null,
    article.title ?? null,
    article.url ?? null,
    article.source ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}
