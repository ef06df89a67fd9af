import { countMatches } from '../../count-matches.js';
import { genderOfFirstName } from '../data/first-name-gender.js';
import { type CorefRule, type Draft, lastEnd, nearest, persons, sharesRoleHead } from './coref-draft.js';
import { reportsAsIt } from './reports-as-it.js';

const REPORTS_AS_IT_RULE = 'entities/reports-as-it';

// "Putin", "President Putin", "Mr Putin" after "Vladimir Putin"; two Clintons: decided by title, role, gender, then nearness
export const joinSurname: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first) return null;
  const word = p.last;
  let candidates = persons(s).filter((d) => d.last === word);
  if (candidates.length === 0) {
    const paternal = paternalSurnameDraft(persons(s), word);
    if (paternal) return { draft: paternal, rule: 'entities/paternal-surname' };
    // "Varkos said it would appeal. … Varkos spokesman …": a firm's one-word name, and its later mentions
    if (m.kind !== 'person') {
      const firm = s.drafts.find(
        (d) => d.rule === REPORTS_AS_IT_RULE && d.found.some((f) => f.text === m.text),
      );
      if (firm) return { draft: firm, rule: 'entities/same-name' };
      // (not "Lockheed" after "Lockheed Martin": a fuller name opening with the word decides instead)
      const opens = (d: Draft) => d.found.some((f) => f.text.startsWith(`${m.text} `));
      if (reportsAsIt(s.text, m.end) && !s.drafts.some(opens)) {
        // ("Shares in Varkos fell. Varkos said it …": the name written before is the firm's too)
        const before = s.drafts.find((d) => d.kind === 'other' && d.found.some((f) => f.text === m.text));
        if (!before) return { create: true, rule: REPORTS_AS_IT_RULE, kind: 'organization' };
        before.kind = 'organization';
        before.rule = REPORTS_AS_IT_RULE;
        return { draft: before, rule: REPORTS_AS_IT_RULE };
      }
    }
    return m.kind === 'person' || isFollowedBySpeech(s.text, m.end)
      ? { create: true, rule: m.rule, kind: 'person' }
      : null;
  }
  if (candidates.length === 1) return { draft: candidates[0] as Draft, rule: 'entities/surname' };
  // "Donald Trump … Ivanka Trump … Trump says he would pay": the pronoun opening the report is the speaker's own
  const gender = p.gender ?? reportedPronounGender(s.text, m.end);
  if (gender) {
    const g = candidates.filter((d) => d.gender === null || d.gender === gender);
    if (g.length === 1)
      return {
        draft: g[0] as Draft,
        rule: p.gender ? 'entities/surname-gender' : 'entities/surname-report-pronoun',
      };
    if (g.length) candidates = g;
  }
  const roles = m.roles ?? [];
  if (roles.length) {
    const r = candidates.filter((d) =>
      roles.some((role) => [...d.roles].some((dr) => sharesRoleHead(dr, role))),
    );
    if (r.length === 1) return { draft: r[0] as Draft, rule: 'entities/surname-role' };
  }
  // "Joe Biden … his son Hunter Biden … Biden argued": a bare surname stays with the person the article names most
  // (its subject; a relative is named by full or first name), the nearest of them on a tie
  // (a person, not "Team Trump" or "Fascist Trump": not one whose first word the text also writes in lower case)
  const named = candidates.filter((d) => d.first === null || !writtenLower(s.text, d.first));
  if (named.length > 0) candidates = named;
  // (named in the 2,000 characters before: a roundup's other story may name another person so)
  const count = (d: Draft) =>
    d.found.filter((f) => f.start < m.start && f.start >= m.start - 2000 && f.kind !== 'pronoun').length;
  const counts = candidates.map(count);
  const top = Math.max(0, ...counts);
  let near =
    nearest(
      candidates.filter((_, k) => counts[k] === top),
      m.start,
    ) ?? (candidates[0] as Draft);
  near = establishedOver(candidates, near, m.start, s.text);
  s.diagnostics.push({
    code: 'entities/ambiguous-surname',
    message: `"${m.text}" could be ${candidates.map((c) => c.nameWords.join(' ')).join(' or ')}; took the most named`,
    start: m.start,
    end: m.end,
  });
  return { draft: near, rule: 'entities/surname-nearest' };
};

/**
 * "Dan Vell" named in full many times, then (more than 2,000 characters on) "his son Eric Vell" once, then
 * "Vell tweeted": the surname stays with the person the whole article names most, when he is named at least
 * three times and twice as often as the one the nearer text names, unless that one was just named (in the same
 * or the previous sentence: "Eric Vell spoke next. Vell said …").
 */
function establishedOver(candidates: Draft[], near: Draft, at: number, text: string): Draft {
  const named = (d: Draft) => d.found.filter((f) => f.start < at && f.kind !== 'pronoun').length;
  let best = near;
  let bestCount = named(near);
  for (const d of candidates) {
    const c = named(d);
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  if (best === near || bestCount < 3 || bestCount < 2 * named(near)) return near;
  return justNamed(text, lastEnd(near, at), at) ? near : best;
}

/** At most one sentence end between a name ending at `from` and the mention at `to`: "Eric Vell spoke. Vell said" or "… Eric Vell. ¶ Vell". */
const SENTENCE_END = /[.!?]["”’')]*\s+(?=["“‘(]?\p{Lu})/gu;
export function justNamed(text: string, from: number, to: number): boolean {
  if (from < 0) return false;
  const gap = text.slice(from, to);
  return countMatches(SENTENCE_END, gap, 2) <= 1;
}

const SPEECH =
  /^\s*(?:said|says|told|stated|added|insisted|noted|argued|claimed|warned|wrote|asked|explained|declared|announced|denied|has said|had said)\b/;
const isFollowedBySpeech = (text: string, end: number) => SPEECH.test(text.slice(end, end + 20));

// "Trump says he …", "Lind said that she …": a report verb, then a subject pronoun, right after the name
const REPORT_PRONOUN =
  /^\s+(?:said|says|told\s+\p{Ll}+|added|insisted|argued|claimed|stated|wrote|warned)\s+(?:that\s+)?(he|she)\b/u;
function reportedPronounGender(text: string, end: number): 'male' | 'female' | null {
  const w = REPORT_PRONOUN.exec(text.slice(end, end + 40))?.[1];
  return w === 'he' ? 'male' : w === 'she' ? 'female' : null;
}

/** Whether `word` (capitalised) is also written in lower case as a whole word: "team" for "Team Trump". */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + lower.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * "Rosselló" after "Ricardo Rosselló Nevares": the first of two surnames after a known first name, when no
 * one else bears it (a middle name that is a first name, "John Paul Stevens" → "Paul", is no surname).
 */
function paternalSurnameDraft(people: Draft[], word: string): Draft | null {
  if (genderOfFirstName(word) !== null || !/^\p{Lu}\p{Ll}/u.test(word)) return null;
  const found = people.filter(
    (d) =>
      d.nameWords.length === 3 &&
      d.nameWords[1] === word &&
      genderOfFirstName(d.nameWords[0] ?? '') !== null &&
      /^\p{Lu}\p{Ll}/u.test(d.nameWords[2] ?? ''),
  );
  return found.length === 1 ? (found[0] as Draft) : null;
}
