// Gender usually given to an English first name, from the maintained package gender-detection-from-name (MIT):
// its English table only, loaded at first use. "Megyn" → female, "Vladimir" → male, unknown names → null.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let names: Map<string, string> | null = null;

/** The gender the first name usually has in English, or null when the table does not know it. */
export function genderOfFirstName(first: string): 'male' | 'female' | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  if (!names) names = require('gender-detection-from-name/names/en.js') as Map<string, string>;
  const g = names.get(first.toLowerCase());
  return g === 'male' || g === 'female' ? g : null;
}
