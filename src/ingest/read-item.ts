import type { Article } from '../types.js';

/** Where a problem or an article came from: `file`, `file:line`, `file#record`. */
export interface ReadError {
  where: string;
  message: string;
}

/** What a reader yields: an article, or a one-line error about one input item (the rest goes on). */
export type ReadItem = { article: Article; where: string } | { error: ReadError };

export const INPUT_FORMATS = ['seed', 'jsonl', 'txt', 'html', 'warc', 'feed'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The input an item comes from: `name` gives ids (file name without extension), `path` names it in errors. */
export interface InputRef {
  name: string;
  path: string;
}

export function readError(where: string, message: string): ReadItem {
  return { error: { where, message } };
}

/** `data/000_abc.txt` → `000_abc`; `crawl.jsonl.gz` → `crawl`; `-` → `stdin`. */
export function nameOf(path: string): string {
  if (path === '-' || path === '') return 'stdin';
  const base = path.split(/[\\/]/).pop() ?? path;
  const bare = base.replace(/\.(gz|gzip)$/i, '');
  const dot = bare.lastIndexOf('.');
  return dot > 0 ? bare.slice(0, dot) : bare;
}
