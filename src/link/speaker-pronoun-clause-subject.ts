import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { fullestName, isOrganisationName } from './speaker-names.js';
import { paragraphOf, type SpeakerInput } from './speaker-rule.js';
import { type Gender, titleGenderInArticle } from './title-gender.js';

// a person's gender as the article gives it: a title ("Mrs Tull"), else the first name's usual one
function genderOfPerson(text: string, full: string): Gender | null {
  return (
    titleGenderInArticle(text, full) ??
    (/\s/.test(full) ? genderOfFirstName(full.split(/\s+/)[0] ?? '') : null)
  );
}

// a subordinating word the pronoun comes right after ("… vetoed the bill because she said …")
const SUBORDINATOR = /(?:^|\s)(?:because|after|when|while|although|though|since|before|until|once)\s+$/;
// what may stand before the subject's name in its clause: capitalised modifiers and titles ("Republican Gov. ")
const BEFORE_NAME = /^(?:(?:But|And|Yet|Then),?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

// "In his Sunday interviews, ", "On Friday, ": a phrase opening the clause, up to its comma
const OPENING_PHRASE = /^(?:In|On|At|During|After|Before|Later|Earlier|Speaking)\b[^,"“”;]{0,60},\s+/;

/**
 * "Gov. Ann Lee, who opposes the levy, vetoed the bill because she said it was unlawful.": a "he" or "she" right
 * after a subordinating word stands for the person who opens the clause (sentence, or part after a semicolon) as
 * its subject, when that person's gender is known and fits and no other person is named between them.
 */
export function pronounClauseSubject(pronoun: 'he' | 'she', input: SpeakerInput): string | null {
  const { quote, seg, names, text } = input;
  const m = quote.mention;
  if (!m) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence || sentence.start >= m.start) return null;
  const lead = text.slice(sentence.start, m.start);
  if (!SUBORDINATOR.test(lead)) return null;
  // the clause: from the last semicolon before the pronoun; not one with quoted words in it
  const clauseStart = sentence.start + lead.lastIndexOf(';') + 1;
  const clause = text.slice(clauseStart, m.start);
  if (/["“”]/.test(clause)) return null;
  // ("In his Sunday interviews, Colt again criticized …": a phrase opening the clause up to its comma)
  const phrase = OPENING_PHRASE.exec(clause.trimStart())?.[0].length ?? 0;
  const opening = clause.length - clause.trimStart().length + clauseStart + phrase;
  const inClause = names.persons.filter((n) => n.start >= opening && n.start < m.start);
  // ("Colt again criticized the media, though he added …": a surname alone opening the clause, of a person the
  // article names in full)
  const surname =
    inClause.length === 0
      ? /^\p{Lu}\p{Ll}+(?=\s+\p{Ll})/u.exec(text.slice(opening, m.start))?.[0]
      : undefined;
  const subject = inClause[0] ?? (surname ? { name: surname, start: opening } : undefined);
  if (!subject || inClause.some((n) => n.name !== subject.name)) return null;
  if (!BEFORE_NAME.test(text.slice(opening, subject.start))) return null;
  // (not a possessor: "Ann Lee's aide left because she said …")
  if (/^['’]s?\b/.test(text.slice(subject.start + subject.name.length))) return null;
  const full = fullestName(names, subject.name) ?? subject.name;
  if (!/\s/.test(full) || isOrganisationName(full)) return null;
  return genderOfPerson(text, full) === (pronoun === 'he' ? 'male' : 'female') ? full : null;
}

/**
 * 'Vance openly admitted that his pick was political. “With an eye to Keel,” he said.': a "he"/"she" in the paragraph
 * of a report whose speaker is a one-word name opening its sentence (a surname the article gives no fuller form of,
 * so the rules after pass it over as no known person) goes on from that name, when no other person is named between.
 */
export function pronounOneWordSpeaker(
  input: SpeakerInput,
  isKnownOther: (s: string) => boolean,
): string | null {
  const { quote, previous, seg, names, text } = input;
  const m = quote.mention;
  const p = previous.at(-1);
  if (!m || !p?.speaker || !p.mention || p.speakerRule !== 'speaker/name') return null;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(p.speaker) || p.mention.text !== p.speaker) return null;
  if (isKnownOther(p.speaker) || isOrganisationName(p.speaker)) return null;
  if (paragraphOf(seg, p.mention.start) !== paragraphOf(seg, m.start) || p.mention.start > m.start)
    return null;
  // the name opens its sentence as the report's subject
  const own = seg.sentences[rangeIndexHolding(seg.sentences, p.mention.start)];
  if (!own || !/^(?:(?:But|And|Yet|Then),?\s+)?$/.test(text.slice(own.start, p.mention.start))) return null;
  const end = p.mention.end;
  if (names.persons.some((n) => n.start >= end && n.start < m.start)) return null;
  // the narration calls the name by the pronoun's gender before the quote ("Vance admitted that his pick …"), not
  // "they" ("Harwick said they would appeal": a team)
  const ownPronoun = /^he$/i.test(m.text) ? /\b(?:he|his|him|himself)\b/i : /\b(?:she|her|hers|herself)\b/i;
  return ownPronoun.test(text.slice(p.mention.end, Math.min(quote.start, m.start))) ? p.speaker : null;
}
