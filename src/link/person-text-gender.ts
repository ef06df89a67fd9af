import type { Segmentation } from '../segment/segment-text.js';
import type { Quote } from '../types.js';
import { FEMALE_NOUNS, GENDERED_OFFICES, MALE_NOUNS } from './role-gender.js';
import { fullestName, indicesBetween, memoByText, type NameIndex } from './speaker-names.js';
import type { Gender } from './title-gender.js';

// role nouns of one gender written beside a name: "Ann Poll, the chairwoman of …", "spokesman Dan Vell"
// (an article and up to two lowercase words between: "a former spokeswoman", "the deputy chairwoman"; not
// "Dan Vell, and spokeswoman …", "Dan Vell, his spokeswoman": someone else's role)
const roleAfter = (roles: readonly string[]) =>
  new RegExp(
    `^,\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:and|or|but|with|while|his|her|their|its|whose|who|whom|to|for|of|by)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${roles.join('|')})(?![\\p{L}'’-])`,
    'iu',
  );
const roleBefore = (roles: readonly string[]) =>
  new RegExp(`(?<![\\p{L}-])(?:${roles.join('|')})\\s+$`, 'iu');
const ROLE = {
  male: { after: roleAfter(GENDERED_OFFICES.male), before: roleBefore(GENDERED_OFFICES.male) },
  female: { after: roleAfter(GENDERED_OFFICES.female), before: roleBefore(GENDERED_OFFICES.female) },
};
// "Ann Poll and her husband", "Dan Vell found himself": the name's own pronoun, nothing between to own it
// (an age between: "Ann Poll, 52, and her son")
const OWN_AFTER = {
  male: /^(?:,\s*\d{1,3},)?\s+and\s+his\b|^\s+[\p{Ll}]+\s+himself\b/u,
  female: /^(?:,\s*\d{1,3},)?\s+and\s+her\b|^\s+[\p{Ll}]+\s+herself\b/u,
};

/** What the narration's own pronouns are read against: the sentences, the names, the quotes (not narration). */
export interface PronounContext {
  seg: Segmentation;
  names: NameIndex;
  quotes: readonly Quote[];
}

// a narration sentence opening on the subject pronoun: "She called the plan reckless."
const PRONOUN_OPENING = /^(She|He)\s+\p{Ll}/u;
// the words before a name opening its sentence as the subject: "Council member Ann Poll", "But Ann Poll"
// (no preposition or verb: "The prize went to Ann Poll", "Critics of Ann Poll")
const SUBJECT_BEFORE =
  /^(?:(?!(?:by|to|with|from|of|for|about|against|at|in|on|after|before|than|like|and|told|met|said|says)\s)[\p{L}.'’-]+\s+){0,4}$/u;
const GENDERED_NOUN = (w: string) =>
  MALE_NOUNS.has(w) ||
  FEMALE_NOUNS.has(w) ||
  /^(?:men|women|girls|boys|wives|sons|daughters|mothers|fathers)$/.test(w);
// (one compiled scan, stopped at the first gendered noun, not every word of the sentence collected first)
const LOWER_RUN = /\p{Ll}+/gu;
function namesGenderedNoun(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  LOWER_RUN.lastIndex = 0;
  for (let w = LOWER_RUN.exec(lower); w; w = LOWER_RUN.exec(lower)) if (GENDERED_NOUN(w[0])) return true;
  return false;
}
// a name in the cue after a quote: '"…," Ann Poll said', '"…," said Ann Poll'
const CUE_BEFORE = /[,!?]\s*["”]\s+(?:\p{Ll}+\s+)?$/u;

/**
 * For each person named in full, the sentences opening on "She"/"He" right after one (same or the paragraph
 * before) whose subject, the one person it names outside quoted words, is that person: 'Ann Poll criticised the
 * cost. She said …', '"…," Poll said. She called …' (not after a sentence naming a noun of either gender, "Tom Reid
 * met his wife. She …"). Read once per article.
 */
function narrationPronouns(text: string, { seg, names, quotes }: PronounContext): Map<string, Counts> {
  const cached = NARRATION_COUNTS.get(seg);
  if (cached) return cached;
  const counts = new Map<string, Counts>();
  NARRATION_COUNTS.set(seg, counts);
  const quoted = (at: number) => quotes.some((q) => q.type === 'direct' && at >= q.start && at < q.end);
  for (let k = 1; k < seg.sentences.length; k++) {
    const s = seg.sentences[k];
    const before = seg.sentences[k - 1];
    if (!s || !before || s.paragraph - before.paragraph > 1) continue;
    const pronoun = PRONOUN_OPENING.exec(text.slice(s.start, s.start + 12))?.[1];
    if (!pronoun || quoted(s.start)) continue;
    const sentence = text.slice(before.start, before.end);
    if (namesGenderedNoun(sentence)) continue;
    const named = names.persons
      .filter((n) => n.start >= before.start && n.start < before.end && !quoted(n.start))
      .map((n) => ({
        start: n.start,
        end: n.start + n.name.length,
        full: fullestName(names, n.name) ?? n.name,
      }));
    // ('"…," Poll said': a surname alone, of a person named in full)
    for (const w of sentence.matchAll(
      /(?<![\p{L}\p{M}'’.-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{M}-])/gu,
    )) {
      const at = before.start + (w.index ?? 0);
      if (quoted(at) || named.some((n) => at >= n.start && at < n.end)) continue;
      const whole = fullestName(names, w[0]);
      if (whole && /\s/.test(whole)) named.push({ start: at, end: at + w[0].length, full: whole });
    }
    named.sort((a, b) => a.start - b.start);
    const first = named[0];
    if (!first || !/\s/.test(first.full) || named.some((n) => n.full !== first.full)) continue;
    const lead = text.slice(before.start, first.start);
    if (/^['’]s?\b/.test(text.slice(first.end))) continue;
    if (!(SUBJECT_BEFORE.test(lead) && !/["“”]/.test(lead)) && !CUE_BEFORE.test(lead)) continue;
    const c = counts.get(first.full) ?? { male: 0, female: 0 };
    pronoun === 'She' ? c.female++ : c.male++;
    counts.set(first.full, c);
  }
  return counts;
}

interface Counts {
  male: number;
  female: number;
}
const NARRATION_COUNTS = new WeakMap<Segmentation, Map<string, Counts>>();

/**
 * The gender the article's words give a person named in full ("Ann Poll"): a gendered role noun beside the name
 * ("Ann Poll, the chairwoman", "spokesman Dan Vell"), the name's own pronoun right after it ("Ann Poll and her
 * son", "Dan Vell found himself"), or, given the context, the narration's "She"/"He" going on from the person as
 * subject ("Ann Poll disagreed. She said …"); null when there is none or the evidence is of both genders. No first
 * names.
 */
export function textGenderOfPerson(text: string, full: string, context?: PronounContext): Gender | null {
  if (!/\s/.test(full)) return null;
  const narration = (context && narrationPronouns(text, context).get(full)) ?? { male: 0, female: 0 };
  const written = countsInText(text, full);
  const male = narration.male + written.male;
  const female = narration.female + written.female;
  return male > 0 && female === 0 ? 'male' : female > 0 && male === 0 ? 'female' : null;
}

// the name whole: no letter, mark, apostrophe or hyphen before it, no letter, mark or hyphen after it
const NO_NAME_PART_BEFORE = /(?<![\p{L}\p{M}'’-])/uy;
const NO_NAME_PART_AFTER = /(?![\p{L}\p{M}-])/uy;

// (a pronoun quote asks it of every speaker before it: the whole text scanned again for each)
const countsInText = memoByText((text, full): Counts => {
  let male = 0;
  let female = 0;
  for (const at of indicesBetween(text, full, NO_NAME_PART_BEFORE, NO_NAME_PART_AFTER)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + full.length, at + full.length + 60);
    // ("Ann Poll's son, a spokesman": a possessive name owns the role, not is it)
    if (/^['’]s\b/.test(after)) continue;
    if (ROLE.male.after.test(after) || ROLE.male.before.test(before)) male++;
    if (ROLE.female.after.test(after) || ROLE.female.before.test(before)) female++;
    if (OWN_AFTER.male.test(after)) male++;
    if (OWN_AFTER.female.test(after)) female++;
  }
  return { male, female };
});
