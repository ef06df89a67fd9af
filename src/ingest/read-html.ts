// An HTML page → one article: the body text found by @mozilla/readability (over linkedom), and the title,
// publication date, outlet and url from the page's metadata, each by the first rule that finds it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, RuleName } from '../types.js';
import type { HtmlRule } from './html/html-rule.js';
import { outletFromJsonLd } from './html/outlet-from-json-ld.js';
import { outletFromMeta } from './html/outlet-from-meta.js';
import { publishedFromJsonLd } from './html/published-from-json-ld.js';
import { publishedFromMeta } from './html/published-from-meta.js';
import { publishedFromTimeElement } from './html/published-from-time-element.js';
import { titleFromJsonLd } from './html/title-from-json-ld.js';
import { titleFromMeta } from './html/title-from-meta.js';
import { titleFromTitleElement } from './html/title-from-title-element.js';
import { urlFromMeta } from './html/url-from-meta.js';
import { htmlNodeToText } from './html-to-text.js';
import { parseDateField } from './parse-date-field.js';
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';

const PUBLISHED_RULES: HtmlRule[] = [publishedFromMeta, publishedFromJsonLd, publishedFromTimeElement];
const TITLE_RULES: HtmlRule[] = [titleFromMeta, titleFromJsonLd, titleFromTitleElement];
const OUTLET_RULES: HtmlRule[] = [outletFromMeta, outletFromJsonLd];
const URL_RULES: HtmlRule[] = [urlFromMeta];

export interface HtmlOptions {
  /** The id to give the article (default: the input's name). */
  id?: string;
  /** Where the page was fetched from (WARC-Target-URI); the page's canonical link wins when it has one. */
  url?: string;
  /** A date to fall back on when the page gives none (WARC-Date), as an ISO date or timestamp. */
  fallbackDate?: string;
}

/** Which rule gave each metadata field (the house rule: every derived fact names its rule). */
export type HtmlRules = Partial<Record<'date' | 'title' | 'source' | 'url' | 'text', RuleName>>;

export interface HtmlReading {
  article: Article;
  rules: HtmlRules;
}

/** Reads a page; null when the page has no readable text. */
export function extractHtml(html: string, input: InputRef, options: HtmlOptions = {}): HtmlReading | null {
  const doc = parsePage(html);
  const rules: HtmlRules = {};
  const first = (list: HtmlRule[], field: keyof HtmlRules, accept: (v: string) => boolean = () => true) => {
    for (const rule of list) {
      const found = rule(doc);
      if (found && accept(found.value)) {
        rules[field] = found.rule;
        return found.value;
      }
    }
    return null;
  };
  // metadata first: Readability rewrites the document
  const publishedRaw = first(PUBLISHED_RULES, 'date', (v) => parseDateField(v) !== null);
  const title = first(TITLE_RULES, 'title');
  const source = first(OUTLET_RULES, 'source');
  const canonical = first(URL_RULES, 'url');
  const text = bodyText(html, doc, rules);
  if (!text) return null;

  let published = publishedRaw ? parseDateField(publishedRaw) : null;
  if (!published && options.fallbackDate) {
    published = parseDateField(options.fallbackDate);
    if (published) rules.date = 'ingest/html/date-from-fallback';
  }
  const article: Article = { id: options.id ?? input.name, date: published?.date ?? null, text };
  if (title) article.title = title;
  const url = canonical ?? options.url;
  if (url) article.url = url;
  if (!canonical && options.url) rules.url = 'ingest/html/url-from-fetch';
  if (source) article.source = source;
  if (published?.published) article.published = published.published;
  return { article, rules };
}

export function readHtml(html: string, input: InputRef, options: HtmlOptions = {}): ReadItem[] {
  const reading = extractHtml(html, input, options);
  if (!reading) return [readError(input.path, 'HTML page without readable text')];
  return [{ article: reading.article, where: input.path }];
}

/** A page as a document; a fragment without <html> (`<p>…</p>`, `<!-- … -->text`) is wrapped first. */
function parsePage(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName.toUpperCase() === 'HTML') return doc;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

function bodyText(html: string, doc: Document, rules: HtmlRules): string {
  const readable = new Readability<Node>(doc, { charThreshold: 200, serializer: (node) => node }).parse();
  const text = readable?.content ? htmlNodeToText(readable.content) : '';
  if (text) {
    rules.text = 'ingest/html/text-from-readability';
    return text;
  }
  // Readability rewrote the tree it read: the fallback reads a fresh copy
  const fresh = parsePage(html);
  const body = fresh.querySelector('body') ?? fresh.documentElement;
  const fallback = body ? htmlNodeToText(body) : '';
  if (fallback) rules.text = 'ingest/html/text-from-body';
  return fallback;
}
