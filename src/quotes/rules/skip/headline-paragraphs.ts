import type { Paragraph, Quote, Sentence, Span, Token } from '../../../types.js';

// "MAYOR SAYS CITY WILL SURVIVE\n\nThe storm hit …", "Lee Says Harbour Plan Will Tell of 'Hope.'\n\n…": a title line
// at the top of the text is no report of its own (the article reports it again); the GUIDE gold of the studied sets
// annotates none of its reports (BBC, Reuters and newspaper titles alike).

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const QUOTE_MARKS = /["“”‘’«»]|(?:^|\s)'|'(?:\s|$)/;
// "Flynn says Trump right …", "De Blasio says blast was …": a title reports in the present, up front (not the lead's
// "Aid has halved, Greenaid says in a report.")
const FRONT_PRESENT_REPORT = /^[^,;:]{1,60}?\s(?:says|say)\s/;
// "…, former rival says.": a title may end on its source, in the present
const BACK_PRESENT_REPORT = /,\s+(?:[\p{L}'’-]+\s+){0,3}(?:says|say)\.["”’']*\s*$/u;
// "…, experts say.": a subtitle may end on it
const PRESENT_REPORT = /(?:^|\s)(?:says|say)\b/;
const NARRATED_REPORT =
  /\b(?:said|told|wrote|added|stated|announced|reported|claimed|warned|argued|insisted|explained|replied|found)\b/i;

export interface TitleScope {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
}

/** True when `line` is closed by a period but reads as a title: in capitals or in Title Case. */
function isCapitalisedTitle(line: string, words: readonly string[]): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) return true;
  // Title Case: most words of four letters or more open with a capital
  const long = words.slice(1).filter((w) => w.length >= 4);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
}

/** True when no token from offset `start` to `end` is an auxiliary ("was", "has"): a phrase, not a clause. */
function withoutAuxiliary(tokens: readonly Token[], start: number, end: number): boolean {
  for (const t of tokens) {
    if (t.start >= end) break;
    if (t.start >= start && t.pos === 'AUX') return false;
  }
  return true;
}

/** True when `line` (from offset `at`) reads as a title; `subtitle` for the paragraph after a closed title. */
function isTitleText(scope: TitleScope, line: string, at: number, subtitle: boolean): boolean {
  const words = line.match(WORD) ?? [];
  if (words.length < 2 || words.length > 24) return false;
  const closed = /[.!?]["”’']*\s*$/.test(line);
  // "Blair says mayor should apologise", "Petrol duties frozen, Brown says": BBC and wire titles have no closing mark
  if (!closed) return !subtitle && !/[,;:]\s*$/.test(line);
  if (isCapitalisedTitle(line, words)) return true;
  if (subtitle) return PRESENT_REPORT.test(line);
  if (FRONT_PRESENT_REPORT.test(line)) return true;
  // "Lee will back Roe, eventually, former rival says.": a short title closed by its present-tense source
  if (words.length <= 14 && BACK_PRESENT_REPORT.test(line)) return true;
  // "Mixed messages on the harbour plan.": a short phrase with no clause, narrated report or quotation (not "Police
  // said the man died.", '"We lost," Ann Lee wrote.', "A new study found the ice was thinning.")
  return (
    words.length <= 8 &&
    !NARRATED_REPORT.test(line) &&
    !QUOTE_MARKS.test(line) &&
    !words.slice(1).some((w) => /\p{Ll}ed$/u.test(w)) &&
    withoutAuxiliary(scope.tokens, at, at + line.length)
  );
}

/**
 * True when paragraph `p` is a title: one sentence on one line (or "Title; \nSubtitle."), within the limits of
 * `isTitleText` (not "Ann Lee says she will run. Tom Vane reports." — a broadcast lead).
 */
function isTitleParagraph(scope: TitleScope, p: Paragraph, subtitle: boolean): boolean {
  // "Mayor rebuffs Orr on 'exception'; \nSpurns offer, blasts 'narrow view.'": a title and its deck joined by
  // "; " and a line break are both title, quote marks, questions and all
  if (!subtitle && titleAndDeck(scope.text.slice(p.start, p.end))) return true;
  let n = 0;
  for (const s of scope.sentences) {
    if (s.start >= p.end) break;
    if (s.start >= p.start && ++n > 1) return false;
  }
  const lines = scope.text.slice(p.start, p.end).split('\n');
  if (lines.length > 2) return false;
  // "Lawmaker urges retaliation; \nMember of House panel says …": a title and its subtitle
  if (lines.length === 2 && !/;\s*$/.test(lines[0] ?? '')) return false;
  let at = p.start;
  return lines.every((l, i) => {
    const ok = isTitleText(scope, i < lines.length - 1 ? l.replace(/;\s*$/, '') : l.trim(), at, subtitle);
    at += l.length + 1;
    return ok;
  });
}

// the title line, "; ", a line break, the deck line: 2-24 words each
const TITLE_AND_DECK = /^[^\n;]{4,200};[ \t]*\n[^\n]{4,200}$/;

function titleAndDeck(paragraph: string): boolean {
  if (!TITLE_AND_DECK.test(paragraph)) return false;
  return paragraph.split('\n').every((l) => {
    const n = (l.match(WORD) ?? []).length;
    return n >= 2 && n <= 24;
  });
}

/**
 * The title (the first paragraph) and a subtitle right after a title that ends in a period ("Mixed messages on the
 * plan.\n\nLanguage unclear on who is covered, experts say.\n\n…"), when more text follows them.
 */
export function headlineParagraphs(scope: TitleScope): Span[] {
  const { text, paragraphs } = scope;
  const [first, second, third] = paragraphs;
  if (!first || !second || !isTitleParagraph(scope, first, false)) return [];
  const out: Span[] = [{ start: first.start, end: first.end }];
  if (
    /[.!?]["”’']*$/.test(text.slice(first.start, first.end)) &&
    third &&
    isTitleParagraph(scope, second, true)
  )
    out.push({ start: second.start, end: second.end });
  return out;
}

/**
 * True when quote `q` stands in a title and gives no record. A title that names its speaker before a colon
 * ("Ted Vance: ‘Shouting At A Reporter Is A Fireable Offense’", "Ted Vance: Tax Appeals to ‘our bad angels’") keeps
 * its direct quotes, as a transcript's turn does.
 */
export function isTitleQuote(text: string, titles: readonly Span[], q: Quote): boolean {
  const t = titles.find((s) => q.start >= s.start && q.start < s.end);
  if (!t) return false;
  return !(q.type === 'direct' && /^[^:"“‘'«]{2,60}:\s/u.test(text.slice(t.start, t.end)));
}
