import { ORGANIZATION_HEADS } from '../data/titles.js';
import type { Word } from '../split-words.js';
import { isCapitalized } from '../split-words.js';
import { isJoined } from './mention-context.js';

// a firm's legal form closing its name ("… of America Inc")
export const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'sa',
  'ag',
  'nv',
  'spa',
  'bv',
  'gmbh',
]);
// plural nouns a firm's name is made of ("Harbury Motor Sales", "Tarn Foods"), beside the organisation heads
const FIRM_BODY_WORDS = new Set([
  'sales',
  'products',
  'systems',
  'services',
  'resources',
  'laboratories',
  'communications',
  'stores',
  'foods',
  'enterprises',
  'investments',
  'properties',
  'technologies',
  'electronics',
  'chemicals',
  'securities',
  'partners',
  'associates',
  'brands',
  'markets',
]);
// "Kelso, Nor.-based Tarn of Dover said": a place-based modifier right before the name
const BASED_BEFORE = /[\p{L}.]-based\s+$/u;

/**
 * The end of a firm's name that goes on past "of" at `j` (the name opened at word `i`), or 0: "Harbury Motor
 * Sales of Norland Inc" (a firm's word before "of", capitalised words after it up to four, the last its legal
 * form) or "Kelso-based Tarn of Dover said" (a name a place-based modifier opens, one to three capitalised words
 * after "of"). Not "Tom Vell of Harbury Inc" (a person before "of"), nor "Bank of Dover" (no legal form, no
 * "-based": read as before).
 */
export function ofInFirmName(text: string, words: Word[], lower: string[], i: number, j: number): number {
  if (words[j]?.text !== 'of') return 0;
  const based = BASED_BEFORE.test(
    text.slice(Math.max(0, (words[i] as Word).start - 12), (words[i] as Word).start),
  );
  const before = lower[j - 1] ?? '';
  if (!based && !ORGANIZATION_HEADS.has(before) && !FIRM_BODY_WORDS.has(before)) return 0;
  let end = 0;
  for (let k = j + 1; k <= j + 4 && k < words.length; k++) {
    const w = words[k] as Word;
    if (!isCapitalized(w.text) || !isJoined(text, words[k - 1] as Word, w)) break;
    if (LEGAL_FORMS.has(lower[k] ?? '')) return k + 1;
    if (based && k <= j + 3) end = k + 1;
  }
  return end;
}
