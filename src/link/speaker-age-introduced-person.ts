import { rangeIndexHolding } from '../quotes/span-index.js';
import { escapeRegExp, fullestName, isOrganisationName } from './speaker-names.js';
import type { SpeakerInput } from './speaker-rule.js';

// the name set off by a relative clause or an appositive that introduces its bearer: "Emma Dunn, who plays …",
// "Tom Reid, a pupil at …", "Ann Vell, 14, …"
const INTRODUCED = /^,\s+(?:who\b|(?:a|an|the)\s|\d{1,2},)/;

/**
 * "The young stars were represented by Emma Dunn, who plays a witch. The 14-year-old said …": an age descriptor
 * ("the 14-year-old") right after a sentence that introduces a person, named in full and set off by "who …" or an
 * appositive, who has not spoken → that person (the first such in the sentence); else null.
 */
export function ageIntroducedPerson(
  descriptor: string,
  { quote, text, seg, names, previous }: Pick<SpeakerInput, 'quote' | 'text' | 'seg' | 'names' | 'previous'>,
): string | null {
  if (!/^the\s+\d{1,3}-year-old$/i.test(descriptor.trim())) return null;
  const at = quote.mention?.start ?? quote.start;
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  const before = seg.sentences[k - 1];
  if (!here || !before || here.paragraph - before.paragraph > 1) return null;
  // (the descriptor opens its sentence, or the quote before it does: '"…," said the 14-year-old')
  const opening = text.slice(here.start, at);
  if (!/^\s*$/.test(opening) && !/^["“‘][^"”’]*[,.!?]["”’]\s+said\s+$/u.test(opening)) return null;
  // (not after a sentence whose subject is a pronoun: "She beat Kim Tull, a former champion, …" goes on from her)
  if (/^\s*(?:["“‘]\s*)?(?:He|She|They)\b/.test(text.slice(before.start, before.end))) return null;
  // (not when the article gives the age to another: '"…," said Ana Vale, 30.' for "the 30-year-old")
  const age = /(\d{1,3})-year-old/i.exec(descriptor)?.[1] ?? '';
  const aged = (name: string) => new RegExp(String.raw`${escapeRegExp(name)},\s+${age}\b`).test(text);
  // (not one named inside what someone said)
  const quoted = (o: number) => previous.some((q) => q.type === 'direct' && o >= q.start && o < q.end);
  for (const n of names.persons) {
    if (n.start < before.start || n.start >= before.end || quoted(n.start)) continue;
    const full = fullestName(names, n.name) ?? n.name;
    if (!/\s/.test(full) || isOrganisationName(full) || previous.some((q) => q.speaker === full)) continue;
    if (!INTRODUCED.test(text.slice(n.start + n.name.length, n.start + n.name.length + 12))) continue;
    const other = names.persons.find((o) => o.name !== n.name && o.start < at && aged(o.name));
    return other ? null : full;
  }
  return null;
}
