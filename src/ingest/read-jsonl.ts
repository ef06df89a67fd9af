// JSONL, one article a line: {"id","date","text"} with optional "title", "url", "source" (or "outlet");
// other fields are ignored. A malformed line is an error naming `file:line`; the other lines go on.
import { z } from 'zod';
import type { Article } from '../types.js';
import { parseDateField } from './parse-date-field.js';
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';
import type { Line } from './split-lines.js';

const optionalText = z.string().nullish();

const JsonlArticle = z.object({
  id: z.union([z.string().trim().min(1, 'must not be empty'), z.number()]).nullish(),
  date: z.string().nullish(),
  text: z.string({ error: (issue) => (issue.input === undefined ? 'missing' : 'must be a string') }),
  title: optionalText,
  url: optionalText,
  source: optionalText,
  /** The field name some corpora use for the outlet. */
  outlet: optionalText,
  published: optionalText,
});

/** One line → an article, an error, or null for a blank line. */
export function parseJsonlLine(line: string, number: number, input: InputRef): ReadItem | null {
  const where = `${input.path}:${number}`;
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return readError(where, `invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return readError(where, 'expected a JSON object {"id","date","text"}');
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'line';
    return readError(where, `${field}: ${issue?.message ?? 'invalid'}`);
  }
  const row = parsed.data;
  if (!row.text.trim()) return readError(where, 'text: empty');
  let date: string | null = null;
  let published: string | undefined;
  if (row.date?.trim()) {
    const parsedDate = parseDateField(row.date);
    if (!parsedDate) return readError(where, `date: '${row.date}' is not YYYY-MM-DD or an ISO timestamp`);
    date = parsedDate.date;
    published = parsedDate.published;
  }
  const article: Article = {
    id: row.id == null ? `${input.name}:${number}` : String(row.id),
    date,
    text: row.text,
  };
  if (row.title) article.title = row.title;
  if (row.url) article.url = row.url;
  const source = row.source ?? row.outlet;
  if (source) article.source = source;
  const stamp = published ?? row.published ?? undefined;
  if (stamp) article.published = stamp;
  return { article, where };
}

export async function* readJsonl(lines: AsyncIterable<Line>, input: InputRef): AsyncGenerator<ReadItem> {
  for await (const line of lines) {
    if (line.text === null) {
      yield readError(`${input.path}:${line.number}`, 'line too long: skipped');
      continue;
    }
    const item = parseJsonlLine(line.text, line.number, input);
    if (item) yield item;
  }
}
