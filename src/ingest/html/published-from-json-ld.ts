import type { HtmlRule } from './html-rule.js';
import { jsonLdObjects, jsonLdText } from './json-ld-objects.js';

// <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-05"}</script>
export const publishedFromJsonLd: HtmlRule = (doc) => {
  for (const object of jsonLdObjects(doc)) {
    const value = jsonLdText(object.datePublished) ?? jsonLdText(object.dateCreated);
    if (value) return { value, rule: 'ingest/html/published-from-json-ld' };
  }
  return null;
};
