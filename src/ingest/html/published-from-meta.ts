import type { HtmlRule } from './html-rule.js';
import { metaContent } from './html-rule.js';

// <meta property="article:published_time" content="2021-03-05T09:00:00+01:00">
const KEYS = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];

export const publishedFromMeta: HtmlRule = (doc) => {
  const value = metaContent(doc, KEYS);
  return value ? { value, rule: 'ingest/html/published-from-meta' } : null;
};
