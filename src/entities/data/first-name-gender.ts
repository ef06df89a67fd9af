// Gender usually given to an English first name, from the maintained package gender-detection-from-name (MIT):
// its English table only, loaded at first use. "Megyn" → female, "Vladimir" → male, unknown names → null.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let names: Map<string, string> | null = null;

/** "Megyn": a capital then small letters only (ASCII read by code, other letters by their Unicode class). */
function isTitleCaseWord(w: string): boolean {
  let ascii = w.length >= 2;
  for (let i = 0; i < w.length && ascii; i++) {
    const c = w.charCodeAt(i);
    ascii = i === 0 ? c >= 65 && c <= 90 : c >= 97 && c <= 122;
    if (c >= 128) return /^\p{Lu}\p{Ll}+$/u.test(w);
  }
  return ascii;
}

/** The gender the first name usually has in English, or null when the table does not know it. */
export function genderOfFirstName(first: string): 'male' | 'female' | null {
  if (!isTitleCaseWord(first)) return null;
  if (!names) names = require('gender-detection-from-name/names/en.js') as Map<string, string>;
  const g = names.get(first.toLowerCase());
  return g === 'male' || g === 'female' ? g : null;
}
