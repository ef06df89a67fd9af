import type { HtmlRule } from './html-rule.js';
import { metaContent } from './html-rule.js';

// <meta property="og:title" content="Mayor backs bridge"> (the <title> often carries " | Outlet")
export const titleFromMeta: HtmlRule = (doc) => {
  const value = metaContent(doc, ['og:title', 'twitter:title', 'headline', 'dc.title']);
  return value ? { value, rule: 'ingest/html/title-from-meta' } : null;
};
