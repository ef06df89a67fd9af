import { documentPossessorBefore } from './document-possessor-before.js';
import {
  cachedRegExp,
  escapeRegExp,
  expandAcronym,
  fullestName,
  isCommonWord,
  isOrganisationName,
  isPlaceName,
  memoByString,
  type NameIndex,
  regExpBy,
  stripTitles,
} from './speaker-names.js';
import { paragraphOf, type SpeakerChoice, type SpeakerRule } from './speaker-rule.js';

const DOCUMENT =
  /^(?:report|survey|study|statement|book|letter|memo|paper|research|analysis|review|poll|figures|data|motion|document|manifesto|website|bulletin|slogan|leaflet|advert|advertisement)$/;
// what an owner files, counts or sends, spoken for only when the owner's name opens the mention with its
// possessive ("Norvel's own filings", "the Courier's calculations", "Mr Lee's e-mail")
const FILED =
  /^(?:filings?|statistics|projections?|estimates|forecasts?|calculations|records|minutes|notice|schedule|e-?mail|tweet|blog)$/;

// "As Mr Kok's report noted", "And ILO-based figures": a word opening the sentence is no part of the owner
const OPENER = /^(?:As|And|But|So|Yet|Or|Also|Then|While|When|If|Now|Still|Meanwhile|However)\s+/;
// "Their statement", "Our study", "Your manifesto": a possessive determiner, no name
const DETERMINER =
  /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Such|Each|Every|Another)$/;

/** The owner as a name: "And ILO-based" → "ILO"; "Oxfam's Paying the Price" → "Oxfam"; null for "Their". */
function cleanOwner(written: string): string | null {
  const owner = written
    .replace(OPENER, '')
    .replace(/^(?:The|A|An)\s+/, '')
    // "Oxfam's Paying the Price report", "the Treasury's Barker review": the possessor owns the document
    .replace(/['’]s?\s.*$/u, '')
    .replace(/['’]s?$/u, '')
    .replace(/-based$/, '');
  return owner && !DETERMINER.test(owner) ? owner : null;
}

// ("Petrobras said …", "…, said Petrobras.", "according to Petrobras,": one that speaks in its own name), built once per owner
const SPEAKS = regExpBy(
  'u',
  (owner) =>
    `(?<![\\p{L}\\p{M}'’-])${escapeRegExp(owner)}\\s+(?:also\\s+)?(?:said|says|told|added|announced|reported|stated)\\b|\\b(?:said|says|according\\s+to)\\s+${escapeRegExp(owner)}(?=\\s*[.,;])`,
);

// "the ADB report" → Asian Development Bank; "the Directions survey" → the survey, named as written
function ownerName(names: NameIndex, owner: string, head: string, text: string, possessor = false): string {
  const long = expandAcronym(names, owner);
  if (long) return long;
  const same = fullerOwnerOfSame(owner, head, text);
  if (same) return same;
  // "the Bank's latest inflation report" after "the Bank of England", "a Plessey statement" after "Plessey Co
  // Plc": the fuller name of the organisation that opens or closes with the owner, as the text first writes it
  const fuller = fullerOrganisation(names, owner, text);
  if (fuller) return fuller;
  if (isOrganisationName(owner)) return owner;
  // "Mr Kok's report" → Wim Kok
  const person = fullestName(names, owner) ?? fullestName(names, stripTitles(owner).name || owner);
  if (person) return person;
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof)\.?\s+\p{Lu}/u.test(owner))
    return stripTitles(owner).name || owner;
  // "a senior adviser at the Forum for the Future", "Petrobras said …": named elsewhere on its own, not before
  // the document's word nor another capitalised word, the owner is a name
  // ("Petrobras said …": one that speaks in its own name; "surveyed by Directions" is the survey's title; the
  // pattern for a name with "of" or "for" built only for one)
  const named = /\s(?:of|for)\s/.test(owner)
    ? (
        text.match(
          cachedRegExp(
            `(?<![\\p{L}\\p{M}'’-])${escapeRegExp(owner)}(?:['’]s?)?(?![\\p{L}\\p{M}'’-]|\\s+(?:${escapeRegExp(head)}\\b|\\p{Lu}))`,
            'gu',
          ),
        ) ?? []
      ).length > 0
    : SPEAKS(owner).test(text);
  if (!isNationality(owner) && named) return owner;
  // "Oxfam's Paying the Price report": a possessor owns what it names
  if (possessor) return owner;
  return `${owner} ${head}`;
}

// "A Tarnview University poll": the owner named in full before the same document's word, built once per owner and word
const OWNER_OF_SAME = regExpBy('u', (key) => {
  const [owner = '', head = ''] = key.split('\n');
  return `(?<![\\p{L}\\p{M}'’-])(${escapeRegExp(owner)}(?:\\s+\\p{Lu}[\\p{L}\\p{M}&-]*)+)(?:['’]s)?\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}${escapeRegExp(head)}\\b`;
});

/** "the Tarnview poll" after "A Tarnview University poll": the organisation the text names as the same document's
 * owner in full, opening with the short owner; null when none. */
function fullerOwnerOfSame(owner: string, head: string, text: string): string | null {
  const full = OWNER_OF_SAME(`${owner}\n${head}`).exec(text)?.[1];
  return full && isOrganisationName(full) ? full : null;
}

// "the Turkish statement", "the Iraqi letter": a nationality is no owner's name
const isNationality = (w: string) => /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(w);

/** The first organisation run of the text that opens with `owner` and " of" or closes with it ("Bank" → "Bank of England"). */
function fullerOrganisation(names: NameIndex, owner: string, text: string): string | null {
  if (isNationality(owner) || isPlaceName(owner)) return null;
  const opens = `${owner} `;
  const closes = ` ${owner}`;
  let best: string | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const run of names.runs) {
    if (run.length <= owner.length || / and /.test(run)) continue;
    // ("Statistics Office" → "Federal Statistics Office"; one word closes too many names: "Royal Bank")
    const fits =
      (run.startsWith(`${owner} of `) || (/\s/.test(owner) && run.endsWith(closes))) &&
      isOrganisationName(run);
    // a company suffix after the owner: "Plessey Co Plc"
    const suffixed =
      run.startsWith(opens) &&
      /^(?:(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|Group)\.?\s*)+$/.test(run.slice(opens.length));
    if (!fits && !suffixed) continue;
    const at = text.indexOf(run);
    if (at >= 0 && (at < bestAt || (at === bestAt && run.length > (best?.length ?? 0)))) {
      best = run;
      bestAt = at;
    }
  }
  return best;
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
      ? [...text.matchAll(cachedRegExp(`(${NAME})(?:['’]s?)?\\s+${escapeRegExp(core)}\\b`, 'gu'))].filter(
          (h) => h[1] && cleanOwner(h[1]) !== null,
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

// "a statement", "a report": a document with nothing to tell it from one just introduced
const BARE_INDEFINITE = /^an?\s+(?:statement|report)$/i;
// "the report", "its latest report", "Their statement": a document already introduced
const DEFINITE = /^(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)*\S+$/iu;
// "Mr Tull's office", "the Norland Audit Office": an issuer's name, with the possessor's office or staff
const ISSUER = String.raw`(?:the\s+)?(${NAME}(?:['’]s\s+(?:office|staff|lawyers|campaign|team|department|ministry))?)`;
const ISSUING = String.raw`(?:(?:issued|released|published|compiled|conducted|prepared|written|put\s+out)\s+)?(?:by|from)`;
// where an issuer's name may end: not inside an abbreviation ("a report by the U.S. Congress": no "U"), nor before a
// common noun's possessive ("a report by the Keel magazine's Research Unit": no "Keel")
const ISSUER_END = String.raw`(?![\p{L}\p{M}]|\.\p{Lu}|\s+\p{Ll}+['’]s\s)`;
const ISSUER_AFTER = new RegExp(String.raw`^\s+${ISSUING}\s+${ISSUER}${ISSUER_END}`, 'u');
const SPEAKING = `(?:said|says|added|adds|reported|reports|announced|stated|states|wrote|writes|warned|warns|argued|argues|concluded|concludes|found|finds)`;
const PRONOUN_OWNER = /^(?:It|He|She|They|We|I|You|This|That|These|Those)$/;

// "a statement from Salomon", "A report by the Keel Institute", "a new study by Tarn University": a document and its
// issuer's name (capitalised words with their joins, or a named person's office)
// Every word the rule reads a document by (the issued-by and by-or-from patterns, FILED, DOCUMENT), anywhere in the
// mention: a mention with none of them ("Ann Tull", "he") is no document, and is not read further (most mentions).
const ANY_DOCUMENT_WORD =
  /report|survey|study|statement|book|letter|memo|paper|research|analysis|review|poll|figures|data|motion|document|manifesto|website|bulletin|slogan|leaflet|advert|note|filing|statistics|projection|estimates|forecast|calculations|records|minutes|notice|schedule|mail|tweet|blog/iu;

const DOCUMENT_BY =
  /^(?:[Aa]n?|[Tt]he|[Tt]his)\s+(?:[\p{Ll}\d-]+\s+){0,2}(report|statement|study|survey|letter|memo|analysis|review|poll|document|note|bulletin)\s+(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*\p{Lu}[\p{L}\p{M}&.'’-]*)*(?:['’]s\s+(?:office|staff|lawyers|campaign|team|department|ministry))?)$/u;

/**
 * The four forms of a document of `head` introduced with its issuer, each with a pattern every match of it holds
 * (or null), compiled once per head. Three forms open with the issuer's name, tried at every capital of the text
 * before the quote: the shorter pattern, anchored on the document's word, rules most texts out first.
 */
const introductionForms = memoByString(
  (head: string): Array<{ form: RegExp; need: RegExp | null; first: boolean }> => {
    const h = escapeRegExp(head);
    const open = String.raw`(?:a|an|its|their|his|her)\s+(?:[\p{Ll}\d-]+\s+)*${h}`;
    return [
      // "Greenaid says in a new report", "the IBC said in a statement"
      {
        form: String.raw`${ISSUER}\s+(?:also\s+)?${SPEAKING}\s+in\s+${open}\b`,
        need: String.raw`${SPEAKING}\s+in\s+${open}\b`,

        first: true,
      },
      // "In its latest report, the Bank of Essex cut …"
      {
        form: String.raw`\bIn\s+${open}\b[^,.;:\n]*,\s+${ISSUER}\s+(?:also\s+)?\p{Ll}`,
        need: null,
        first: false,
      },
      // "Norvel Corp issued a statement", "Ray Fenn, in a statement delivered by his aide"
      {
        form: String.raw`${ISSUER},?\s+(?:(?:in|through|via)\s+an?|(?:issued|released|published|sent|put\s+out)\s+an?)\s+(?:[\p{Ll}-]+\s+)?${h}\b`,
        need: String.raw`(?:in|through|via|issued|released|published|sent|out)\s+an?\s+(?:[\p{Ll}-]+\s+)?${h}\b`,

        first: true,
      },
      // "A recent report by the Norland Audit Office"
      {
        form: String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d-]+\s+)*${h}\s+${ISSUING}\s+${ISSUER}${ISSUER_END}`,
        need: String.raw`${h}\s+${ISSUING}\s`,
        first: false,
      },
    ].map(({ form, need, first }) => ({
      form: new RegExp(form, 'gu'),
      need: need === null ? null : new RegExp(need, 'u'),
      first,
    }));
  },
);

const AFTER_PREPOSITION = /(?:^|\s)(?:in|at|of|for|from|on|to|by|with|near)\s+$/;

/** The issuer of the last document of `head` introduced in `before` with its issuer (and where), or null. */
function latestIntroduction(before: string, head: string): { at: number; owner: string } | null {
  // (every form writes the document's word: none matches where the text before never does)
  if (!before.includes(head)) return null;
  let best: { at: number; owner: string } | null = null;
  for (const { form, need, first } of introductionForms(head)) {
    if (need && !need.test(before)) continue;
    for (const hit of before.matchAll(form)) {
      const owner = hit[1]?.replace(OPENER, '').replace(/^(?:The|A|An)\s+/, '');
      // ("a statement issued by the French state car group": a nationality is no issuer's name)
      if (!owner || PRONOUN_OWNER.test(owner) || DETERMINER.test(owner) || isPlaceName(owner)) continue;
      if (isNationality(owner)) continue;
      // "the ministry's officer in Peking said in a field report": a name after a preposition is where the
      // speaker is, not who speaks
      // (in the forms the issuer opens)
      const at = hit.index ?? 0;
      if (first && AFTER_PREPOSITION.test(before.slice(Math.max(0, at - 12), at))) continue;
      if (!best || (hit.index ?? 0) > best.at) best = { at: hit.index ?? 0, owner };
    }
  }
  return best;
}

/** "Mr Tull's office" as written; "the ADB" → Asian Development Bank; "Ann Tull" → her fullest name. */
function issuerName(names: NameIndex, owner: string, head: string, text: string): string {
  if (/['’]s\s/u.test(owner)) return owner;
  // "Norvel President Ray Fenn said in a statement" → Ray Fenn
  const bare = /\s/.test(owner) && !isOrganisationName(owner) ? stripTitles(owner).name || owner : owner;
  return ownerName(names, bare, head, text, true);
}

// "a British Retail Consortium survey found …" → the consortium; "the new book claims …" after
// "Robert Peston's new book" → Robert Peston: a document speaks for whoever wrote it.
// "the Paris statement", "a Chadian government statement", "the March survey", "But data": a place, a nationality,
// a day word or a sentence opener before the document is no owner, and the document stands as written
const OWNER_THEN_DOCUMENT = /^(\p{Lu}\S*(?:\s+\S+)*?)\s+(\p{Ll}+)$/u;
const NO_OWNER =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|But|And|One|New|Sponsored)$|^\p{Lu}[\p{L}-]*-language$/u;

export const speakerDocumentOwner: SpeakerRule = (input) => {
  const choice = documentOwner(input);
  const split = choice?.speaker ? OWNER_THEN_DOCUMENT.exec(choice.speaker) : null;
  if (!choice || !split?.[1] || !DOCUMENT.test(split[2] ?? '')) return choice;
  const owner = split[1];
  // (the document as written, not a later rule's guess at a name inside it)
  const m = input.quote.mention?.text ?? '';
  const asWritten = {
    speaker: m.replace(/^(?:A|An|The|One)\b/, (w) => w.toLowerCase()),
    rule: 'speaker/document-as-written',
  };
  if (NO_OWNER.test(owner) || isPlaceName(owner) || isNationality(owner) || /-\p{Ll}+$/u.test(owner))
    return asWritten;
  // ("a New Hampshire paper": a place the entity stage knows)
  if (
    input.entities.entities.some((e) => e.kind === 'place' && (e.name === owner || e.aliases.includes(owner)))
  )
    return asWritten;
  // ("The Varnex report" with Varnex never speaking stays as named)
  return choice;
};

const documentOwner: SpeakerRule = ({ quote, text, names, seg }) => {
  const m = quote.mention?.text;
  if (!m || !ANY_DOCUMENT_WORD.test(m)) return null;
  // "a statement released by Ann Tull's office" → Ann Tull's office
  const by =
    /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|document|study|survey)\s+(?:released|issued|published|put\s+out)\s+by\s+(?:the\s+)?(.+)$/iu.exec(
      m,
    )?.[1];
  if (by) return { speaker: by, rule: 'speaker/document-issued-by' };
  // "a statement from Salomon", "a report by the Tarn Health Board": the issuer named after "by" or "from" (not one
  // described only, "a report by the city's watchdog", nor a place or a nationality)
  const from = DOCUMENT_BY.exec(m);
  if (from?.[1] && from[2] && !isPlaceName(from[2]) && !isNationality(from[2].split(/\s+/)[0] ?? ''))
    return {
      speaker: issuerName(names, from[2], from[1].toLowerCase(), text),
      rule: 'speaker/document-issuer',
    };
  const words = m.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const head = last.toLowerCase();
  if (FILED.test(last)) return filedOwner(names, m, text);
  if (!DOCUMENT.test(head)) return null;
  // the owner inside the mention: "the ADB report", "a British Retail Consortium survey", "Lycos's statement"
  const inside = OWNER_INSIDE.exec(m);
  const insideOwner = inside?.[1] ? cleanOwner(inside[1]) : null;
  // "the US Geological Survey", "Kristian Andersen of Scripps Research": a capitalised word ends a name, unless
  // an organisation owns it ("a 1998 Department of Transport Document")
  if (/^\p{Lu}/u.test(last) && words.length > 1 && !(insideOwner && isOrganisationName(insideOwner)))
    return null;
  // "Oxfam's Paying the Price report": a mention begun inside a title, its possessor just before
  const start = quote.mention?.start ?? 0;
  const titled = insideOwner
    ? /(\p{Lu}[\p{L}\p{M}&-]*)['’]s?\s+(?:\p{Lu}[\p{L}\p{M}-]*\s+)+$/u.exec(
        text.slice(Math.max(0, start - 80), start),
      )
    : null;
  if (titled?.[1] && !isPlaceName(titled[1]) && cleanOwner(titled[1]))
    return { speaker: ownerName(names, titled[1], head, text, true), rule: 'speaker/document-owner' };
  if (insideOwner && !isPlaceName(insideOwner)) {
    const possessor = /['’]s?\s/u.test(inside?.[1] ?? '') || /['’]s?\s+(?:[\p{Ll}-]+\s+)*\S+$/u.test(m);
    return { speaker: ownerName(names, insideOwner, head, text, possessor), rule: 'speaker/document-owner' };
  }
  // "a statement from Ann Tull's office", "a report by the Norland Audit Office": the issuer after the document
  const after = ISSUER_AFTER.exec(text.slice(quote.mention?.end ?? 0, (quote.mention?.end ?? 0) + 120))?.[1];
  if (
    after &&
    !isPlaceName(after) &&
    !isNationality(after) &&
    !isCommonWord(after.split(/\s/)[0] ?? '', text, true)
  )
    return { speaker: issuerName(names, after, head, text), rule: 'speaker/document-issuer' };
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
  // "The report says" after "Greenaid says in a new report" / "In its latest report, the Bank of Essex cut …" /
  // "A recent report by the Norland Audit Office": the issuer introduced last, for "the report" or "its report"
  // ("According to a statement from Ann Tull's office, …. …, a statement said.": a bare "a statement" in the same or
  // the next paragraph is the one just introduced)
  const at = quote.mention?.start ?? quote.start;
  const bare = BARE_INDEFINITE.test(m);
  if (!before && (DEFINITE.test(m) || bare)) {
    const intro = latestIntroduction(text.slice(0, at), head);
    if (intro && (!bare || paragraphOf(seg, intro.at) >= paragraphOf(seg, at) - 1))
      return { speaker: issuerName(names, intro.owner, head, text), rule: 'speaker/document-issuer' };
  }
  if (!before) {
    const upTo = text.slice(0, quote.mention?.start ?? quote.start);
    const issuedIn = String.raw`(?:(?:in|through|via)\s+an?|(?:issued|released|published|sent|put\s+out)\s+an?)\s+(?:[\p{Ll}-]+\s+)?${escapeRegExp(head)}\b`;
    // (the words after the name first, tried alone: most texts have none, and the name's pattern is tried at every
    // capital)
    const issued = cachedRegExp(issuedIn, 'u').test(upTo)
      ? [...upTo.matchAll(cachedRegExp(String.raw`(${NAME}),?\s+${issuedIn}`, 'gu'))].pop()
      : undefined;
    // "President Ray Fenn" → "Ray Fenn"
    const written = issued?.[1]?.replace(/^(?:The|A|An)\s+/, '');
    const owner = written && /\s/.test(written) ? stripTitles(written).name || written : written;
    if (owner && !/^(?:The|A|An|It|He|She|They|We)$/.test(owner) && !isPlaceName(owner))
      return { speaker: ownerName(names, owner, head, text, true), rule: 'speaker/document-issuer' };
  }
  // "the Turkish statement": a nationality is no owner
  const hit =
    before ??
    hits.find((h) => !/^(?:(?:The|A|An)\s+)?\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(h[1] ?? ''));
  const hitOwner = hit?.[1] ? cleanOwner(hit[1]) : null;
  if (hitOwner)
    return {
      speaker: ownerName(names, hitOwner, head, text, /['’]s?(?:\s|$)/u.test(hit?.[1] ?? '')),
      rule: 'speaker/document-owner',
    };
  // "in Tarn's 1986 annual report, … According to the report": the possessor of the same document word before
  const possessor = DEFINITE.test(m) ? documentPossessorBefore(text, head, at) : null;
  if (
    possessor &&
    !NO_OWNER.test(possessor) &&
    !isPlaceName(possessor) &&
    !isNationality(possessor) &&
    cleanOwner(possessor)
  )
    return {
      speaker: ownerName(names, possessor, head, text, true),
      rule: 'speaker/document-possessor-before',
    };
  return null;
};
