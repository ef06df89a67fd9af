import type { HtmlRule } from './html-rule.js';

// <title>Mayor backs bridge</title>
export const titleFromTitleElement: HtmlRule = (doc) => {
  const value = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? { value, rule: 'ingest/html/title-from-title-element' } : null;
};
