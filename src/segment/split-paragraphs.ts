import type { Paragraph } from '../types.js';

// A line that stands alone as a headline: short, no closing punctuation ("Cardinal criticises Iraq war cost").
function isHeadlineLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 120) return false;
  if (/[.,;:!?"”’)]$/.test(t)) return false;
  const words = t.split(/\s+/);
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}"“‘'(]/u.test(w)).length;
  return (
    words.length <= 14 && (capitalized / words.length >= 0.5 || t === t.toUpperCase() || words.length <= 8)
  );
}

/**
 * Paragraphs: blank-line separated blocks; inside a block, a single newline also ends a paragraph after a
 * headline line or after a line that ends a sentence and is followed by an indented or capitalised line.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  for (const block of text.matchAll(/[^\n]*\S[^\n]*(?:\n(?![ \t\r]*\n)[^\n]*)*/g)) {
    const blockStart = block.index;
    const lines = block[0].split('\n');
    let offset = blockStart;
    let paraStart = blockStart;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const next = lines[i + 1];
      const lineEnd = offset + line.length;
      if (next?.trim()) {
        const endsSentence = /[.!?"”’]\s*$/.test(line);
        const nextStarts = /^\s*[\p{Lu}"“‘'«(\d]/u.test(next);
        const nextIndented = /^[ \t]+\S/.test(next);
        // the document's first line as its headline, or a line in capitals; a wrapped line
        // ("Standard Oil Co and BP North America" / "Inc said …") is not a headline
        const titleLine =
          (paragraphs.length === 0 && i === 0) || (line === line.toUpperCase() && /\p{Lu}{3,}/u.test(line));
        if (titleLine && isHeadlineLine(line) && nextStarts) {
          push(paraStart, lineEnd);
          paraStart = lineEnd + 1;
        } else if (endsSentence && nextIndented) {
          push(paraStart, lineEnd);
          paraStart = lineEnd + 1;
        }
      }
      offset = lineEnd + 1;
    }
    push(paraStart, blockStart + block[0].length);
  }
  return paragraphs;
}
