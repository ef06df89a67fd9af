import { atSentenceStart } from './patterns.js';

// Capitalised words that open a sentence or a headline phrase and are not part of a name ("In Today's world")
const FUNCTION_WORDS = new Set([
  'in',
  'on',
  'until',
  'since',
  'by',
  'and',
  'but',
  'so',
  'as',
  'of',
  'for',
  'from',
]);

/**
 * True when a capitalised "Today"/"Yesterday" at [start, end) is part of a name, not a date:
 * "according to USA Today", "the Today programme", "BBC Radio 4's Today programme". Sentence-initial
 * "Today, the minister said" is still a date.
 */
export function isDayWordInName(text: string, start: number, end: number): boolean {
  const c = text.charAt(start);
  if (c < 'A' || c > 'Z') return false;
  // "… on the Today programme", "a Today show interview"
  if (/^(?:['’]s)?\s+(?:programme|program|show|newspaper|presenter|host)\b/i.test(text.slice(end, end + 14)))
    return true;
  if (atSentenceStart(text, start)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  // "the Today programme"
  if (/\bthe\s+$/.test(before)) return true;
  // "USA Today", "Radio 4's Today": a capitalised or possessive word right before, no punctuation between
  const prev = /([A-Za-z0-9&.-]+?)(['’]s)?\s+$/.exec(before);
  if (!prev) return false;
  const word = prev[1] ?? '';
  if (FUNCTION_WORDS.has(word.toLowerCase()) || /\.$/.test(word)) return false;
  return /^[A-Z]/.test(word) || prev[2] !== undefined;
}
