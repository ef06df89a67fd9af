// Real news text for the benchmarks: the bundled sample, Reuters-21578 (SGML) and BBC (plain text) from
// ../shared/datasets when present, and larger stores built by recombining their paragraphs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/types.js';
import { parseReutersDate } from '../eval/load-dataset-text.js';

export interface Corpus {
  name: string;
  articles: Article[];
}

/** One article from a JSONL line of the sample ({id, date, text, title, url, source}); a timestamp date keeps its day. */
export function parseSampleLine(line: string): Article {
  const raw = JSON.parse(line) as {
    id: string;
    date: string | null;
    text: string;
    title?: string;
    url?: string;
    source?: string;
  };
  const article: Article = { id: raw.id, date: raw.date ? raw.date.slice(0, 10) : null, text: raw.text };
  if (raw.date && raw.date.length > 10) article.published = raw.date;
  if (raw.title) article.title = raw.title;
  if (raw.url) article.url = raw.url;
  if (raw.source) article.source = raw.source;
  return article;
}

/** Articles of a JSONL file (one `{id, date, text, …}` a line); a bad line is named by file and line number. */
export function loadSample(file: string): Article[] {
  const out: Article[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(parseSampleLine(line));
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
  return out;
}

function decodeSgml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => {
      const code = Number(n);
      return code < 32 ? '' : String.fromCharCode(code);
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reuters body text: wrapped lines joined, paragraphs (indented lines) separated by a blank line. */
export function unwrapReutersBody(body: string): string {
  return decodeSgml(body)
    .replace(/\s*\bReuter\s*$/, '')
    .split(/\n(?= {2,}\S)/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

// <DATE>26-FEB-1987 15:01:01.79</DATE> ... <TITLE>…</TITLE> ... <BODY>…</BODY>
/** The stories of one Reuters-21578 SGML file that have a body. */
export function parseReutersSgml(sgml: string, file: string): Article[] {
  const out: Article[] = [];
  for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const [, newId = '', inner = ''] = m;
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(inner)?.[1];
    if (!body) continue;
    const text = unwrapReutersBody(body);
    if (text.length < 100) continue;
    const dateField = /<DATE>([\s\S]*?)<\/DATE>/.exec(inner)?.[1];
    const date = dateField === undefined ? null : parseReutersDate(dateField);
    const article: Article = { id: `reuters-${newId}`, date, text, source: 'Reuters' };
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(inner)?.[1];
    if (title) article.title = decodeSgml(title).trim();
    if (!/^\d+$/.test(newId)) throw new Error(`${file}: a REUTERS element without NEWID`);
    out.push(article);
  }
  return out;
}

export function loadReuters(dir: string, limit: number): Article[] {
  const out: Article[] = [];
  const files = readdirSync(dir)
    .filter((f) => /^reut2-\d+\.sgm$/.test(f))
    .sort();
  for (const f of files) {
    if (out.length >= limit) break;
    // the files are Latin-1 with a few stray bytes; latin1 never fails to decode
    out.push(...parseReutersSgml(readFileSync(join(dir, f), 'latin1'), f));
  }
  return out.slice(0, limit);
}

/** A BBC file: the headline on the first line, then the story; the dataset has no dates. */
export function parseBbcFile(content: string, id: string): Article {
  const text = content.replace(/\r\n/g, '\n').trim();
  const title = text.split('\n', 1)[0] ?? '';
  return { id, date: null, text, title, source: 'BBC' };
}

/** Up to `limit` BBC articles, taken round-robin over the five topics so any prefix mixes them. */
export function loadBbc(dir: string, limit: number): Article[] {
  const topics = readdirSync(dir)
    .filter((t) => existsSync(join(dir, t)) && !t.includes('.'))
    .sort();
  const lists = topics.map((t) =>
    readdirSync(join(dir, t))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ topic: t, file: f })),
  );
  const out: Article[] = [];
  for (let i = 0; out.length < limit; i++) {
    let any = false;
    for (const list of lists) {
      const item = list[i];
      if (!item || out.length >= limit) continue;
      any = true;
      const content = readFileSync(join(dir, item.topic, item.file), 'latin1');
      out.push(parseBbcFile(content, `bbc-${item.topic}-${item.file.replace(/\.txt$/, '')}`));
    }
    if (!any) break;
  }
  return out;
}

/** A small seeded PRNG (mulberry32) so recombined stores are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = [
  'Harbor Wire',
  'The Callow Ledger',
  'Northgate Times',
  'Meridian Post',
  'Riverside Daily Bulletin',
  'Reuters',
  'BBC',
];

/** Id, random date (2006–2025) and outlet of the `index`-th recombined article. */
export function recombinedMeta(index: number, random: () => number): Omit<Article, 'text'> {
  const day = Math.floor(random() * 365 * 20);
  const date = new Date(Date.UTC(2006, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const source = OUTLETS[Math.floor(random() * OUTLETS.length)] ?? 'Harbor Wire';
  return { id: `mix-${index}`, date, source, title: `Recombined ${index}` };
}

/** 3–8 indices into a list of `n` paragraphs, drawn at random. */
export function drawParagraphs(n: number, random: () => number): number[] {
  const count = 3 + Math.floor(random() * 6);
  return Array.from({ length: count }, () => Math.floor(random() * n));
}

/** The `index`-th article of a recombined corpus: 3–8 real paragraphs drawn at random, a random date and outlet. */
export function recombineArticle(paragraphs: string[], index: number, random: () => number): Article {
  const parts = drawParagraphs(paragraphs.length, random).map((i) => paragraphs[i] ?? '');
  return { ...recombinedMeta(index, random), text: parts.join('\n\n') };
}

/** Paragraphs of at least 40 characters from the articles given. */
export function paragraphsOf(articles: Article[]): string[] {
  return articles.flatMap((a) =>
    a.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 40),
  );
}
