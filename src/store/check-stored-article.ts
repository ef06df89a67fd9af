import type { StoredArticle } from './store.js';

/** Throws a clear error naming the article when an item cannot be stored (the batch then rolls back). */
export function checkStoredArticle(item: StoredArticle): void {
  const id = item.article?.id;
  if (typeof id !== 'string' || id === '') throw new Error('cannot store an article without an id');
  if (item.analysis?.article?.id !== id) {
    throw new Error(`article '${id}': its analysis is of article '${String(item.analysis?.article?.id)}'`);
  }
  if (typeof item.article.text !== 'string') throw new Error(`article '${id}': text is not a string`);
  if (item.analysis.text !== item.article.text)
    throw new Error(`article '${id}': its analysis is of another text`);
}
