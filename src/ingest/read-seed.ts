// The seed record form: optional leading whitespace, `date YYYY-MM-DD`, one space, then the article text
// (paragraphs separated by blank lines). Offsets point into the text after the `date YYYY-MM-DD ` header.
//
// Several records in one file: a line starting `date YYYY-MM-DD ` right after a blank line (or at the very
// start) opens a record. One record takes the file's name as id; several take `name:1`, `name:2`, …
// A line `date 2017-06-04 …` inside a paragraph (no blank line before it) stays article text.

import { toIsoDate } from './parse-date-field.js';
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';

const HEADER = /^date (\d{4})-(\d{2})-(\d{2}) /;
/** A header that opens a later record: after a blank line. */
const NEXT_HEADER = /\n[ \t]*\r?\n\s*(?=date \d{4}-\d{2}-\d{2} )/g;

/** True when content opens with the seed header (the format sniff). */
export function looksLikeSeed(content: string): boolean {
  return HEADER.test(content.replace(/^\uFEFF/, '').trimStart());
}

export function readSeed(content: string, input: InputRef): ReadItem[] {
  const body = content.replace(/^\uFEFF/, '').trimStart();
  const records: string[] = [];
  let from = 0;
  for (const match of body.matchAll(NEXT_HEADER)) {
    records.push(body.slice(from, match.index));
    from = match.index + match[0].length;
  }
  records.push(body.slice(from));
  const several = records.length > 1;
  return records.map((record, i) => {
    const id = several ? `${input.name}:${i + 1}` : input.name;
    const where = several ? `${input.path}#${i + 1}` : input.path;
    const header = HEADER.exec(record);
    if (!header) return readError(where, 'not a seed record: expected `date YYYY-MM-DD ` then the text');
    const date = toIsoDate(Number(header[1]), Number(header[2]), Number(header[3]));
    if (!date) return readError(where, `invalid date '${header[0].slice(5, 15)}' in the record header`);
    const text = record.slice(header[0].length).trimEnd();
    if (!text.trim()) return readError(where, 'the record has a date but no text');
    return { article: { id, date, text }, where };
  });
}
