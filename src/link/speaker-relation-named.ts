import { cachedRegExp, escapeRegExp, fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// ("Elian's great-uncle", "her stepfather", "his cousin": the wider family too)
const RELATIONS =
  'mother|father|wife|husband|son|daughter|brother|sister|widow|widower|partner|girlfriend|boyfriend|fiancée|fiancee|lawyer|attorney|agent|(?:great-)?(?:uncle|aunt|grand(?:mother|father|son|daughter))|cousin|nephew|niece|step(?:father|mother|son|daughter)';
const RELATION_MENTION = new RegExp(
  `^(?:(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)*)['’]s?|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${RELATIONS})$`,
  'u',
);
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+`;

// "Michael Lane's mother said …" when the article names her elsewhere ("His mother Katherine Lane …",
// "Katherine Lane, Mr Lane's mother, …") → Katherine Lane: a relative or agent named by relation.
export const speakerRelationNamed: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention ? RELATION_MENTION.exec(quote.mention.text) : null;
  if (!m?.[2]) return null;
  const relation = m[2];
  const owner = m[1] ? (m[1].split(/\s+/).pop() ?? m[1]) : null;
  const whose = `(?:[Hh]is|[Hh]er|[Tt]heir|(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+)?${owner ? escapeRegExp(owner) : '\\p{Lu}[\\p{L}\\p{M}-]*'}['’]s?)`;
  const patterns = [
    // "his mother Katherine Lane", "Mr Lane's mother, Katherine Lane,"; "Mr Lane's son Stephen, 57,": a first
    // name alone, when the article gives no other
    cachedRegExp(`\\b${whose}\\s+(?:[\\p{Ll}-]+\\s+){0,2}${relation},?\\s+(${NAME})`, 'gu'),
    cachedRegExp(
      `\\b${whose}\\s+(?:[\\p{Ll}-]+\\s+){0,2}${relation}\\s+(\\p{Lu}\\p{Ll}+)(?=,\\s+\\d{1,3},)`,
      'gu',
    ),
    // "Katherine Lane, his mother," (the relation closing the aside: not "… for Ann Lee, his son said …")
    cachedRegExp(
      `(${NAME}),\\s+${whose}\\s+(?:[\\p{Ll}-]+\\s+){0,2}${relation}\\b(?=\\s*(?:[,.;:)]|$))`,
      'gu',
    ),
    // "his son said …" then "Cal Reid, son of the front-runner, …": the relative named "<relation> of" later on
    cachedRegExp(`(${NAME}),\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?${relation}\\s+of\\s`, 'gu'),
  ];
  for (const re of patterns) {
    for (const hit of text.matchAll(re)) {
      const name = hit[1];
      if (!name || (quote.mention && hit.index === quote.mention.start)) continue;
      return { speaker: fullestName(names, name) ?? name, rule: 'speaker/relation-named' };
    }
  }
  return null;
};
