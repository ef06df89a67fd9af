import { cachedRegExp, fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// A title written in capitals after "the", ending in an office: "the Treasury Secretary", "the Finance Minister".
const TITLE_CASED =
  /^the\s+((?:\p{Lu}\p{Ll}+\s+){1,3}(?:Secretary|Minister|Chancellor|Governor|Ambassador|Commissioner|Prosecutor|Chairman|Chairwoman))$/u;
// A rank that makes another holder: "Deputy Finance Minister Tom Orr" is not "the Finance Minister".
const RANK_BEFORE = /\b(?:Deputy|Vice|Assistant|Under|Acting|Junior|Shadow|Former|former|ex-)\s*$/;
const escapeSource = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// '"We have cut waste," the Treasury Secretary said.' after "Treasury Secretary Tom Orr arrived …": the one person
// the text titles so before the quote ("Treasury Secretary Tom Orr", "Tom Orr, the Treasury Secretary,"), not a
// name of its own (not when two people bear the title, nor one of another rank: "Deputy Treasury Secretary …").
export const speakerTitleCasedRole: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  const title = m ? TITLE_CASED.exec(m.text.trim())?.[1] : undefined;
  if (!m || !title) return null;
  // (either case of each word's first letter: "Treasury secretary"; the name's capitals stay case-sensitive)
  const words = title
    .split(/\s+/)
    .map((w) => `[${w[0]}${w[0]?.toLowerCase()}]${escapeSource(w.slice(1))}`)
    .join('\\s+');
  const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}`;
  const before = text.slice(0, Math.min(m.start, quote.start));
  const holders = new Set<string>();
  // "Treasury Secretary Tom Orr" (either case of the title's words)
  for (const x of before.matchAll(cachedRegExp(String.raw`\b${words}\s+(${NAME})`, 'gu'))) {
    if (RANK_BEFORE.test(before.slice(Math.max(0, x.index - 12), x.index))) continue;
    holders.add(x[1] as string);
  }
  // "Tom Orr, the Treasury Secretary," / "Tom Orr, Treasury Secretary,"
  for (const x of before.matchAll(cachedRegExp(String.raw`(${NAME}),\s+(?:the\s+)?${words}\b`, 'gu')))
    holders.add(x[1] as string);
  const full = new Set([...holders].map((h) => fullestName(names, h) ?? h));
  if (full.size !== 1) return null;
  const [holder] = [...full];
  // the holder a person the text names (not "Treasury Secretary Report", a heading)
  if (!holder || !names.persons.some((p) => (fullestName(names, p.name) ?? p.name) === holder)) return null;
  return { speaker: holder, rule: 'speaker/title-cased-role' };
};
