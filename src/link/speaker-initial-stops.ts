import { escapeRegExp } from './speaker-names.js';

// a bare initial inside a name: "John C Eastman", "M.A Munim", "C Manly Molpus"
const BARE_INITIAL = /(?:^|\s)(?:\p{Lu}\.)*\p{Lu}\s/u;

/**
 * The name with its initials' stops as the text writes them: "John C Eastman" → "John C. Eastman",
 * "M.A Munim" → "M.A. Munim" when the text writes "John C. Eastman" and never "John C Eastman".
 * Null when the name has no bare initial, or the text writes it so.
 */
export function nameWithInitialStops(speaker: string, text: string): string | null {
  if (!BARE_INITIAL.test(speaker) || text.includes(speaker)) return null;
  const words = speaker.split(' ');
  // each initial may carry its stop in the text; other words as they are
  const source = words
    .map((w, i) =>
      i < words.length - 1 && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(w) ? `${escapeRegExp(w)}\\.?` : escapeRegExp(w),
    )
    .join('\\s+');
  const written = new RegExp(`(?<![\\p{L}\\p{N}.])${source}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  if (!written) return null;
  const found = written[0].replace(/\s+/g, ' ');
  return found !== speaker ? found : null;
}
