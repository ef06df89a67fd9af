import { escapeRegExp, fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the elder Gonzalez", "The younger Varn": one of two namesakes told apart by age
const ELDER = /^[Tt]he\s+(elder|younger)\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const CHILD = 'son|daughter|child';
const PARENT = 'father|mother|parent';

// "Luis Gonzalez and his son Pedro Gonzalez met reporters. The elder Gonzalez said …" → Luis Gonzalez: of two
// namesakes, one given as the other's son or daughter is the younger, the other the elder (one given as a father
// or mother the elder); no such relation written, nothing.
export const speakerElderNamesake: SpeakerRule = ({ quote, text, names }) => {
  const d = ELDER.exec(quote.mention?.text ?? '');
  if (!d?.[1] || !d[2]) return null;
  const surname = escapeRegExp(d[2]);
  const before = text.slice(0, quote.mention?.start ?? quote.start);
  const full = new Set<string>();
  for (const m of before.matchAll(
    new RegExp(String.raw`\p{Lu}[\p{L}\p{M}'’-]+\s+${surname}(?![\p{L}\p{M}])`, 'gu'),
  ))
    full.add(m[0]);
  if (full.size !== 2) return null;
  const related = (kind: string) =>
    [...full].filter((n) =>
      new RegExp(
        String.raw`\b(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:${kind}),?\s+${escapeRegExp(n)}`,
        'u',
      ).test(before),
    );
  const children = related(CHILD);
  const parents = related(PARENT);
  const [a, b] = [...full];
  if (!a || !b) return null;
  const other = (n: string) => (n === a ? b : a);
  let elder: string | null = null;
  if (children.length === 1 && parents.length === 0 && children[0]) elder = other(children[0]);
  else if (parents.length === 1 && children.length === 0 && parents[0]) elder = parents[0];
  if (!elder) return null;
  const speaker = d[1] === 'elder' ? elder : other(elder);
  return { speaker: fullestName(names, speaker) ?? speaker, rule: 'speaker/elder-namesake' };
};
