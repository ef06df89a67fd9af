import { isPersonName } from './speaker-entity-names.js';
import { escapeRegExp, fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a role only one person holds for a candidate: "running mate", "campaign manager", "vice presidential pick"
const ROLE =
  '(?:running\\s+mate|vice[-\\s]presidential\\s+(?:pick|nominee|candidate)|campaign\\s+manager|campaign\\s+chair(?:man|woman)?)';
const MENTION = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M}-]+)['’]s?\\s+${ROLE}$`, 'u');
// a person's name: two or three capitalised words
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,2}";

// "Indiana Gov. Carl Pence" → "Carl Pence": the last two or three words that make a person's name
function personAtEnd(run: string): string | null {
  const words = run.split(/\s+/);
  for (const k of [3, 2]) {
    const tail = words.slice(-k);
    if (tail.length === k && !tail.some((w) => /\.$/.test(w) && w.length > 2) && isPersonName(tail.join(' ')))
      return tail.join(' ');
  }
  return null;
}

/**
 * "Grange and his running mate, Indiana Gov. Carl Pence, … “…,” Grange's running mate said.": a candidate's
 * running mate or campaign manager, as a descriptor, is the one person the article names in that role for that
 * candidate ("Grange's running mate, Carl Pence", "Grange running mate Carl Pence", "Carl Pence, Grange's running
 * mate", "Grange … his running mate Carl Pence"); nothing when it names two.
 */
export const speakerRunningMate: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  const owner = m ? MENTION.exec(m.text)?.[1] : undefined;
  if (!m || !owner) return null;
  const role = m.text.slice(owner.length).replace(/^['’]s?\s+/, '');
  const roleRe = escapeRegExp(role).replace(/\s+/g, '\\s+').replace(/-/g, '[-\\s]');
  const o = escapeRegExp(owner);
  // (a title or state before the name: "running mate, Indiana Gov. Carl Pence"; the name is the run's end)
  const between = "\\s*,?\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}";
  const forms = [
    new RegExp(`\\b${o}(?:['’]s?)?\\s+${roleRe}${between}${NAME})`, 'gu'),
    new RegExp(`(${NAME}),\\s+${o}['’]s?\\s+${roleRe}\\b`, 'gu'),
    // "his running mate" in the sentence that names the owner before it
    new RegExp(`\\b${o}\\b[^.!?"“”]{0,80}?\\b(?:his|her)\\s+${roleRe}${between}${NAME})`, 'gu'),
  ];
  const found = new Set<string>();
  for (const re of forms)
    for (const x of text.matchAll(re)) {
      const n = personAtEnd(x[1]?.replace(/['’]s?$/, '') ?? '');
      if (n && n !== owner) found.add(fullestName(names, n) ?? n);
    }
  const [only] = found;
  return found.size === 1 && only ? { speaker: only, rule: 'speaker/running-mate' } : null;
};
