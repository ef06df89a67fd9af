import { isPlaceName } from './speaker-names.js';
import type { MentionRule } from './speaker-rule.js';

// a document an issuer puts out
const DOCUMENT = String.raw`(?:report|statement|study|survey|letter|memo|analysis|review|poll|document|note|bulletin)`;
// the issuer's name: capitalised words with their joins, or a named person's office ("Ann Tull's office")
const NAME = String.raw`\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*\p{Lu}[\p{L}\p{M}&.'’-]*)*`;
const ISSUER = String.raw`(${NAME}(?:['’]s\s+(?:office|staff|lawyers|campaign|team|department|ministry))?)`;
// "a statement from Salomon", "A report by the Keel Institute", "a new study by Tarn University"
const DOCUMENT_BY = new RegExp(
  String.raw`^(?:[Aa]n?|[Tt]he|[Tt]his)\s+(?:[\p{Ll}\d-]+\s+){0,2}${DOCUMENT}\s+(?:by|from)\s+(?:the\s+)?${ISSUER}$`,
  'u',
);
// "the Swedish Tarn firm": a nationality opening the issuer's phrase is no name
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u;

/**
 * "Grain prices rose, a statement from Salomon said.", "…, a report by the Keel Institute said.": a document with
 * its issuer named after "by" or "from" speaks for the issuer — the mention is the issuer's name (the speaker rules
 * then name it in full). Not an issuer described only ("a report by the government's watchdog"), a place, or a
 * nationality.
 */
export const mentionDocumentIssuer: MentionRule = ({ quote }) => {
  const m = quote.mention;
  const issuer = m ? DOCUMENT_BY.exec(m.text)?.[1] : undefined;
  if (!m || !issuer) return null;
  const first = issuer.split(/\s+/)[0] ?? '';
  if (isPlaceName(issuer) || NATIONALITY.test(first)) return null;
  const start = m.end - issuer.length;
  return { mention: { start, end: m.end, text: issuer }, cue: null, rule: 'mention/document-issuer' };
};
