import type { HtmlRule } from './html-rule.js';
import { metaContent } from './html-rule.js';

// <meta property="og:site_name" content="Harbor Times">
export const outletFromMeta: HtmlRule = (doc) => {
  const value = metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']);
  return value ? { value, rule: 'ingest/html/outlet-from-meta' } : null;
};
