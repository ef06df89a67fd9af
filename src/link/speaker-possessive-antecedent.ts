import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { nearestClauseSubject } from '../quotes/find-mention.js';
import { isInsideQuoted, textContext, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

const POSSESSIVE = /^(?:its|his|her|their)$/i;
// the subject pronoun a possessive goes with: "its" is what "it" would be
const SUBJECT_OF: Record<string, string> = { its: 'it', his: 'he', her: 'she', their: 'they' };
const PERSON_PRONOUNS = /^(?:he|she|i|we|you|they)$/i;
// a head noun that could own a claim of its own: a body or a document ("its"), a person in a role ("his", "her")
const BODY_HEAD =
  /^(?:company|firm|group|bank|government|ministry|department|party|union|council|committee|board|commission|agency|court|newspaper|paper|report|study|survey|book|statement|letter)s?$/;
const PERSON_HEAD =
  /^(?:spokesman|spokeswoman|minister|official|president|chairman|leader|lawyer|rival|opponent|critic|boss|manager|director|chief|man|woman)s?$/;
// "Mr", "Mrs": a title of one gender
const MALE_TITLE = /^(?:Mr|Sir|Lord|King|Prince)\.?\s/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\.?\s/;

/**
 * "Robert Pell's new book stirred the row again with its claims that …", "Mr Varden hit back with his warning that
 * …": a possessive that owns the cue noun, in a sentence whose subject comes before it, stands for that subject —
 * the one "it" or "he" would stand for after it. Nothing when the subject does not fit the possessive (a person for
 * "its", a firm for "his"), or when another owner of the right kind comes between (ambiguous: left as written).
 * A possessive opening its sentence ("Its claims that …") is the pronoun rules' (speaker/pronoun-*).
 */
export const mentionPossessiveAntecedent: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end || !POSSESSIVE.test(m.text)) return null;
  // the possessive owns the cue ("its claims", "his earlier warning")
  if (!/^\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(m.end, cue.start))) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const ctx = textContext(text, seg);
  const first = tokenIndexAt(ctx.tokens, sentence.start);
  const at = tokenIndexAt(ctx.tokens, m.start);
  const subject = nearestClauseSubject(ctx, first, at, false);
  if (!subject || subject.end > m.start || isInsideQuoted(ctx, subject.start)) return null;
  const pronoun = SUBJECT_OF[m.text.toLowerCase()] ?? '';
  const s = subject.text;
  if (PERSON_PRONOUNS.test(s) || /^it$/i.test(s)) {
    if (s.toLowerCase() !== pronoun) return null;
  } else if (!fitsPossessive(pronoun, s)) return null;
  // "The union attacked the Keel company over its claims …": another owner of the kind between them
  for (let j = tokenIndexAt(ctx.tokens, subject.end); j < at; j++) {
    const t = ctx.tokens[j];
    if (!t || isInsideQuoted(ctx, t.start)) continue;
    const w = tokenText(ctx, j);
    const next = ctx.tokens[j + 1];
    // a name standing as a head ("… met Ann Tull over his …"), not one modifying a noun ("the Blair-Brown rift")
    // ("Varden-Lund rift": a hyphen joins it to the next word)
    const joined = next?.start === t.end && tokenText(ctx, j + 1) === '-';
    const nameHead = t.pos === 'PROPN' && !joined && next?.pos !== 'PROPN' && next?.pos !== 'NOUN';
    const noun = t.pos === 'NOUN' ? w.toLowerCase() : '';
    const owner =
      pronoun === 'it' ? BODY_HEAD.test(noun) : pronoun === 'they' ? /s$/.test(noun) : PERSON_HEAD.test(noun);
    if (nameHead || owner) return null;
  }
  return { mention: subject, cue, rule: 'mention/possessive-antecedent' };
};

// "its": no person; "his"/"her": a person of that gender; "their": a plural
function fitsPossessive(pronoun: string, s: string): boolean {
  const firstWord = s.split(/\s+/)[0] ?? '';
  // ("Robert Pell's new book": the head is the book, not its owner)
  const owned = /['’]s?\s/.test(s);
  const gender = owned
    ? null
    : MALE_TITLE.test(s)
      ? 'male'
      : FEMALE_TITLE.test(s)
        ? 'female'
        : genderOfFirstName(firstWord);
  const last = /([\p{L}-]+)$/u.exec(s)?.[1] ?? '';
  const plural = /[^s]s$/.test(last) && /^\p{Ll}/u.test(last);
  if (pronoun === 'it') return gender === null && !plural && !/^(?:the\s+)?(?:man|woman)$/i.test(s);
  if (pronoun === 'they') return plural;
  return gender === (pronoun === 'he' ? 'male' : 'female');
}
