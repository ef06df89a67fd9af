// "The figures, in Tarn's just-released 1986 annual report, show … According to the report, …": the owner of "the
// report" written with its possessive and a few describing words before the same document word, earlier in the text.
import { cachedRegExp } from './speaker-names.js';

// words that may stand between the possessive and the document: lower-case or numbers, no joins ("Tarn's
// rejection of the report" is Tarn's rejection, not its report)
const JOIN =
  /^(?:of|the|a|an|to|and|or|in|on|for|by|with|that|from|about|at|into|over|against|its|his|her|their)$/;

/**
 * The possessor of the nearest naming of `head` ("report") before `at` written "<Name>'s <1-3 words> report",
 * or null. The name is one to three capitalised words; the words between are lower-case, hyphened or numbers.
 */
export function documentPossessorBefore(text: string, head: string, at: number): string | null {
  const upTo = text.slice(0, at);
  const found = [
    ...upTo.matchAll(
      cachedRegExp(
        String.raw`(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}&-]*\s+){0,2}\p{Lu}[\p{L}\p{M}&-]*)['’]s\s+((?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+){1,3})${head}\b`,
        'gu',
      ),
    ),
  ];
  for (const m of found.reverse()) {
    const between = (m[2] ?? '').trim().split(/\s+/);
    if (between.some((w) => JOIN.test(w))) continue;
    const name = m[1];
    if (name === undefined) return null;
    return wholeOwnerName(upTo.slice(0, m.index), name);
  }
  return null;
}

// "the Bank of Kelso's two year survey": the owner is the whole "Bank of Kelso", not "Kelso" (one word a side of
// "of"); "The Guild's latest report": a sentence-opening "The" is no part of the name.
function wholeOwnerName(before: string, name: string): string | null {
  const head = name.includes(' ')
    ? null
    : /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before);
  const whole = head ? before.slice(head.index) + name : name;
  const bare = whole.replace(/^The\s+/, '');
  return bare === '' ? null : bare;
}
