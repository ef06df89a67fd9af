// POST /api/articles bodies: one JSON article, a JSON array of them, or JSONL (one article a line).
import { z } from 'zod';
import type { Article } from '../types.js';
import { ApiError } from './api-error.js';

export const MAX_BATCH = 1000;

export interface ItemOk {
  index: number;
  article: Article;
}

export interface ItemError {
  index: number;
  id: string | null;
  message: string;
}

export type ReadItem = ItemOk | ItemError;

const articleSchema = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
  date: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/,
      'must be YYYY-MM-DD or an ISO 8601 timestamp',
    )
    .nullable()
    .optional(),
  text: z.string().min(1, 'must not be empty'),
  title: z.string().max(2000, 'must be at most 2000 characters').optional(),
  url: z.string().max(4000, 'must be at most 4000 characters').optional(),
  source: z.string().max(300, 'must be at most 300 characters').optional(),
  /** Accepted as another name for `source`. */
  outlet: z.string().max(300, 'must be at most 300 characters').optional(),
  published: z.string().max(100).optional(),
});

/** Splits and validates a request body into articles and per-item errors; throws only when the body as a whole is unreadable. */
export function readArticleItems(body: string, contentType: string | undefined): ReadItem[] {
  const values = splitBody(body, (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '');
  if (values.length === 0)
    throw new ApiError(400, 'invalid-body', 'Empty body: send one article, an array of articles or JSONL');
  if (values.length > MAX_BATCH) {
    throw new ApiError(
      413,
      'payload-too-large',
      `Too many articles in one request: ${values.length} (at most ${MAX_BATCH})`,
    );
  }
  const seen = new Set<string>();
  return values.map((value, index) => {
    if (value instanceof Error) return { index, id: null, message: value.message };
    const item = toArticle(index, value);
    if ('article' in item) {
      if (seen.has(item.article.id))
        return { index, id: item.article.id, message: `Duplicate id "${item.article.id}" in this request` };
      seen.add(item.article.id);
    }
    return item;
  });
}

function splitBody(body: string, mediaType: string): Array<unknown | Error> {
  if (mediaType === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (err) {
      throw new ApiError(400, 'invalid-body', `Cannot parse JSON body: ${(err as Error).message}`);
    }
    return Array.isArray(parsed) ? parsed : [parsed];
  }
  const jsonl = ['', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/plain'];
  if (!jsonl.includes(mediaType)) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      `Unsupported content type "${mediaType}": use application/json or application/x-ndjson`,
    );
  }
  const values: Array<unknown | Error> = [];
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      values.push(JSON.parse(line));
    } catch (err) {
      values.push(new Error(`Cannot parse line ${i + 1} as JSON: ${(err as Error).message}`));
    }
  });
  return values;
}

function toArticle(index: number, value: unknown): ReadItem {
  const result = articleSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.map(String).join('.') || 'item';
    const id =
      typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : null;
    return { index, id, message: `Invalid article field "${where}": ${issue?.message ?? 'invalid'}` };
  }
  const v = result.data;
  const article: Article = { id: v.id, date: v.date ? v.date.slice(0, 10) : null, text: v.text };
  if (v.title !== undefined) article.title = v.title;
  if (v.url !== undefined) article.url = v.url;
  const source = v.source ?? v.outlet;
  if (source !== undefined) article.source = source;
  const published = v.published ?? (v.date && v.date.length > 10 ? v.date : undefined);
  if (published !== undefined) article.published = published;
  return { index, article };
}
