import type { Diagnostic, Paragraph, Sentence } from '../types.js';

/** One quoted stretch: the marks and the words inside them. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on to the next paragraph or is unclosed. */
  close: number | null;
  /** Content range inside the marks, whitespace trimmed. */
  start: number;
  end: number;
  mark: 'double' | 'single';
  /** The quote goes on in the next paragraph, which reopens it. */
  continued: boolean;
  paragraph: number;
}

type Role = 'open' | 'close' | 'either' | null;

const SPACE = /[\s\u00A0]/;
const OPENER_BEFORE = /[\s\u00A0([{\u2014\u2013\-/:;]/;

// Role of a double mark from its glyph and its neighbours: `“x`, `x”`, ` "x`, `x" `.
function doubleRole(text: string, i: number, pStart: number, pEnd: number): Role {
  const c = text[i] ?? '';
  const prev = i > pStart ? (text[i - 1] ?? '') : '';
  const next = i + 1 < pEnd ? (text[i + 1] ?? '') : '';
  const looksOpen = (prev === '' || OPENER_BEFORE.test(prev)) && next !== '' && !SPACE.test(next);
  const looksClose = prev !== '' && !SPACE.test(prev) && (next === '' || !/[\p{L}\p{N}]/u.test(next));
  // guillemets carry their direction even with French spacing: « Oui »
  if (c === '«') return 'open';
  if (c === '»') return 'close';
  if (c === '“' || c === '„') return looksClose && !looksOpen ? 'close' : 'open';
  if (c === '”') return looksOpen && !looksClose ? 'open' : 'close';
  if (looksOpen && !looksClose) return 'open';
  if (looksClose && !looksOpen) return 'close';
  return 'either';
}

// A straight double mark between a word and a clitic that closes the word ("s", "t" after "n", "re", "ll", "ve",
// "d", "m"): `the mayor"s office`, `we don"t know`. A mark between two letters opens or closes no quote.
function typedApostrophe(text: string, i: number): boolean {
  if (!/\p{L}/u.test(text[i - 1] ?? '')) return false;
  const m = /^(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{N}])/u.exec(text.slice(i + 1, i + 4));
  if (!m) return false;
  return m[0] !== 't' || text[i - 1] === 'n';
}

// Role of a doubled apostrophe at `i` ('' standing for "): `''x` opens, `x''` closes.
function doubledRole(text: string, i: number, pStart: number, pEnd: number): Role {
  const prev = i > pStart ? (text[i - 1] ?? '') : '';
  const next = i + 2 < pEnd ? (text[i + 2] ?? '') : '';
  const looksOpen = (prev === '' || OPENER_BEFORE.test(prev)) && next !== '' && !SPACE.test(next);
  const looksClose = prev !== '' && !SPACE.test(prev) && (next === '' || !/[\p{L}\p{N}]/u.test(next));
  if (looksOpen && !looksClose) return 'open';
  if (looksClose && !looksOpen) return 'close';
  return 'either';
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

function opensParagraph(text: string, p: Paragraph | undefined, single: boolean): boolean {
  if (!p) return false;
  const c = text[p.start] ?? '';
  if (!single && (text.startsWith("''", p.start) || text.startsWith('``', p.start))) return true;
  return single ? c === '‘' || c === "'" : c === '“' || c === '"' || c === '«' || c === '„';
}

function endOfSentence(sentences: Sentence[], at: number, fallback: number): number {
  for (const s of sentences) if (at >= s.start && at < s.end) return s.end;
  return fallback;
}

const APOSTROPHE = 39;
const BACKTICK = 96;
// " “ ” „ « »
const isDoubleMark = (code: number) =>
  code === 34 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb;

const NESTED_TERM_WORDS = 4;

/**
 * Offset of the mark closing a short term (up to four words, no sentence end) that opens at `i` inside an open
 * quote, when the next double mark after it closes the outer quote ("… the concept of "B" shares because …"); else -1.
 */
function nestedTermEnd(text: string, i: number, pStart: number, pEnd: number): number {
  let j = i + 1;
  while (j < pEnd && !isDoubleMark(text.charCodeAt(j))) j++;
  if (j >= pEnd || doubleRole(text, j, pStart, pEnd) !== 'close') return -1;
  const inner = text.slice(i + 1, j);
  if (/[.!?;:]/.test(inner) || inner.split(/\s+/).filter(Boolean).length > NESTED_TERM_WORDS) return -1;
  let k = j + 1;
  while (k < pEnd && !isDoubleMark(text.charCodeAt(k))) k++;
  if (k >= pEnd) return -1;
  const role = doubleRole(text, k, pStart, pEnd);
  return role === 'close' || role === 'either' ? j : -1;
}

/** Double-mark quotes of one paragraph, paired left to right. */
function pairDoubles(
  text: string,
  p: Paragraph,
  next: Paragraph | undefined,
  sentences: Sentence[],
  diagnostics: Diagnostic[],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: number | null = null;
  const emit = (o: number, c: number | null, endAt: number, continued: boolean) => {
    const [s, e] = trimmed(text, o + 1, endAt);
    if (e > s)
      out.push({ open: o, close: c, start: s, end: e, mark: 'double', continued, paragraph: p.index });
  };
  for (let i = p.start; i < p.end; i++) {
    // most characters are no mark at all: skipped by their code, before any one-character string is made
    const code = text.charCodeAt(i);
    if (code !== APOSTROPHE && code !== BACKTICK && !isDoubleMark(code)) continue;
    // `Lorne"s`, `don"t`: a straight double mark typed for an apostrophe (some wire archives) is no mark
    if (code === 34 && typedApostrophe(text, i)) continue;
    const c = text[i] ?? '';
    // ``Like this,'' — two backticks open what two apostrophes close (newswire and archive texts)
    const backticks = code === BACKTICK && text[i + 1] === '`' && text[i + 2] !== '`';
    // ''Like this,'' — two apostrophes standing for a double mark (some wire and archive texts)
    let doubled =
      backticks || (c === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'");
    // ''… 'a special case,''' he said — three apostrophes: a single mark closing inside a doubled one, whose
    // last two close the quote (after a word); ''' opening one: its first two open the quote
    if (c === "'" && !doubled && text[i - 1] !== "'" && text.startsWith("''", i + 1) && text[i + 3] !== "'") {
      const prev = i > p.start ? (text[i - 1] ?? '') : '';
      doubled = true;
      if (prev !== '' && !SPACE.test(prev)) i++;
    }
    if (!isDoubleMark(code) && !doubled) continue;
    const role = backticks
      ? 'open'
      : doubled
        ? doubledRole(text, i, p.start, p.end)
        : doubleRole(text, i, p.start, p.end);
    // a doubled mark: the quote opens after its second apostrophe and closes before its first
    const last = doubled ? i + 1 : i;
    if (doubled) i++;
    if (open === null) {
      if (role === 'open' || role === 'either') open = last;
      else
        diagnostics.push({
          code: 'quote-mark-unpaired',
          message: `closing quote mark without an opening one at offset ${i}`,
          start: i,
          end: i + 1,
        });
    } else if (role === 'close' || role === 'either') {
      emit(open, i, doubled ? i - 1 : i, false);
      open = null;
    } else if (!doubled && nestedTermEnd(text, i, p.start, p.end) > i) {
      // `"I dislike the "B" shares."`: a short term in the same marks inside the open quote, which closes later
      i = nestedTermEnd(text, i, p.start, p.end);
    } else {
      // a second opening inside an open quote: the first never closed; bound it to its sentence
      // `"A. "B."`: a flattened paragraph break inside a long quote ends the first part right there
      const at = doubled ? i - 1 : i;
      const flattened = /[.!?](?:["”’]|'')?\s+$/.test(text.slice(Math.max(open, at - 5), at));
      if (!flattened) {
        diagnostics.push({
          code: 'quote-mark-unbalanced',
          message: `quote mark at offset ${open} is not closed before the next opening one`,
          start: open,
          end: open + 1,
        });
      }
      emit(open, null, flattened ? at : Math.min(endOfSentence(sentences, open, at), at), flattened);
      open = i;
    }
  }
  if (open !== null) {
    if (opensParagraph(text, next, false)) emit(open, null, p.end, true);
    else {
      diagnostics.push({
        code: 'quote-mark-unbalanced',
        message: `quote mark at offset ${open} is never closed in its paragraph`,
        start: open,
        end: open + 1,
      });
      // a paragraph that opens with a mark is one quote missing its close; otherwise stop at the sentence end
      emit(open, null, open === p.start ? p.end : endOfSentence(sentences, open, p.end), false);
    }
  }
  return out;
}

const isSingleOpen = (text: string, i: number, pStart: number) => {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  const prev = i > pStart ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  if (!(prev === '' || OPENER_BEFORE.test(prev) || prev === '"' || prev === '“')) return false;
  // '90s, 'em, 'n'
  if (/\d/.test(next) || /^(?:em|n|tis|twas|cause)\b/i.test(text.slice(i + 1, i + 6))) return false;
  return /[\p{L}\p{N}"“]/u.test(next) || (c === '‘' && next !== ' ');
};

const isSingleClose = (text: string, i: number, pEnd: number) => {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  const prev = text[i - 1] ?? '';
  const next = i + 1 < pEnd ? (text[i + 1] ?? '') : '';
  if (prev === '' || SPACE.test(prev)) return false;
  return !/[\p{L}\p{N}]/u.test(next);
};

/** Single-mark quotes (‘…’ or '…') outside double quotes, telling quote marks from apostrophes. */
function pairSingles(
  text: string,
  p: Paragraph,
  next: Paragraph | undefined,
  doubles: QuoteSpan[],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const inDouble = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close ?? d.end));
  let i = p.start;
  while (i < p.end) {
    if (!isSingleOpen(text, i, p.start) || inDouble(i)) {
      i++;
      continue;
    }
    const candidates: number[] = [];
    for (let j = i + 2; j < p.end; j++) {
      if (isSingleClose(text, j, p.end) && !inDouble(j)) candidates.push(j);
      if (j > i + 1 && isSingleOpen(text, j, p.start) && text[j] === '‘' && !inDouble(j)) break;
    }
    // prefer a close after punctuation or before punctuation (`,’ he said`), over a plural possessive (`players’ union`)
    const strong = candidates.find(
      (j) =>
        /[.,!?;:]/.test(text[j - 1] ?? '') ||
        /^(?:[,.;:!?)]|$)/.test(text.slice(j + 1, j + 2)) ||
        j + 1 >= p.end,
    );
    const close = strong ?? candidates.find((j) => text[j - 1] !== 's') ?? candidates[0];
    if (close === undefined) {
      if (opensParagraph(text, next, true) && text[i] === '‘') {
        const [s, e] = trimmed(text, i + 1, p.end);
        out.push({
          open: i,
          close: null,
          start: s,
          end: e,
          mark: 'single',
          continued: true,
          paragraph: p.index,
        });
      }
      i++;
      continue;
    }
    const [s, e] = trimmed(text, i + 1, close);
    if (e > s)
      out.push({ open: i, close, start: s, end: e, mark: 'single', continued: false, paragraph: p.index });
    i = close + 1;
  }
  return out;
}

/**
 * Quoted stretches of every paragraph, double marks first, then single marks outside them.
 * An unclosed quote never runs past its paragraph: it continues only where the next paragraph reopens.
 */
export function findQuoteMarks(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  diagnostics: Diagnostic[],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // each paragraph's sentences, in order, gathered once (a filter per paragraph was quadratic in a long article)
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    const ps = byParagraph.get(p.index) ?? [];
    const doubles = pairDoubles(text, p, next, ps, diagnostics);
    out.push(...doubles, ...pairSingles(text, p, next, doubles));
  });
  return out.sort((a, b) => a.open - b.open);
}
