// Rebuilds the exact text (and date) of an article in ../shared/datasets from a reference, so annotations can be
// stored as offsets without storing the text (eval-sets/README.md). Each reader's text definition is a contract:
// changing it moves every stored offset, which the stored sha256 of the text then reports.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where an article's text comes from in shared/datasets. */
export type TextRef =
  | { kind: 'reuters'; file: string; newid: number }
  | { kind: 'bbc'; path: string }
  | { kind: 'open-news'; id: string }
  | { kind: 'polnear'; split: 'train' | 'dev' | 'test'; doc: string }
  | { kind: 'timebank'; folder: 'TimeBank' | 'AQUAINT' | 'te3-platinum'; file: string };

export interface DatasetText {
  text: string;
  /** Publication date YYYY-MM-DD, or null when the dataset has none (BBC) or lacks it for the article. */
  date: string | null;
  /** Where it came from, for the gold file's `source` field. */
  source: string;
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** sha256 of the text, hex, first 16 digits: stored beside the offsets to prove the rebuilt text is the same. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** SGML character data: `&lt;` `&gt;` `&amp;` decoded, control-character references (`&#3;`, `&#127;`) dropped. */
export function decodeSgml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_m, n: string) => {
      const code = Number(n);
      return code < 32 || code === 127 ? '' : String.fromCharCode(code);
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A Reuters <BODY> as running text: a line that opens with whitespace starts a paragraph ("    Among the factors…"),
 * other lines continue the paragraph they follow (joined with one space); paragraphs are separated by a blank
 * line; the "REUTER" sign-off line is dropped.
 */
export function reflowReutersBody(body: string): string {
  const paragraphs: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\s*REUTER\s*$/i.test(line)) continue;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const last = paragraphs.length - 1;
    if (/^\s/.test(line) || last < 0) paragraphs.push(trimmed);
    else paragraphs[last] = `${paragraphs[last]} ${trimmed}`;
  }
  return paragraphs.join('\n\n');
}

/** "9-MAR-1987 04:58:41.12" → "1987-03-09". */
export function parseReutersDate(s: string): string | null {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(s.trim());
  const month = m ? MONTHS[m[2] ?? ''] : undefined;
  if (!m || !month) return null;
  return `${m[3]}-${month}-${(m[1] ?? '').padStart(2, '0')}`;
}

/** Reuters-21578 story by NEWID: text = TITLE, a blank line, then the reflowed BODY (entities decoded). */
export function readReutersStory(sgml: string, newid: number): { text: string; date: string | null } | null {
  const open = sgml.indexOf(`NEWID="${newid}">`);
  if (open < 0) return null;
  const close = sgml.indexOf('</REUTERS>', open);
  const story = sgml.slice(open, close < 0 ? undefined : close);
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(story)?.[1];
  const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story)?.[1];
  const date = /<DATE>([\s\S]*?)<\/DATE>/.exec(story)?.[1];
  if (body === undefined) return null;
  const parts = [title === undefined ? '' : decodeSgml(title).trim(), reflowReutersBody(decodeSgml(body))];
  return {
    text: parts.filter((p) => p).join('\n\n'),
    date: date === undefined ? null : parseReutersDate(date),
  };
}

/** PolNeAR `data/metadata.tsv`: the `publication_date` of the row whose compartment and filename are given. */
export function polnearDate(tsv: string, split: string, doc: string): string | null {
  const [header, ...rows] = tsv.split('\n');
  const cols = (header ?? '').split('\t');
  const [c, f, d] = ['compartment', 'filename', 'publication_date'].map((n) => cols.indexOf(n));
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[c ?? -1] === split && cells[f ?? -1] === doc) {
      const date = cells[d ?? -1] ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
    }
  }
  return null;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A TimeML (.tml) document as text and date, read as eval-tempeval-reporting.ts reads it: text = the <TEXT>
 * element's content with every tag removed (`<EVENT eid="e1">said</EVENT>` → `said`) and the five XML entities
 * decoded, otherwise unchanged (a stray `&` stays); date = the day of the TIMEX3 with
 * functionInDocument="CREATION_TIME" (`value="1998-02-13T14:26:00"` → 1998-02-13).
 */
export function readTimeMLText(xml: string): { text: string; date: string | null } | null {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) return null;
  const text = xml
    .slice(open + '<TEXT>'.length, close)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => XML_ENTITIES[name] ?? '');
  const dct = /<TIMEX3\b[^>]*\bfunctionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const day = /\bvalue="(\d{4}-\d{2}-\d{2})/.exec(dct)?.[1] ?? null;
  return { text, date: day };
}

/** Reads one referenced article's text from `shared`; throws an error naming the reference when it is not there. */
export function loadDatasetText(shared: string, ref: TextRef): DatasetText {
  const datasets = join(shared, 'datasets');
  if (ref.kind === 'reuters') {
    const file = join(datasets, 'reuters21578', ref.file);
    const story = readReutersStory(readFileSync(file, 'latin1'), ref.newid);
    if (!story) throw new Error(`reuters: NEWID ${ref.newid} not found (or has no BODY) in ${file}`);
    return { ...story, source: `Reuters-21578 ${ref.file} NEWID=${ref.newid}` };
  }
  if (ref.kind === 'bbc') {
    // BBC files are UTF-8 (one, sport/199.txt, is not: not used); the text is the file as read.
    const text = readFileSync(join(datasets, 'bbc', ref.path), 'utf8');
    return { text, date: null, source: `BBC News dataset (Greene & Cunningham 2006) bbc/${ref.path}` };
  }
  if (ref.kind === 'polnear') {
    // The article file as read, UTF-8, unchanged (first line = headline); date from data/metadata.tsv.
    const data = join(datasets, 'polnear', 'data');
    const text = readFileSync(join(data, ref.split, 'text', `${ref.doc}.txt`), 'utf8');
    const date = polnearDate(readFileSync(join(data, 'metadata.tsv'), 'utf8'), ref.split, ref.doc);
    return { text, date, source: `PolNeAR v1.0.0 data/${ref.split}/text/${ref.doc}.txt` };
  }
  if (ref.kind === 'timebank') {
    // TempEval-3 TBAQ-cleaned (TimeBank 1.2 / AQUAINT) or te3-platinum: <TEXT> without its tags; date = the
    // creation time.
    const dir = ref.folder === 'te3-platinum' ? ['te3-platinum'] : ['TBAQ-cleaned', ref.folder];
    const file = join(datasets, 'tempeval3', ...dir, ref.file);
    const doc = readTimeMLText(readFileSync(file, 'utf8'));
    if (!doc) throw new Error(`timebank: no <TEXT> element in ${file}`);
    return { ...doc, source: `TempEval-3 ${dir.join('/')}/${ref.file}` };
  }
  const file = join(datasets, 'open-news', 'articles.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes(JSON.stringify(ref.id).slice(1, -1))) continue;
    const rec = JSON.parse(line) as { id: string; date: string | null; text: string; url?: string };
    if (rec.id === ref.id)
      return { text: rec.text, date: rec.date, source: rec.url ?? `open-news ${ref.id}` };
  }
  throw new Error(`open-news: article ${JSON.stringify(ref.id)} not found in ${file}`);
}
