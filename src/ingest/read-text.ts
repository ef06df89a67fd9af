// A plain text file without a date line: the whole file is the text, the date unknown.
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';

export function readText(content: string, input: InputRef): ReadItem[] {
  const text = content.replace(/^\uFEFF/, '').trimEnd();
  if (!text.trim()) return [readError(input.path, 'empty file: no article text')];
  return [{ article: { id: input.name, date: null, text }, where: input.path }];
}
