import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { escapeRegExp, fullestName, isOrganisationName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerInput } from './speaker-rule.js';
import { type Gender, titleGenderInArticle } from './title-gender.js';

// a relative whose noun gives the gender, then a first name standing alone: "his wife, ex-model Ann,"
const KIN =
  /\b(wife|husband|daughter|son|mother|father|sister|brother|girlfriend|boyfriend|widow|widower|fianc[ée]e?|niece|nephew|aunt|uncle|grandmother|grandfather|granddaughter|grandson)\b,?\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})/gu;
const FEMALE_KIN =
  /^(?:wife|daughter|mother|sister|girlfriend|widow|fianc[ée]e|niece|aunt|grandmother|granddaughter)$/;

// a person's gender as the article gives it: its titles ("Mrs Tull"), else the first name's usual one
function genderOfPerson(text: string, full: string): Gender | null {
  return (
    titleGenderInArticle(text, full) ??
    (/\s/.test(full) ? genderOfFirstName(full.split(/\s+/)[0] ?? '') : null)
  );
}

// the subject's surname, then within a few words a pronoun of the wanted gender ("Reid gave his support")
function ownPronounAfter(text: string, subject: string, want: Gender): boolean {
  const surname = subject.split(/\s+/).at(-1) ?? subject;
  const pronoun =
    want === 'male'
      ? /^[^.!?;"“”]{0,40}?\b(?:his|him|himself)\b/
      : /^[^.!?;"“”]{0,40}?\b(?:her|hers|herself)\b/;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1))
    if (pronoun.test(text.slice(i + surname.length, i + surname.length + 60))) return true;
  return false;
}

/**
 * 'Ann Lee met Reid. "…," he said.': the person's first name is of the other gender than the pronoun, and neither
 * the article's titles for the person nor a pronoun right after the surname say otherwise ("Robin Reid gave his").
 */
export function firstNameDeniesPronoun(pronoun: 'he' | 'she', full: string, text: string): boolean {
  if (!/\s/.test(full)) return false;
  const want: Gender = pronoun === 'he' ? 'male' : 'female';
  const first = genderOfFirstName(full.split(/\s+/)[0] ?? '');
  if (!first || first === want) return false;
  if (titleGenderInArticle(text, full) === want) return false;
  return !ownPronounAfter(text, full, want);
}

/**
 * "Tom Reid met Ann Tull on Monday. She said …", "Tom Reid came with his wife, ex-model Ann. She said …": the
 * narration subject a "he"/"she" went to has a first name of the other gender, and the sentence or the one before
 * names one other person of the pronoun's gender (by title, first name or the relative's noun), or the last speaker
 * is one → that person;
 * null when there is no such person, or more than one.
 */
export function pronounOtherGenderPerson(
  pronoun: 'he' | 'she',
  subject: string,
  { text, seg, names, quote, previous }: Pick<SpeakerInput, 'text' | 'seg' | 'names' | 'quote' | 'previous'>,
): string | null {
  const want: Gender = pronoun === 'he' ? 'male' : 'female';
  const first = genderOfFirstName(subject.split(/\s+/)[0] ?? '');
  if (!/\s/.test(subject)) return null;
  // '"…," Robin Reid said. The award went to Ana Vale. "…," she said': a subject of no known gender, after a
  // sentence naming only one person, of the pronoun's gender, who has not spoken
  if (!first && titleGenderInArticle(text, subject) === null)
    return onlyPersonJustBefore(want, subject, { text, seg, names, quote, previous });
  if (!first || first === want) return null;
  // the article's titles for the subject agreeing with the pronoun outweigh its first name
  if (titleGenderInArticle(text, subject) === want) return null;
  // "Robin Cook gave his support": a pronoun of the wanted gender right after the subject's name is the text's word
  if (ownPronounAfter(text, subject, want)) return null;
  const at = quote.mention?.start ?? quote.start;
  const k = rangeIndexHolding(seg.sentences, at);
  const from = seg.sentences[Math.max(0, k - 1)]?.start ?? 0;
  // "Ann Tull was married to Tom Reid and Sidney Lee. She later said …": the subject of the sentence before, if it fits
  const opening = narrationSubject(text, seg, names, from, at, 2, true);
  const openingFull = opening ? (fullestName(names, opening) ?? opening) : null;
  if (openingFull && openingFull !== subject && genderOfPerson(text, openingFull) === want)
    return openingFull;
  // (not "Governor Tom Reid" in '"…," Mayor Dana Kell said after meeting Governor Tom Reid. He …': a person named
  // after the subject's own cue, in its sentence, is no antecedent the text sets up)
  const spoke = previous.at(-1);
  const cue = spoke?.speaker === subject ? spoke.mention : null;
  const cueSentence = cue ? seg.sentences[rangeIndexHolding(seg.sentences, cue.start)] : undefined;
  const afterCue = (start: number) => !!cue && !!cueSentence && start >= cue.end && start < cueSentence.end;
  const found = new Set<string>();
  for (const n of names.persons) {
    if (n.start < from || n.start >= at || afterCue(n.start)) continue;
    const full = fullestName(names, n.name) ?? n.name;
    if (full === subject || full.endsWith(` ${subject.split(/\s+/).at(-1)}`) || isOrganisationName(full))
      continue;
    if (genderOfPerson(text, full) === want) found.add(full);
  }
  // '"…," Ann Tull said. Tom Reid disagreed. "…," she said': the one who spoke last, of the pronoun's gender
  const last = previous.at(-1)?.speaker;
  if (
    last &&
    last !== subject &&
    /\s/.test(last) &&
    !isOrganisationName(last) &&
    genderOfPerson(text, last) === want
  )
    found.add(last);
  for (const m of text.slice(from, at).matchAll(KIN)) {
    const female = FEMALE_KIN.test(m[1] ?? '');
    const name = m[2] ?? '';
    if (afterCue(from + m.index)) continue;
    if ((female ? 'female' : 'male') !== want || genderOfFirstName(name) === (female ? 'male' : 'female'))
      continue;
    if (![...found].some((f) => f.split(/\s+/)[0] === name)) found.add(fullestName(names, name) ?? name);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The one person the sentence right before the quote's (same or the paragraph before) names outside quoted words,
 * when their title or first name is of gender `want`, they have not spoken, and the sentence does not name
 * `subject` ('The award went to Ana Vale. "…," she said'); else null.
 */
function onlyPersonJustBefore(
  want: Gender,
  subject: string,
  { text, seg, names, quote, previous }: Pick<SpeakerInput, 'text' | 'seg' | 'names' | 'quote' | 'previous'>,
): string | null {
  const at = quote.mention?.start ?? quote.start;
  const k = rangeIndexHolding(seg.sentences, quote.start);
  const here = seg.sentences[k];
  const before = seg.sentences[k - 1];
  if (!here || !before || here.paragraph - before.paragraph > 1) return null;
  // (the quote opens its sentence: '"…," she said', not "She said …" after other words)
  if (text.slice(here.start, quote.start).replace(/["“‘'\s]/g, '') !== '' || at < quote.end) return null;
  const quoted = (o: number) => previous.some((q) => q.type === 'direct' && o >= q.start && o < q.end);
  const sentence = text.slice(before.start, before.end);
  const surname = subject.split(/\s+/).at(-1) ?? subject;
  if (new RegExp(`(?<![\\p{L}-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'u').test(sentence)) return null;
  const named = new Set(
    names.persons
      .filter((n) => n.start >= before.start && n.start < before.end && !quoted(n.start))
      .map((n) => fullestName(names, n.name) ?? n.name),
  );
  const only = [...named][0];
  if (named.size !== 1 || !only || !/\s/.test(only) || isOrganisationName(only)) return null;
  if (previous.some((q) => q.speaker === only)) return null;
  return genderOfPerson(text, only) === want ? only : null;
}

/**
 * 'Ann Lee met Reid on Monday. "…," he said.': the narration subject's first name denies the pronoun (see
 * firstNameDeniesPronoun) → the one other person the sentences from the one before the quote's up to the pronoun
 * name outside quoted words, whose titles and first name do not deny it either; else null.
 */
export function onlyOtherPersonFitting(
  pronoun: 'he' | 'she',
  subject: string,
  { text, seg, names, quote, previous }: Pick<SpeakerInput, 'text' | 'seg' | 'names' | 'quote' | 'previous'>,
): string | null {
  const other: Gender = pronoun === 'he' ? 'female' : 'male';
  const at = quote.mention?.start ?? quote.start;
  const k = rangeIndexHolding(seg.sentences, at);
  const from = seg.sentences[Math.max(0, k - 1)]?.start ?? 0;
  const quoted = (o: number) => previous.some((q) => q.type === 'direct' && o >= q.start && o < q.end);
  const found = new Set<string>();
  for (const n of names.persons) {
    if (n.start < from || n.start >= at || quoted(n.start) || (n.start >= quote.start && n.start < quote.end))
      continue;
    const full = fullestName(names, n.name) ?? n.name;
    if (full === subject || isOrganisationName(full)) continue;
    if (genderOfPerson(text, full) === other) continue;
    found.add(full);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
