// Large benchmark stores without analyzing every article: real paragraphs are analyzed once each, then
// articles are recombined from them with their analyses joined (offsets shifted, ids made unique), the same
// result analyze() would give if no annotation crossed a paragraph (it loses only cross-paragraph links).
import type { Analysis, Article } from '../../src/types.js';

/** One analyzed paragraph: a mini-article whose whole text is the paragraph. */
export interface AnalyzedPiece {
  text: string;
  analysis: Analysis;
}

const SEPARATOR = '\n\n';
/** Fields holding in-article ids (strings) or lists of them. */
const ID_FIELDS = new Set(['id', 'entity', 'speakerEntity', 'mentions']);
/** Running numbers renumbered across pieces. */
const COUNTERS = new Set(['index', 'paragraph', 'sentence']);

interface Shift {
  offset: number;
  prefix: string;
  paragraphs: number;
  sentences: number;
}

// Walks any annotation: spans ({start, end}) move by the offset, ids get the piece's prefix, paragraph and
// sentence numbers continue from the pieces before; so fields added to the model later follow along.
function shiftValue(value: unknown, key: string, s: Shift): unknown {
  if (Array.isArray(value)) {
    if (ID_FIELDS.has(key))
      return value.map((v) => (typeof v === 'string' ? `${s.prefix}${v}` : shiftValue(v, '', s)));
    return value.map((v) => shiftValue(v, '', s));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftValue(v, k, s);
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      out.start = o.start + s.offset;
      out.end = o.end + s.offset;
    }
    return out;
  }
  if (typeof value === 'string' && ID_FIELDS.has(key)) return `${s.prefix}${value}`;
  if (typeof value === 'number' && COUNTERS.has(key)) {
    return key === 'index' ? value : value + (key === 'paragraph' ? s.paragraphs : s.sentences);
  }
  return value;
}

const renumber = <T extends { index: number }>(items: T[], from: number): T[] =>
  items.map((x, i) => ({ ...x, index: from + i }));

/** The article made of the pieces in order, separated by a blank line, with their analyses joined. */
export function composeAnalysis(
  article: Omit<Article, 'text'>,
  pieces: AnalyzedPiece[],
): { article: Article; analysis: Analysis } {
  const text = pieces.map((p) => p.text).join(SEPARATOR);
  const joined: Analysis = {
    version: pieces[0]?.analysis.version ?? 1,
    article: { ...article },
    text,
    paragraphs: [],
    sentences: [],
    mentions: [],
    entities: [],
    quotes: [],
    timexes: [],
    spin: [],
    diagnostics: [],
  };
  let offset = 0;
  pieces.forEach((piece, k) => {
    const s: Shift = {
      offset,
      prefix: `p${k}-`,
      paragraphs: joined.paragraphs.length,
      sentences: joined.sentences.length,
    };
    const a = piece.analysis;
    const shift = <T>(items: T[]) => shiftValue(items, '', s) as T[];
    joined.paragraphs.push(...renumber(shift(a.paragraphs), joined.paragraphs.length));
    joined.sentences.push(...renumber(shift(a.sentences), joined.sentences.length));
    joined.mentions.push(...shift(a.mentions));
    joined.entities.push(...shift(a.entities));
    joined.quotes.push(...shift(a.quotes));
    joined.timexes.push(...shift(a.timexes));
    joined.spin.push(...shift(a.spin));
    joined.diagnostics.push(...shift(a.diagnostics));
    offset += piece.text.length + SEPARATOR.length;
  });
  return { article: { ...article, text }, analysis: joined };
}
