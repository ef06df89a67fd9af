import { SPEECH_FORMS } from '../../cue-lexicon.js';
import { monthOpensNameAt } from '../../leading-time-adjunct.js';
import { tokenNorm, tokenText } from '../../quote-context.js';
import {
  CALENDAR_WORDS,
  HEARER_VERB_FORMS,
  movedAsNoun,
  TIME_NOUNS,
  wordsPattern,
} from './clause-helpers.js';
import type { IndirectRule, ReportCue } from './types.js';

// Report verbs that as often take a noun object ("announced a deal", "maintained his lead", "found no trace") as a
// reported clause. Without "that", the words after them are a clause only when the clause's verb is plainly finite.
const OBJECT_VERBS = new Set([
  'add',
  'announce',
  'find',
  'maintain',
  'claim',
  'boast',
  'write',
  'agree',
  'disclose',
  'suggest',
  'indicate',
  'reveal',
  'report',
  'accept',
  'propose',
  'deny',
  'estimate',
  'charge',
  'admit',
  'predict',
  'signal',
  'pledge',
  'vow',
  'threaten',
  'confirm',
  'acknowledge',
  'reiterate',
  'repeat',
  'mention',
  'recall',
  'answer',
  'counter',
  'observe',
  'protest',
  'declare',
  'tweet',
  'concede',
  'clarify',
  'specify',
  'proclaim',
  'reaffirm',
  'note',
  'stress',
  'emphasise',
  'emphasize',
  'explain',
  'lament',
]);
const WEAK_START = /^(?:a|an|his|her|its|their|our|my|your|no|another)$/i;
const PAST_ONLY =
  /^(?:rose|fell|went|grew|came|became|began|took|gave|saw|knew|ran|drove|wrote|spoke|broke|chose|stood|sank|shrank|froze|stole|wore|woke|was|were)$/i;
const CONTENT_NOUN =
  /^(?:evidence|fact|criticisms?|positions?|arguments?|beliefs?|theory|conclusion|message|point|reports?|claims?|allegations?|suggestions?|rumou?rs?|speculation|assertions?|accusations?|charges?|remarks?|comments?|statements?|notion|idea|view|fears?|concerns?|assurances?|warnings?|news)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you|there|this|these|those)$/i;
const BREAK =
  /^(?:despite|although|though|because|while|whereas|as|if|when|after|before|since|until|unless|which|who|including)$/i;
const HEARER_VERBS = wordsPattern([
  ...HEARER_VERB_FORMS,
  'promise',
  'promises',
  'promised',
  'informing',
  'assuring',
  'warning',
  'advising',
  'reminding',
  'promising',
]);
const TIME = wordsPattern([...TIME_NOUNS, ...CALENDAR_WORDS], '\\.?');

const base = (ctx: Parameters<IndirectRule>[0], cue: number) => SPEECH_FORMS.get(tokenNorm(ctx, cue)) ?? '';

/** True when the cue at `cue` often takes a noun object ("announced a bill", "urged a limit"). */
export function takesNounObject(ctx: Parameters<IndirectRule>[0], cue: number): boolean {
  const b = base(ctx, cue);
  return OBJECT_VERBS.has(b) || b === 'urge' || b === 'recommend' || b === 'demand';
}

/**
 * Token index past an aside opening at `v`: "(ESO)", ", which is small," or "- which extends the right -"; `v` when
 * none opens there.
 */
function pastAside(ctx: Parameters<IndirectRule>[0], v: number, inSpan: (v: number) => boolean): number {
  const w = tokenText(ctx, v);
  if (w === '(') {
    let e = v + 1;
    while (inSpan(e) && tokenText(ctx, e) !== ')') e++;
    return inSpan(e) ? e : v;
  }
  const opener = tokenText(ctx, v - 1);
  if (!/^(?:which|who)$/i.test(w) || !/^[,—–-]$/.test(opener)) return v;
  let e = v + 1;
  while (inSpan(e) && !/^[,—–-]$/.test(tokenText(ctx, e))) e++;
  return inSpan(e) ? e : v;
}

/**
 * "The SEC agreed a deal totalling $5m", "Ms. Roe boasts a wide lead nationally", "Mr. Vale found no trace of the
 * files despite …": after a cue that also takes a noun object, tokens from `k` may read as a clause only by the
 * tagger's guess (a noun read as a verb, a participle after its noun). True when no auxiliary makes the clause and
 * either no finite verb follows at all, or the phrase opens like an object ("a", "his", "no") and its verb has a
 * preposition or adverb after it.
 */
export function objectVerbWithoutClause(
  ctx: Parameters<IndirectRule>[0],
  r: ReportCue,
  k: number,
  end: number,
): boolean {
  if (r.passive || !OBJECT_VERBS.has(base(ctx, r.cue))) return false;
  if (SUBJECT_PRONOUN.test(tokenText(ctx, k)) && ctx.tokens[k]?.pos === 'PRON') return false;
  const inSpan = (v: number) => v < ctx.tokens.length && (ctx.tokens[v]?.start ?? end) < end;
  // "the chances of those trapped were …", "a feature, which had never failed, was …": an auxiliary makes the
  // clause (not one inside a relative aside)
  for (let v = k + 1; inSpan(v); v++) {
    v = pastAside(ctx, v, inSpan);
    const w = tokenText(ctx, v);
    if (/^[;:]$/.test(w) || BREAK.test(w)) break;
    if (ctx.tokens[v]?.pos === 'AUX' && !/ing$/i.test(w)) return false;
  }
  const weak = WEAK_START.test(tokenText(ctx, k));
  for (let v = k + 1; inSpan(v); v++) {
    v = pastAside(ctx, v, inSpan);
    const w = tokenText(ctx, v);
    if (/^[;:]$/.test(w) || BREAK.test(w)) break;
    // ("reported first-half net fell to …": a past form of falling the tagger calls a noun)
    if (movedAsNoun(ctx, v)) return false;
    if (ctx.tokens[v]?.pos !== 'VERB' || /ing$/i.test(w)) continue;
    // "announced plans to allow …", "would not answer questions being asked": an infinitive or a participle after
    // "being" is no finite verb
    if (/^(?:to|being)$/i.test(tokenText(ctx, v - 1))) continue;
    let b = v - 1;
    while (b > k && ctx.tokens[b]?.pos === 'ADV') b--;
    const before = ctx.tokens[b]?.pos ?? '';
    // "the alleged crime", "the jackal's bagged carcass": a participle before its noun
    const possessive = before === 'PART' && /^['’]s?$/.test(tokenText(ctx, b));
    if (b === v - 1 && (before === 'DET' || before === 'ADJ' || possessive) && /(?:ed|en)$/i.test(w))
      continue;
    if (/[^s]s$/i.test(w) || SPEECH_FORMS.has(w.toLowerCase()) || PAST_ONLY.test(w)) return false;
    // "a deal it brokered to …", "plans to develop land they acquired": a pronoun inside the phrase opens a
    // relative clause on its noun
    if (before === 'PRON' && b > k) {
      if (weak) return true;
      if (ctx.tokens[b - 1]?.pos === 'NOUN') continue;
    }
    if (!weak) return false;
    // "his lead over …", "a group tied to …", "a wide lead nationally": a participle or noun on the object
    return /^(?:ADP|PART|ADV)$/.test(ctx.tokens[v + 1]?.pos ?? '');
  }
  return true;
}

/**
 * "deny the responsibility that a hierarchy would impose", "reported earnings well above the $8.04 that analysts
 * expected": a "that" after the cue's noun object opens a relative clause on that noun, not a report (a hearer,
 * "told reporters that", and times, "said Jan. 5 that", are no object).
 */
export function thatAfterObject(
  ctx: Parameters<IndirectRule>[0],
  r: ReportCue,
  k: number,
  t: number,
): boolean {
  if (r.passive || t <= k || HEARER_VERBS.test(tokenText(ctx, r.cue))) return false;
  // (a possessive opens an object too: "mentions its defense of the clinic, a business that is …")
  if (
    !/^(?:DET|NOUN|ADJ|NUM|PROPN)$/.test(ctx.tokens[k]?.pos ?? '') &&
    !/^(?:its|his|their|our|my|your)$/i.test(tokenText(ctx, k))
  )
    return false;
  if (!/^(?:NOUN|PROPN|NUM)$/.test(ctx.tokens[t - 1]?.pos ?? '')) return false;
  // (a month opening a name is no time: "announced June Ferrin's plan that …")
  for (let i = k; i < t; i++) if (TIME.test(tokenText(ctx, i)) && !monthOpensNameAt(ctx, i)) return false;
  // "denied reports that she had quit": a noun of saying takes the reported clause itself
  if (CONTENT_NOUN.test(tokenText(ctx, t - 1))) return false;
  // (also with its maker in between: "denied accusations made by her brother that she …")
  for (let h = k; h + 2 < t; h++) {
    if (!CONTENT_NOUN.test(tokenText(ctx, h)) || ctx.tokens[h]?.pos !== 'NOUN') continue;
    if (!/(?:ed|en|de)$/i.test(tokenText(ctx, h + 1)) || tokenNorm(ctx, h + 2) !== 'by') continue;
    let verbless = true;
    for (let i = h + 3; i < t; i++) if (/^(?:VERB|AUX)$/.test(ctx.tokens[i]?.pos ?? '')) verbless = false;
    if (verbless) return false;
  }
  return true;
}
