import type { HtmlRule } from './html-rule.js';
import { jsonLdObjects } from './json-ld-objects.js';

// {"@type":"NewsArticle","headline":"Mayor backs bridge"}
export const titleFromJsonLd: HtmlRule = (doc) => {
  for (const object of jsonLdObjects(doc)) {
    const value = typeof object.headline === 'string' ? object.headline.trim() : '';
    if (value) return { value, rule: 'ingest/html/title-from-json-ld' };
  }
  return null;
};
