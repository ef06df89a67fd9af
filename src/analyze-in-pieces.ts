import { chunkText, LONG_ARTICLE_CHARS } from './chunk-text.js';
import type { Analysis, AnalyzeOptions, Article, Diagnostic, Span } from './types.js';

export type AnalyzeOne = (article: Article, options: AnalyzeOptions) => Analysis;

/** Per id prefix ("m", "e", "q", "t"), how far this piece's numbers move: the highest number earlier pieces used. */
type IdShift = Map<string, number>;

const NUMBERED_ID = /^(\D*)(\d+)$/;

// "m3" in the third piece, after pieces that used m1…m40 → "m43"; an id of another shape gets its piece's number
function renumber(id: string, shift: IdShift, piece: number): string {
  const m = NUMBERED_ID.exec(id);
  if (!m) return `p${piece + 1}-${id}`;
  return `${m[1]}${Number(m[2]) + (shift.get(m[1] ?? '') ?? 0)}`;
}

function renumberOrNull(id: string | null, shift: IdShift, piece: number): string | null {
  return id === null ? null : renumber(id, shift, piece);
}

function shifted<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

// `quote mark at offset 120 is …`, `no speaker found for quote q4 at offset 88`: messages name offsets and ids too
function shiftedDiagnostic(d: Diagnostic, by: number, shift: IdShift, piece: number): Diagnostic {
  const message = d.message
    .replace(/\boffset (\d+)/g, (_, n: string) => `offset ${Number(n) + by}`)
    .replace(/\bquote (q\d+)/g, (_, id: string) => `quote ${renumber(id, shift, piece)}`);
  const out: Diagnostic = { ...d, message };
  if (d.start !== undefined) out.start = d.start + by;
  if (d.end !== undefined) out.end = d.end + by;
  return out;
}

// After a piece: the next piece's ids start past the highest number this one reached.
function advance(shift: IdShift, ids: string[], piece: number): void {
  const top = new Map<string, number>();
  for (const id of ids) {
    const m = NUMBERED_ID.exec(renumber(id, shift, piece));
    if (!m) continue;
    const prefix = m[1] ?? '';
    top.set(prefix, Math.max(top.get(prefix) ?? 0, Number(m[2])));
  }
  for (const [prefix, n] of top) shift.set(prefix, Math.max(shift.get(prefix) ?? 0, n));
}

/** Appends one piece's analysis to `out`, every range moved by `by` into the article's one text. */
function appendPiece(out: Analysis, a: Analysis, by: number, shift: IdShift, piece: number): void {
  const paragraphBase = out.paragraphs.length;
  const sentenceBase = out.sentences.length;
  const id = (x: string) => renumber(x, shift, piece);
  for (const p of a.paragraphs) out.paragraphs.push({ ...shifted(p, by), index: p.index + paragraphBase });
  for (const s of a.sentences)
    out.sentences.push({
      ...shifted(s, by),
      index: s.index + sentenceBase,
      paragraph: s.paragraph + paragraphBase,
    });
  for (const m of a.mentions)
    out.mentions.push({ ...shifted(m, by), id: id(m.id), entity: renumberOrNull(m.entity, shift, piece) });
  for (const e of a.entities) out.entities.push({ ...e, id: id(e.id), mentions: e.mentions.map(id) });
  for (const q of a.quotes)
    out.quotes.push({
      ...shifted(q, by),
      id: id(q.id),
      cue: q.cue && shifted(q.cue, by),
      mention: q.mention && shifted(q.mention, by),
      speakerEntity: renumberOrNull(q.speakerEntity, shift, piece),
      whenTimex: renumberOrNull(q.whenTimex, shift, piece),
    });
  for (const t of a.timexes) out.timexes.push({ ...shifted(t, by), id: id(t.id) });
  for (const s of a.spin) out.spin.push(shifted(s, by));
  for (const d of a.diagnostics) out.diagnostics.push(shiftedDiagnostic(d, by, shift, piece));
  const ids = [a.mentions, a.entities, a.quotes, a.timexes].flatMap((xs) => xs.map((x) => x.id));
  advance(shift, ids, piece);
}

/**
 * A text longer than `max` analyzed piece by piece (see chunkText): each piece by the whole pipeline as if it
 * were the article, its ranges moved back into the one text and its ids renumbered to follow the pieces before
 * it. A speaker named or a date given in one piece is not carried into the next.
 */
export function analyzeInPieces(
  article: Article,
  options: AnalyzeOptions,
  analyzeOne: AnalyzeOne,
  max: number = LONG_ARTICLE_CHARS,
): Analysis {
  const { text, ...meta } = article;
  const pieces = chunkText(text, max);
  const out: Analysis = {
    version: 0,
    article: meta,
    text,
    paragraphs: [],
    sentences: [],
    mentions: [],
    entities: [],
    quotes: [],
    timexes: [],
    spin: [],
    diagnostics: [
      {
        code: 'article-chunked',
        message:
          `article of ${text.length} characters analyzed in ${pieces.length} chunks of at most ${max} characters ` +
          '(speakers and dates are not carried across chunk boundaries)',
      },
    ],
  };
  const shift: IdShift = new Map();
  pieces.forEach((piece, i) => {
    const a = analyzeOne({ ...article, text: text.slice(piece.start, piece.end) }, options);
    out.version = a.version;
    appendPiece(out, a, piece.start, shift, i);
  });
  return out;
}
