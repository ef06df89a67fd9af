import { rangeIndexHolding } from '../quotes/span-index.js';
import { mentionRightBeforeCue } from './mention-before-cue.js';
import { isPersonName, personMentionsIn } from './speaker-entity-names.js';
import type { MentionRule } from './speaker-rule.js';

// what may stand before the name: it opens the sentence
const CLAUSE_OPEN = /^\s*(?:["“”'‘]\s*)?(?:(?:But|And|However|Meanwhile|Yet),?\s+)?$/u;

// ", PTC president and ": a first role and "and" before the second
const ROLE_AND = /,\s+(?:\p{Lu}{2,}\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+and\s+$/u;

// Ann Roe, Harbour Hotels Association said: "…" / Ann Roe, Dean of Tarn Law School called it "…": a person's name,
// a comma and the role or organisation, with no comma closing it before the cue — the quote finder took the
// appositive; the person named before it speaks.
export const mentionNameBeforeAppositive: MentionRule = ({ quote, text, seg, entities }) => {
  const near = mentionRightBeforeCue(quote, text);
  if (!near) return null;
  const { m, cue } = near;
  // (not a list, "Tiga, Dorn and Harbour Oil said", nor a firm's name, "Kidder, Peabody and Co")
  // (nor "the candidate" after an opening phrase: "In an interview with Ann Roe, the candidate said")
  if (/\s(?:and|&)\s|,/.test(m.text) || /^(?:the|a|an|this|that|his|her|its|their)\s/i.test(m.text))
    return null;
  // ("Ann Roe, PTC president and local activist said:": two roles joined, the quote finder took the second; not a
  // list of names, "Ann Roe, Tom Bell and Jim Lee said", nor a group after "and", "Ann Roe, a landlord and local
  // activists said")
  const comma =
    /,\s+$/.exec(text.slice(Math.max(0, m.start - 4), m.start)) ??
    (/^\p{Ll}/u.test(m.text) && !/[^s]s$/.test(m.text)
      ? ROLE_AND.exec(text.slice(Math.max(0, m.start - 50), m.start))
      : null);
  if (!comma) return null;
  const end = m.start - comma[0].length;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence || end < sentence.start) return null;
  // the person mention ending at the comma, itself not the mention, opening its clause
  const before = { start: Math.max(sentence.start, end - 60), end };
  const person = personMentionsIn(entities, before)
    .filter((p) => p.end === end)
    .sort((a, b) => a.start - b.start)[0];
  if (!person || personMentionsIn(entities, m).some((p) => p.end === m.end)) return null;
  const name = text.slice(person.start, person.end);
  if (!isPersonName(name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/, ''))) return null;
  if (!CLAUSE_OPEN.test(text.slice(sentence.start, person.start))) return null;
  return {
    mention: { start: person.start, end: person.end, text: name },
    cue,
    rule: 'mention/name-before-appositive',
  };
};
