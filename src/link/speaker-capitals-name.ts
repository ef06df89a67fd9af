import type { EntityLayer } from '../entities/find-entities.js';

// "MARROW SAYS PIPELINE HAS CUT BILLS" → "Elena Marrow": a headline's capitalised surname stands for the one
// person of the article whose name ends with it; nothing when none or several do.
export function nameFromCapitals(speaker: string, entities: EntityLayer): string | null {
  if (!/^[\p{Lu}][\p{Lu}'’-]+$/u.test(speaker)) return null;
  const key = speaker.toLowerCase();
  const matches = new Set<string>();
  // "WALLACE: …" in a transcript whose host is never given a first name: the one-word name itself
  let alone: string | null = null;
  for (const e of entities.entities) {
    if (e.kind !== 'person') continue;
    const words = e.name.split(/\s+/);
    if (words.length >= 2 && words[words.length - 1]?.toLowerCase() === key) matches.add(e.name);
    if (words.length === 1 && e.name.toLowerCase() === key && e.name !== speaker) alone = e.name;
  }
  if (matches.size === 0) return alone;
  return matches.size === 1 ? ([...matches][0] ?? null) : null;
}
