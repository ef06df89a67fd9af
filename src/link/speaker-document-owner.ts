import {
  cachedRegExp,
  expandAcronym,
  fullestName,
  isCommonWord,
  isOrganisationName,
  isPlaceName,
  type NameIndex,
  stripTitles,
} from './speaker-names.js';
import type { SpeakerChoice, SpeakerRule } from './speaker-rule.js';

const DOCUMENT =
  /^(?:report|survey|study|statement|book|letter|memo|paper|research|analysis|review|poll|figures|data|motion|document|manifesto|website|bulletin)$/;
// what an owner files, counts or sends, spoken for only when the owner's name opens the mention with its
// possessive ("Norvel's own filings", "the Courier's calculations", "Mr Lee's e-mail")
const FILED =
  /^(?:filings?|statistics|projections?|estimates|forecasts?|calculations|records|minutes|notice|schedule|e-?mail|tweet|blog)$/;
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

// a capitalised word, possessive or not, ending a run of non-blank characters: "Peston's", "ADB"
const NAME_ENDS = /\p{Lu}[\p{L}\p{M}&-]*(?:['’]s?)?$/u;
// a word a name may go on through: a capitalised one or a join ("of", "for", "the", "and", "&")
const WORD_ENDS = /(?:\p{Lu}[\p{L}\p{M}&'’-]*|^(?:of|for|the|and|&))$/u;

/**
 * Whether `core` ever follows blank space after a capitalised word ("Peston's new book"), which any naming of
 * the document's owner needs: when not, the scan of the whole text for one is spared.
 */
function namedBefore(text: string, core: string): boolean {
  if (!core) return true;
  for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
    let i = at;
    while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
    if (i === at || i === 0) continue;
    let from = i;
    while (from > 0 && !/\s/.test(text[from - 1] ?? '')) from--;
    const word = text.slice(from, i);
    if (!NAME_ENDS.test(word)) continue;
    // "… said. A study found": a lone article is no owner, unless a name goes on before it ("Bank of A study")
    if (!/^(?:The|A|An|This|That)(?:['’]s?)?$/.test(word)) return true;
    let j = from;
    while (j > 0 && /\s/.test(text[j - 1] ?? '')) j--;
    if (j === from || j === 0) continue;
    let k = j;
    while (k > 0 && !/\s/.test(text[k - 1] ?? '')) k--;
    if (WORD_ENDS.test(text.slice(k, j))) return true;
  }
  return false;
}

// the namings of each document in the last text asked, found once (every quote of "the report" scanned the
// whole text again: quadratic in a long article); read only by the rule
let namingsText = '';
let namings = new Map<string, RegExpExecArray[]>();

function namingsOf(text: string, core: string): RegExpExecArray[] {
  if (namingsText !== text) {
    namingsText = text;
    namings = new Map();
  }
  let hits = namings.get(core);
  if (!hits) {
    hits = namedBefore(text, core)
      ? [...text.matchAll(cachedRegExp(`(${NAME})(?:['’]s?)?\\s+${escapeRegex(core)}\\b`, 'gu'))].filter(
          (h) => h[1] && !/^(?:The|A|An|This|That)$/.test(h[1]),
        )
      : [];
    namings.set(core, hits);
  }
  return hits;
}

const OWNER_OPENS = new RegExp(`^(?:[Tt]he\\s+)?(${NAME})['’]s?\\s+(?:[\\p{Ll}-]+\\s+)*\\S+$`, 'u');

// "Norvel's own filings" → Norvel, "the ADB's projections" → Asian Development Bank, "Mr Lee's e-mail" → Tom
// Lee: an owner named in full, or an acronym (not "the Bank's minutes": one word, a common noun capitalised)
function filedOwner(names: NameIndex, m: string, text: string): SpeakerChoice | null {
  const owner = OWNER_OPENS.exec(m)?.[1];
  // ("Part of Ann Tull's tweet": a common word capitalised to open the sentence is no owner's, nor its "of")
  if (!owner || isPlaceName(owner) || isCommonWord(owner.split(/\s/)[0] ?? '', text, true)) return null;
  if (/^\p{Lu}\p{Ll}+\s+of\s/u.test(owner) && !isOrganisationName(owner)) return null;
  const long = expandAcronym(names, owner);
  if (long) return { speaker: long, rule: 'speaker/document-owner' };
  const bare = stripTitles(owner).name || owner;
  const person = fullestName(names, bare);
  if (person) return { speaker: person, rule: 'speaker/document-owner' };
  if (!/\s/.test(owner) && !/^[\p{Lu}&.]{2,}$/u.test(owner)) return null;
  return { speaker: bare, rule: 'speaker/document-owner' };
}

// "a British Retail Consortium survey found …" → the consortium; "the new book claims …" after
// "Robert Peston's new book" → Robert Peston: a document speaks for whoever wrote it.
export const speakerDocumentOwner: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  // "a statement released by Ann Tull's office" → Ann Tull's office
  const by =
    /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|document|study|survey)\s+(?:released|issued|published|put\s+out)\s+by\s+(?:the\s+)?(.+)$/iu.exec(
      m,
    )?.[1];
  if (by) return { speaker: by, rule: 'speaker/document-issued-by' };
  const words = m.split(/\s+/);
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (FILED.test(words[words.length - 1] ?? '')) return filedOwner(names, m, text);
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
  // ("Research has found …": a common noun capitalised only to open the sentence)
  const core = m
    .replace(/^(?:the|a|an|this|that|its|his|her|their)\s+/i, '')
    .replace(/^\p{Lu}(?=\p{Ll}+$)/u, (c) => (m === words[0] ? c.toLowerCase() : c));
  // the nearest such naming, before the quote if there is one
  const hits = namingsOf(text, core);
  const before = [...hits].reverse().find((h) => h.index < quote.start);
  // "Donald Trump, in a statement delivered by his aide, announced …" / "Norvel issued a statement …": the one
  // who issued the document just before, ahead of a "Turkish statement" named only later
  if (!before) {
    const issued = [
      ...text
        .slice(0, quote.mention?.start ?? quote.start)
        .matchAll(
          cachedRegExp(
            String.raw`(${NAME}),?\s+(?:(?:in|through|via)\s+an?|(?:issued|released|published|sent|put\s+out)\s+an?)\s+(?:[\p{Ll}-]+\s+)?${escapeRegex(head)}\b`,
            'gu',
          ),
        ),
    ].pop();
    // "President Ray Fenn" → "Ray Fenn"
    const written = issued?.[1]?.replace(/^(?:The|A|An)\s+/, '');
    const owner = written && /\s/.test(written) ? stripTitles(written).name || written : written;
    if (owner && !/^(?:The|A|An|It|He|She|They|We)$/.test(owner) && !isPlaceName(owner))
      return { speaker: ownerName(names, owner, head, text), rule: 'speaker/document-issuer' };
  }
  // "the Turkish statement": a nationality is no owner
  const hit =
    before ??
    hits.find((h) => !/^(?:(?:The|A|An)\s+)?\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(h[1] ?? ''));
  if (hit?.[1])
    return {
      speaker: ownerName(names, hit[1].replace(/^(?:The|A|An)\s+/, ''), head, text),
      rule: 'speaker/document-owner',
    };
  return null;
};
