import type { HtmlRule } from './html-rule.js';
import { jsonLdObjects, jsonLdText } from './json-ld-objects.js';

// {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbor Times"}}
export const outletFromJsonLd: HtmlRule = (doc) => {
  for (const object of jsonLdObjects(doc)) {
    const value = jsonLdText(object.publisher) ?? jsonLdText(object.sourceOrganization);
    if (value) return { value, rule: 'ingest/html/outlet-from-json-ld' };
  }
  return null;
};
