import type { Word } from '../split-words.js';
import { isCapitalized } from '../split-words.js';
import { isJoined } from './mention-context.js';

// the last word of a firm's name that makes a possessive before it part of the name ("Tarn's Bay Co.")
const COMPANY_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group', 'bank']);

const POSSESSIVE_GAP = /^['’]s $/;

/**
 * The end of a firm's name that a one-word possessive opens: "Tarn's Bay Co.", "McAllen's Foods Ltd",
 * "Dunn's Corp" (the possessive at `i`, its name words from `i + 1` up to three, the last a company suffix);
 * 0 when the words after it do not end in one ("Reid's firm, Tarn Co"; "Ann's Bay Co. boss Tom Reid" ends at "Co").
 */
export function possessiveInFirmName(text: string, words: Word[], lower: string[], i: number): number {
  const owner = words[i] as Word;
  const next = words[i + 1];
  if (next === undefined || !POSSESSIVE_GAP.test(text.slice(owner.end, next.start))) return 0;
  for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
    const w = words[k] as Word;
    if (!isCapitalized(w.text)) return 0;
    if (k > i + 1 && !isJoined(text, words[k - 1] as Word, w)) return 0;
    if (COMPANY_SUFFIXES.has(lower[k] ?? '')) return k + 1;
  }
  return 0;
}
