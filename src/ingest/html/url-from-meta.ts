import type { HtmlRule } from './html-rule.js';
import { metaContent } from './html-rule.js';

// <link rel="canonical" href="https://harbor.example/news/bridge"> or <meta property="og:url" …>
export const urlFromMeta: HtmlRule = (doc) => {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const value = canonical || metaContent(doc, ['og:url']);
  return value && /^https?:\/\//i.test(value) ? { value, rule: 'ingest/html/url-from-meta' } : null;
};
