import {
  cachedRegExp,
  expandAcronym,
  fullestName,
  isOrganisationName,
  isPlaceName,
  type NameIndex,
} from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

const DOCUMENT =
  /^(?:report|survey|study|statement|book|letter|memo|paper|research|analysis|review|poll|figures|data|motion|document|manifesto)$/;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "the ADB report" → Asian Development Bank; "the Directions survey" → the survey, named as written
function ownerName(names: NameIndex, owner: string, head: string, text: string): string {
  const long = expandAcronym(names, owner);
  if (long) return long;
  if (isOrganisationName(owner)) return owner;
  const person = fullestName(names, owner);
  if (person) return person;
  // "a senior adviser at the Forum for the Future": named elsewhere on its own, the owner is a name
  const alone = cachedRegExp(`${escapeRegex(owner)}(?!['’]?s?\\s+${escapeRegex(head)}\\b)`, 'g');
  if (/\s(?:of|for)\s/.test(owner) && (text.match(alone) ?? []).length > 0) return owner;
  return `${owner} ${head}`;
}
// a capitalised name, joins included: "Forum for the Future", "Bank of the Isles"
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}&'’-]*\s+(?:(?:of|for|the|and|&)\s+)*)*\p{Lu}[\p{L}\p{M}&-]*`;

const OWNER_INSIDE = new RegExp(`(${NAME})(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+)*\\S+$`, 'u');

// "a British Retail Consortium survey found …" → the consortium; "the new book claims …" after
// "Robert Peston's new book" → Robert Peston: a document speaks for whoever wrote it.
export const speakerDocumentOwner: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  const words = m.split(/\s+/);
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (!DOCUMENT.test(head)) return null;
  // the owner inside the mention: "the ADB report", "a British Retail Consortium survey", "Lycos's statement"
  const inside = OWNER_INSIDE.exec(m);
  if (inside?.[1] && !/^(?:The|A|An)$/.test(inside[1]) && !isPlaceName(inside[1])) {
    return {
      speaker: ownerName(names, inside[1].replace(/^(?:The|A|An)\s+/, ''), head, text),
      rule: 'speaker/document-owner',
    };
  }
  // the owner named with the same document elsewhere: "Robert Peston's new book"
  const core = m.replace(/^(?:the|a|an|this|that|its|his|her|their)\s+/i, '');
  const re = cachedRegExp(`(${NAME})(?:['’]s?)?\\s+${escapeRegex(core)}\\b`, 'gu');
  // the nearest such naming, before the quote if there is one
  const hits = [...text.matchAll(re)].filter((h) => h[1] && !/^(?:The|A|An|This|That)$/.test(h[1]));
  const hit = [...hits].reverse().find((h) => h.index < quote.start) ?? hits[0];
  if (hit?.[1])
    return {
      speaker: ownerName(names, hit[1].replace(/^(?:The|A|An)\s+/, ''), head, text),
      rule: 'speaker/document-owner',
    };
  return null;
};
