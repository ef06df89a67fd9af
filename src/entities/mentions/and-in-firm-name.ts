import type { Word } from '../split-words.js';
import { isCapitalized } from '../split-words.js';
import { isJoined } from './mention-context.js';
import { LEGAL_FORMS } from './of-in-firm-name.js';

// "Poor's Corp": a possessive inside the words after "and"
const POSSESSIVE_GAP = /^['’]s $/;

// "Tarrow Finch and Co Inc": "and Co" closes a firm's name however many words stand before it
const CO_AFTER_AND = new Set(['co', 'company']);

/**
 * The end of a firm's name that goes on past "and" at `j`, or 0: "Tarley and Dunn's Corp", "Pell and Gray Co",
 * "Vane and Co Inc" (one word before "and", the run's only name word; one word after it and a legal form, or the
 * legal form itself), "Keller and Keller" (one word written twice). Not "Tarn Inc and Vell Corp" (a legal form
 * before "and"), "Tom Vell and Narra Capital Inc", "Lorne and Tarn Motors Inc" (more than one word on a side: a
 * list as likely as a name; the link stage joins "Keel Mining and Smelting Co Ltd"), nor a place before "and"
 * ("France and Vell Corp": `oneWordBefore` is false for one). "and Co" takes any words before it: "Tarrow Finch
 * and Co Inc" (not after a legal form or a known place: "Tarn Inc and Co", "France and Co").
 */
export function andInFirmName(
  text: string,
  words: Word[],
  lower: string[],
  j: number,
  oneWordBefore: boolean,
  placeBefore = false,
): number {
  const before = words[j - 1];
  if (words[j]?.text !== 'and' || !before || LEGAL_FORMS.has(lower[j - 1] ?? '')) return 0;
  const next = words[j + 1];
  // "Shares of Tarrow Finch and Co Inc rose": "and Co" with a legal form or nothing capitalised after it
  if (
    !oneWordBefore &&
    !placeBefore &&
    CO_AFTER_AND.has(lower[j + 1] ?? '') &&
    isJoined(text, words[j] as Word, next as Word)
  ) {
    const after = words[j + 2];
    if (after && LEGAL_FORMS.has(lower[j + 2] ?? '') && isJoined(text, next as Word, after)) return j + 3;
    if (!after || !isCapitalized(after.text) || !isJoined(text, next as Word, after)) return j + 2;
    return 0;
  }
  if (!oneWordBefore) return 0;
  if (!next || !isCapitalized(next.text) || !isJoined(text, words[j] as Word, next)) return 0;
  // "Keller and Keller said": the same word on each side
  if (next.text === before.text && !isCapitalized(words[j + 2]?.text ?? '')) return j + 2;
  if (LEGAL_FORMS.has(lower[j + 1] ?? '')) return j + 2;
  const form = words[j + 2];
  if (!form || !LEGAL_FORMS.has(lower[j + 2] ?? '')) return 0;
  const gap = text.slice(next.end, form.start);
  return isJoined(text, next, form) || POSSESSIVE_GAP.test(gap) ? j + 3 : 0;
}
