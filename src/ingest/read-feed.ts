// RSS, Atom, RDF and JSON feeds (feedsmith): each item an article: title, link, date, the content or
// description stripped of HTML as text; the outlet is the feed's title.
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import type { Article } from '../types.js';
import { htmlNodeToText } from './html-to-text.js';
import { idFromUrl } from './id-from-url.js';
import { parseDateField } from './parse-date-field.js';
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';

type Loose = Record<string, unknown>;

/** True when content opens like a feed document. */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

export function readFeed(xml: string, input: InputRef): ReadItem[] {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(xml) as { format: string; feed: unknown };
  } catch (err) {
    return [
      readError(
        input.path,
        `not a readable RSS/Atom feed (${err instanceof Error ? err.message : String(err)})`,
      ),
    ];
  }
  const feed = asObject(parsed.feed);
  const outlet = text(feed.title);
  const items = asArray(feed.items ?? feed.entries);
  if (items.length === 0) return [readError(input.path, 'feed without items')];
  return items.map((raw, i) => readFeedItem(asObject(raw), i, outlet, input));
}

function readFeedItem(item: Loose, index: number, outlet: string | null, input: InputRef): ReadItem {
  const where = `${input.path}#${index + 1}`;
  const link = itemLink(item);
  const guid = text(item.guid) ?? text(item.id);
  const title = text(item.title);
  const body = itemBody(item);
  if (!body) return readError(where, `feed item${title ? ` '${title}'` : ''} has no content or description`);
  const dateRaw =
    text(item.pubDate) ??
    text(item.published) ??
    text(item.date_published) ??
    text(asObject(item.dc).date) ??
    text(item.updated);
  const published = dateRaw ? parseDateField(dateRaw) : null;
  const key = link ?? guid;
  const article: Article = {
    id: key ? idFromUrl(key) : `${input.name}:${index + 1}`,
    date: published?.date ?? null,
    text: body,
  };
  if (title) article.title = title;
  if (link) article.url = link;
  if (outlet) article.source = outlet;
  if (published?.published) article.published = published.published;
  return { article, where };
}

// <link>https://…</link> (RSS), <link href="…" rel="alternate"/> (Atom), "url" (JSON feed)
function itemLink(item: Loose): string | null {
  const direct = text(item.link) ?? text(item.url);
  if (direct) return direct;
  const links = asArray(item.links).map(asObject);
  const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return alternate ? text(alternate.href) : null;
}

// content:encoded, Atom content, JSON content_html / content_text, then description / summary
function itemBody(item: Loose): string {
  const candidates = [
    asObject(item.content).encoded,
    item.content,
    item.content_html,
    item.content_text,
    item.description,
    item.summary,
  ];
  for (const candidate of candidates) {
    const html = text(candidate);
    if (!html) continue;
    const body = htmlToText(html);
    if (body) return body;
  }
  return '';
}

function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = (document as unknown as Document).querySelector('body');
  return body ? htmlNodeToText(body) : '';
}

/** A string, or the `value` of `{value: "…"}` (Atom text constructs, RSS guid). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value) return text((value as Loose).value);
  return null;
}

function asObject(value: unknown): Loose {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
