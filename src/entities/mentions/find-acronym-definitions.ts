// "the North Atlantic Treaty Organization (NATO)": an article teaches an acronym by writing it after its long form.
import { isCapitalized, slugify, splitWords, type Word } from '../split-words.js';
import type { LearnedAcronym } from './mention-context.js';

const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'to', '&']);

/** Letters an acronym takes from a long form: the first letter of each capitalized word (hyphen parts too). */
function initialsOf(words: Word[]): string {
  return words
    .filter((w) => !MINOR.has(w.text.toLowerCase()))
    .flatMap((w) => w.text.split('-'))
    .map((p) => p.charAt(0).toUpperCase())
    .join('');
}

/** Acronyms defined in the text, with the long form that precedes each. */
export function findAcronymDefinitions(text: string): LearnedAcronym[] {
  const found: LearnedAcronym[] = [];
  // "… Organisation (NATO)" / "… Organisation ("NATO")"
  for (const m of text.matchAll(/\(\s*["“]?(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})["”]?\s*\)/gu)) {
    const acronym = (m[1] ?? '').replace(/\./g, '');
    if (acronym.length < 2) continue;
    const before = splitWords(text.slice(Math.max(0, m.index - 200), m.index), Math.max(0, m.index - 200));
    // take words back from the bracket, at most 2 per letter, until the initials spell the acronym
    for (let n = 1; n <= Math.min(before.length, acronym.length * 2 + 2); n++) {
      const words = before.slice(before.length - n);
      const first = words[0];
      if (!first || !isCapitalized(first.text)) continue;
      if (initialsOf(words) === acronym.toUpperCase()) {
        const last = words[words.length - 1] ?? first;
        if (text.slice(last.end, m.index).trim() !== '') break;
        found.push({
          acronym: m[1] ?? acronym,
          long: text.slice(first.start, last.end),
          canonical: `org:${slugify(acronym)}`,
          start: first.start,
          end: m.index + m[0].length,
          rule: 'entities/acronym-after-long-form',
        });
        break;
      }
    }
  }
  return found;
}
