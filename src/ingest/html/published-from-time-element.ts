import type { HtmlRule } from './html-rule.js';

// <time datetime="2021-03-05" pubdate>5 March</time> — the pubdate one first, else the first in the article.
export const publishedFromTimeElement: HtmlRule = (doc) => {
  const time =
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime')?.trim();
  return value ? { value, rule: 'ingest/html/published-from-time-element' } : null;
};
