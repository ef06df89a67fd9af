import { isCueToken, isPassiveCue } from '../../cue-tokens.js';
import { cueGroupStart, mentionAfter } from '../../find-mention.js';
import { QUOTE_MARK, spanOf, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';
import {
  clauseAfterAdjunct,
  clauseAfterBareHearer,
  clauseAfterOutlet,
  isLoneAdverb,
} from './adjunct-then-subject.js';
import { clauseAfterAdverbial, isParticiplePreposition } from './adverbial-then-clause.js';
import { chargedWithOffence } from './charged-with.js';
import {
  approximatesNumber,
  HEARER_VERB_FORMS,
  hasVerb,
  isClauseAt,
  quotedTermOpensClause,
  trimClauseEnd,
  verbTheTaggerMissed,
  wordCount,
  wordsPattern,
} from './clause-helpers.js';
import { isElidedClause } from './elided-clause.js';
import { isHypotheticalCue } from './hypothetical-cue.js';
import { isNounWithObjectRelative } from './object-gap-noun.js';
import { objectVerbWithoutClause, takesNounObject, thatAfterObject } from './object-not-clause.js';
import { isObjectRelativeCue } from './object-relative-cue.js';
import { passiveNeedsThat } from './passive-needs-that.js';
import { isPossessiveApostrophe } from './possessive-apostrophe.js';
import { isRelativeThat } from './relative-that.js';
import { reportedConcession } from './reported-concession.js';
import { isTimeDistanceAdjunct } from './time-distance-adjunct.js';
import { topicNounThat } from './topic-noun-that.js';
import type { IndirectRule, ReportCue } from './types.js';

const HEARER_REQUIRED =
  /^(?:tell|tells|told|telling|inform|informs|informed|informing|remind|reminded|assure|assures|assured)$/i;
const TELL = wordsPattern([...HEARER_VERB_FORMS, 'promise', 'promised', 'accuse', 'accused']);
const ADJUNCT_START = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'through',
  'via',
  'from',
  'with',
  'over',
  'to',
  'when',
  'while',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'recently',
  'last',
  'this',
  'next',
  'also',
  'again',
  'however',
  'previously',
  'privately',
  'publicly',
  'repeatedly',
  'separately',
  'on',
  'late',
  'early',
  'now',
]);
const TIME_NOUN = /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|quarter)$/i;
const TIME_WORD_AFTER =
  /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter|time|century|decade|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const DAY_WORD = /^(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const POSSESSIVE = /^(?:its|his|her|their|our|my|your)$/i;
const ADJUNCT_BODY = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The comma closing a ", citing …," or ", quoting …," aside that opens at the comma `c`; else -1. */
function citingAsideEnd(ctx: Parameters<IndirectRule>[0], c: number, last: number): number {
  if (!/^(?:citing|quoting)$/i.test(tokenText(ctx, c + 1))) return -1;
  for (let j = c + 2; j <= last && j <= c + 12; j++) {
    const w = tokenText(ctx, j);
    if (w === ',') return j;
    if (/^[;:.()]$/.test(w) || QUOTE_MARK.test(w)) return -1;
  }
  return -1;
}

/** Token after the cue's hearer ("told viewers") and adjuncts ("on Tuesday", "in a statement"). */
function skipComplementPrefix(ctx: Parameters<IndirectRule>[0], r: ReportCue): number {
  let k = r.cue + 1;
  const end = r.sentence.end;
  if (tokenNorm(ctx, k) === 'out') k++; // pointed out
  if (TELL.test(tokenText(ctx, r.cue)) && !r.passive) {
    // "told him …", "told reporters …", "told a lunch for journalists …"
    const objectPronoun = /^(?:him|her|them|us|me|you)$/i.test(tokenText(ctx, k));
    const hearer = objectPronoun
      ? spanOf(ctx, ctx.tokens[k]?.start ?? 0, ctx.tokens[k]?.end ?? 0)
      : mentionAfter(ctx, k, end);
    let h = k;
    while (hearer && (ctx.tokens[h]?.start ?? end) < hearer.end) h++;
    // "told reporters today assessments will be …": a day word ends the hearer
    let dayWord = false;
    for (let j = k + 1; j < h; j++)
      if (DAY_WORD.test(tokenText(ctx, j))) {
        h = j;
        dayWord = true;
        break;
      }
    // "have warned they will strike", "warned the government would have to act": a short common phrase with a
    // verb of its own after it is the clause's subject, not the one warned (not "told the BBC lessons were …",
    // where the hearer is a name)
    const after = ctx.tokens[h];
    let named = false;
    for (let j = k; j < h; j++) if (ctx.tokens[j]?.pos === 'PROPN') named = true;
    // ("told" and "informed" always have a hearer: "confined and told he would stay" is a passive)
    const ownVerb =
      !HEARER_REQUIRED.test(tokenText(ctx, r.cue)) &&
      (/^(?:he|she|they|we|i)$/i.test(tokenText(ctx, k)) ||
        (h - k <= 2 &&
          !named &&
          (after?.pos === 'AUX' || (after?.pos === 'VERB' && !/ing$/i.test(tokenText(ctx, h))))) ||
        // "warned the delayed transition process could be a threat": a longer common phrase before a modal
        (h - k <= 5 &&
          !named &&
          /^(?:could|would|will|might|may|must|should|can)$/i.test(tokenText(ctx, h))));
    if (dayWord && !ownVerb) k = h;
    else if (hearer && tokenNorm(ctx, k) !== 'that' && !ownVerb) {
      // "told the BBC progress had been made", "told the BBC Mr Howard had …", "told the Securities and Exchange
      // Commission he has …": the hearer found runs into the clause or stops inside a name
      // ("told reporters Tarn now had …": an adverb before the verb is no subject; the name found is the clause's)
      const adverbFirst = ctx.tokens[h]?.pos === 'ADV' && /^(?:VERB|AUX)$/.test(ctx.tokens[h + 1]?.pos ?? '');
      if (adverbFirst) k = hearerEnd(ctx, k, end) ?? h;
      else k = isClauseAt(ctx, h, end) || tokenNorm(ctx, h) === 'that' ? h : (hearerEnd(ctx, k, end) ?? h);
    }
  }
  for (let n = 0; n < 4; n++) {
    const w = tokenNorm(ctx, k);
    // "said in most of Europe and in Japan, …": a second adjunct joined to the first
    if (w === 'and' && k > r.cue + 1 && ADJUNCT_START.has(tokenNorm(ctx, k + 1))) {
      k++;
      continue;
    }
    if (w === ',') {
      // "reported, citing hospital data, there were …": a sourcing participle set off by commas right after the cue
      const sourcing = citingAsideEnd(ctx, k, r.last);
      if (sourcing > 0) {
        k = tokenNorm(ctx, sourcing + 1) === 'that' ? sourcing + 2 : sourcing + 1;
        break;
      }
      // "said on June 2, 2017 that …", "said on Monday, March 2, it would …": a date goes on after the comma
      const prev = tokenText(ctx, k - 1);
      if (k > r.cue + 1 && (/^\d{1,2}$/.test(prev) || DAY_WORD.test(prev))) {
        if (/^\d{4}$/.test(tokenText(ctx, k + 1))) {
          k += 2;
          continue;
        }
        if (MONTH.test(tokenText(ctx, k + 1)) && /^\d{1,2}$/.test(tokenText(ctx, k + 2))) {
          k += 3;
          continue;
        }
      }
      k++;
      continue;
    }
    // "said Tuesday it would close", "said Monday night that …" (American style: a bare weekday)
    // (not "said Friday's vote was …")
    if (
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w) &&
      !/^['’]s?$/.test(tokenText(ctx, k + 1))
    ) {
      k++;
      if (/^(?:morning|afternoon|evening|night)$/i.test(tokenText(ctx, k))) k++;
      continue;
    }
    // "reported that night the senator …"
    if (w === 'that' && TIME_NOUN.test(tokenText(ctx, k + 1)) && !/^['’]s?$/.test(tokenText(ctx, k + 2))) {
      k += 2;
      continue;
    }
    // "said publicly the museum should close": a lone adverb, not the head of a phrase that takes the subject in
    if (isLoneAdverb(ctx, k)) {
      k++;
      continue;
    }
    // "said over a hundred people attended": a number's approximation is the subject's, no adjunct
    if (!ADJUNCT_START.has(w) || approximatesNumber(ctx, k)) break;
    // "said while the deal was welcome, more work was needed": a clause of its own opens the report
    if ((w === 'while' || w === 'when') && isClauseAt(ctx, k + 1, end)) break;
    // "told reporters today assessments will …": a lone time word is the whole adjunct (not "today's figures")
    if (/^(?:yesterday|today|tonight)$/.test(w)) {
      if (/^['’]s?$/.test(tokenText(ctx, k + 1))) break;
      k++;
      if (/^(?:morning|afternoon|evening|night)$/i.test(tokenText(ctx, k))) k++;
      continue;
    }
    // "said this target is …", "said last year's …": only a time makes "this"/"last"/"next" an adjunct
    if (/^(?:this|last|next)$/.test(w) && !TIME_WORD_AFTER.test(tokenText(ctx, k + 1))) break;

    let j = k + 1;
    let noun = false;
    let possessor = false;
    // "on Tuesday", "in a statement": the phrase ends where a new determiner follows its noun ("on Tuesday the bank")
    while (
      j <= r.last &&
      (ADJUNCT_BODY.has(ctx.tokens[j]?.pos ?? '') ||
        (noun && issuedBy(ctx, j)) ||
        // "said in its report …": a possessive opens the adjunct's noun phrase
        (!noun && !r.passive && POSSESSIVE.test(tokenText(ctx, j))) ||
        // "said in most of Europe, …", "said at the end of the year …": a noun's own "of" phrase
        (j > k + 1 &&
          tokenNorm(ctx, j) === 'of' &&
          /^(?:NOUN|ADJ|NUM)$/.test(ctx.tokens[j - 1]?.pos ?? '') &&
          /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(ctx.tokens[j + 1]?.pos ?? ''))) &&
      tokenNorm(ctx, j) !== 'that'
    ) {
      const p = ctx.tokens[j]?.pos ?? '';
      // "said in a statement issued by the group the deal …": the statement's issuer belongs to the adjunct
      if (noun && issuedBy(ctx, j)) {
        j += 2;
        noun = false;
        continue;
      }
      // "said this year's exchange will …": a time phrase owning a noun opens the clause
      if (/^['’]s?$/.test(tokenText(ctx, j)) && noun) {
        possessor = true;
        break;
      }
      if (noun && (p === 'DET' || p === 'PRON') && tokenNorm(ctx, j - 1) !== 'of') break;
      // "said on Friday rent controls would …", "said in a statement sales rose": a bare subject after the adjunct
      if (noun && clauseAfterAdjunct(ctx, j, end)) break;
      // "said in recent months rapid money growth has …": an adjective after the adjunct's noun opens the subject
      if (noun && p === 'ADJ' && ctx.tokens[j - 1]?.pos === 'NOUN' && isClauseAt(ctx, j, end)) break;
      // "said on Wednesday night Ann Roe, the envoy, was …": a name after a time ("last month", not "a weekend
      // report") is the clause's
      if (
        p === 'PROPN' &&
        TIME_NOUN.test(tokenText(ctx, j - 1)) &&
        ctx.tokens[j - 2]?.pos !== 'DET' &&
        ctx.tokens[j - 1]?.pos === 'NOUN'
      )
        break;
      if (p === 'NOUN' || p === 'PROPN' || p === 'NUM') noun = true;
      j++;
    }
    if (possessor) break;
    if (
      j === k + 1 &&
      !/^(?:yesterday|today|tonight|earlier|later|recently|also|again|however|previously|now)$/.test(w)
    )
      break;
    k = j;
  }
  return k;
}

/** The closing dash of a spaced-dash aside that opens at token `t` and is followed by "that"; else -1. */
function dashedAsideBeforeThat(ctx: Parameters<IndirectRule>[0], t: number, last: number): number {
  const spacedDash = (i: number) =>
    /^(?:[—–]|--)$/.test(tokenText(ctx, i)) && /\s/.test(ctx.text[(ctx.tokens[i]?.start ?? 1) - 1] ?? '');
  if (!spacedDash(t)) return -1;
  for (let j = t + 2; j <= last && j <= t + 25; j++) {
    if (/^[;:.]$/.test(tokenText(ctx, j)) || QUOTE_MARK.test(tokenText(ctx, j))) return -1;
    if (spacedDash(j)) return tokenNorm(ctx, j + 1) === 'that' ? j : -1;
  }
  return -1;
}

const ISSUED = /^(?:issued|released|published|distributed|posted|sent|signed)$/i;
/** "a statement issued by …", "a report released by …": a participle and "by" after the adjunct's noun. */
function issuedBy(ctx: Parameters<IndirectRule>[0], j: number): boolean {
  return (
    ISSUED.test(tokenText(ctx, j)) && ctx.tokens[j - 1]?.pos === 'NOUN' && tokenNorm(ctx, j + 1) === 'by'
  );
}

const TITLE = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?$/;
const NAME_PARTICLE = /^(?:bin|ibn|al|de|da|di|du|del|der|den|van|von|la|le|dos|das)$/;

/** First token of a clause after a hearer from token `k` that ends on a name (a title may open the clause), or null. */
function hearerEnd(ctx: Parameters<IndirectRule>[0], k: number, end: number): number | null {
  return clauseAfterBareHearer(ctx, k, end) ?? hearerEndOnName(ctx, k, end) ?? clauseAfterOutlet(ctx, k, end);
}

function hearerEndOnName(ctx: Parameters<IndirectRule>[0], k: number, end: number): number | null {
  for (let s = k + 1; s < k + 9; s++) {
    const p = ctx.tokens[s - 1]?.pos ?? '';
    const w = tokenText(ctx, s - 1);
    if (!/^(?:DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(p) && !/^(?:and|of|&)$/.test(w)) return null;
    const next = ctx.tokens[s];
    const nw = tokenText(ctx, s);
    // (not "BBC Radio 4's Today programme": a number or possessive inside the hearer's name)
    const inName = next?.pos === 'PART' || /^['’]s$/.test(tokenText(ctx, s + 1));
    if (!next || TITLE.test(w) || inName || ADJUNCT_START.has(nw.toLowerCase())) continue;
    if (nw.toLowerCase() === 'that') return null;
    // "the BBC News website Ford did not …": a common noun after a name may close the hearer before a name
    // (not "Hamza bin Laden")
    const afterName =
      p === 'NOUN' &&
      !NAME_PARTICLE.test(w) &&
      ctx.tokens[s - 2]?.pos === 'PROPN' &&
      /^(?:PROPN|PRON)$/.test(next.pos);
    if (p !== 'PROPN' && !afterName) continue;
    if (next.pos === 'PROPN' && !TITLE.test(nw) && !afterName) continue;
    // "the BBC progress had been made": a bare common noun subject right before its verb; otherwise a pronoun,
    // an article or a name opens the clause (not "a Commons select committee human rights concerns …")
    const bareNoun = next.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(ctx.tokens[s + 1]?.pos ?? '');
    if (!bareNoun && !/^(?:PRON|DET|PROPN|NUM)$/.test(next.pos)) continue;
    if (isClauseAt(ctx, s, end)) return s;
  }
  return null;
}

/** Index of the first match of the one-character pattern `re` in `s` outside parentheses ("($1.5bn; £800m)"), or -1. */
function searchOutsideParentheses(s: string, re: RegExp): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && re.test(c)) return i;
  }
  return -1;
}

/** True when the cue at `cue` is followed by a reported clause, "that", a colon or a quote. */
function takesReport(ctx: Parameters<IndirectRule>[0], cue: number, end: number): boolean {
  const k = tokenNorm(ctx, cue + 1) === 'out' ? cue + 2 : cue + 1;
  const w = tokenNorm(ctx, k);
  if (w === 'that' || w === ':' || QUOTE_MARK.test(w)) return true;
  if (isClauseAt(ctx, k, end)) return true;
  // "and told reporters the talks had failed": past the hearer
  return TELL.test(tokenText(ctx, cue)) && isClauseAt(ctx, k + 1, end);
}

/**
 * True when a comma opens an aside at token `k` or within a few words of a noun phrase before it: ", which said",
 * "Tarn, an oil company which has said …" (no verb between the comma and "which").
 */
function asideOpensBefore(ctx: Parameters<IndirectRule>[0], k: number): boolean {
  for (let t = k; t >= Math.max(0, k - 5); t--) {
    const w = tokenText(ctx, t);
    if (w === ',') return true;
    if (/^(?:VERB|AUX|PUNCT)$/.test(ctx.tokens[t]?.pos ?? '') || /^(?:that|and|or)$/i.test(w)) return false;
  }
  return false;
}

/** Where a report made inside ", which said …," / ", who told … ," ends: the comma before the main verb; -1 if none. */
function relativeAsideEnd(
  ctx: Parameters<IndirectRule>[0],
  r: ReportCue,
  start: number,
  stop: number,
): number {
  if (!/^(?:which|who)$/i.test(tokenText(ctx, r.group - 1)) || !asideOpensBefore(ctx, r.group - 2)) return -1;
  for (let t = tokenIndexAt(ctx.tokens, start); (ctx.tokens[t]?.start ?? stop) < stop; t++) {
    if (tokenText(ctx, t) !== ',') continue;
    let v = t + 1;
    while (ctx.tokens[v]?.pos === 'ADV') v++;
    const verb = ctx.tokens[v];
    const w = tokenText(ctx, v);
    // "…, still plans to", "…, said he will": a finite verb with no subject of its own after the comma
    if (verb && /^(?:VERB|AUX)$/.test(verb.pos) && !/ing$/i.test(w) && /^\p{Ll}/u.test(w))
      return ctx.tokens[t]?.start ?? -1;
  }
  return -1;
}

/** "found it hard to persuade …", "declared it bankrupt": an object pronoun and its adjective, no clause. */
function smallClause(ctx: Parameters<IndirectRule>[0], k: number): boolean {
  if (!/^(?:it|them|him|her|this)$/i.test(tokenText(ctx, k))) return false;
  let a = k + 1;
  while (ctx.tokens[a]?.pos === 'ADV' || /^(?:right|just|shortly|soon|long)$/i.test(tokenText(ctx, a))) a++;
  // "found it right before the plane left": an object pronoun, then an adverbial
  if (/^(?:it|them|him)$/i.test(tokenText(ctx, k)) && /^(?:ADP|SCONJ)$/.test(ctx.tokens[a]?.pos ?? ''))
    return true;
  // (not "said her second marriage was …": a possessive before its noun)
  return (
    ctx.tokens[a]?.pos === 'ADJ' && !/^(?:VERB|AUX|NOUN|PROPN|ADJ|NUM)$/.test(ctx.tokens[a + 1]?.pos ?? '')
  );
}

/** "said in a televised address that …": a word the tagger calls a verb after a determiner (and participles) is a noun's. */
function insideNounPhrase(ctx: Parameters<IndirectRule>[0], t: number): boolean {
  for (let b = t - 1; b >= t - 3; b--) {
    const p = ctx.tokens[b]?.pos ?? '';
    if (p === 'DET') return true;
    if (!(p === 'ADJ' || (p === 'VERB' && /(?:ed|en)$/i.test(tokenText(ctx, b))))) return false;
  }
  return false;
}

/** Offset of "and" (or its comma) before a past verb coordinated after a modal and its bare verb, or -1. */
function pastAfterModal(ctx: Parameters<IndirectRule>[0], from: number, stop: number): number {
  let t = from;
  const at = (i: number) => ctx.tokens[i]?.start ?? stop;
  while (at(t) < stop && !/^(?:VERB|AUX)$/.test(ctx.tokens[t]?.pos ?? '')) t++;
  if (!/^(?:would|will|could|can|may|might|should|must|shall)$/i.test(tokenText(ctx, t))) return -1;
  t++;
  while (ctx.tokens[t]?.pos === 'ADV' || /^(?:not|n['’]t)$/i.test(tokenText(ctx, t))) t++;
  if (ctx.tokens[t]?.pos !== 'VERB' || /^(?:be|have|been|get)$/i.test(tokenText(ctx, t))) return -1;
  for (t++; at(t) < stop; t++) {
    const w = tokenText(ctx, t);
    if (/^[;:]$/.test(w) || QUOTE_MARK.test(w)) return -1;
    if (w.toLowerCase() !== 'and') continue;
    const v = tokenText(ctx, t + 1);
    // (not "a refinery and related operations": an -ed adjective on the noun closing the phrase)
    const adjective =
      ctx.tokens[t + 2]?.pos === 'NOUN' &&
      (at(t + 3) >= stop || /^(?:PUNCT|ADP|CCONJ)$/.test(ctx.tokens[t + 3]?.pos ?? ''));
    if (ctx.tokens[t + 1]?.pos === 'VERB' && /\p{Ll}ed$/u.test(v) && !adjective)
      return tokenText(ctx, t - 1) === ',' ? at(t - 1) : at(t);
  }
  return -1;
}

// He said (on Tuesday) (that) those could have been rigged. / Kelly told viewers that Putin was tired.
export const cueThenClause: IndirectRule = (ctx, r, all) => {
  if (!r.mention && !r.passive && r.sharesWith === null) return null;
  if (chargedWithOffence(ctx, r.cue) || isHypotheticalCue(ctx, r)) return null;
  const end = r.sentence.end;
  // "“We consider it closed,” he said, a signal the row was over": a cue that attributes the quote before it
  // reports nothing after its comma
  if (tokenText(ctx, r.cue + 1) === ',') {
    const lead = Math.min(r.mention?.start ?? Number.POSITIVE_INFINITY, ctx.tokens[r.group]?.start ?? 0);
    if (/["”’»]\s*$/.test(ctx.text.slice(Math.max(r.sentence.start, lead - 4), lead))) return null;
  }
  // "… if he has fewer delegates when the primaries conclude, his campaign has argued …": a cue inside a
  // subordinate clause that ends at its comma reports nothing after it
  // (nor an absolute "with" phrase: "With all precincts reporting, the race was too close to call")
  const lead = r.mention ? tokenIndexAt(ctx.tokens, r.mention.start) - 1 : r.group - 1;
  if (
    tokenText(ctx, r.cue + 1) === ',' &&
    /^(?:when|if|while|after|before|because|since|until|once|unless|although|though|whereas|with)$/i.test(
      tokenText(ctx, lead),
    )
  )
    return null;
  const k = skipComplementPrefix(ctx, r);
  // "Fares fell, Ann Lee said on Monday, two years after she promised it would open.": after a cue that follows
  // its report, a time measured from an event is the cue's adjunct
  if (tokenText(ctx, lead) === ',' && isTimeDistanceAdjunct(ctx, k)) return null;
  // "now find themselves atop a party that …": a reflexive object, no report
  if (/^(?:myself|yourself|himself|herself|itself|ourselves|themselves)$/i.test(tokenText(ctx, r.cue + 1)))
    return null;
  let start = -1;
  let viaThat = false;
  // "that" within a few words: "concluded in a report made public in January that …"
  let limit = r.cue + 16;
  for (let t = r.cue + 1; t <= r.last && t <= limit; t++) {
    const w = tokenText(ctx, t);
    // "complained on Friday — in remarks the campaign sent out — that …": a dashed aside before "that"
    const aside = dashedAsideBeforeThat(ctx, t, r.last);
    if (aside > t) {
      limit += aside - t;
      t = aside;
      continue;
    }
    if (
      (QUOTE_MARK.test(w) && !isPossessiveApostrophe(ctx, t, r.sentence.start)) ||
      /^[:;]$/.test(w) ||
      // (not the object's noun of saying: "answered claims by the minister, Ed Roe, that …")
      (isCueToken(ctx, t, 'speech') && !(t === k && ctx.tokens[t]?.pos === 'NOUN'))
    )
      break;
    // "said he would … and that …": a verb before "that" means the clause has already begun
    const pos = ctx.tokens[t]?.pos;
    // (not the "and" of a hearer: "told the Grain and Feed Association yesterday that …", "told reporters and
    // analysts that …")
    if (
      pos === 'AUX' ||
      (pos === 'CCONJ' && !TELL.test(tokenText(ctx, r.cue))) ||
      (pos === 'VERB' && ctx.tokens[t - 1]?.pos !== 'NOUN' && !insideNounPhrase(ctx, t))
    )
      break;
    // "said the rumor fueled the selling that was …": a noun and its verb already make the clause
    // (also a verb the tagger missed: "said the company alleged that staff had lied")
    // (not "denied accusations made by her brother that she …": a participle with its agent on the object's noun)
    if (
      (pos === 'VERB' || verbTheTaggerMissed(ctx, t)) &&
      !(
        ctx.tokens[t - 1]?.pos === 'NOUN' &&
        /(?:ed|en|de)$/i.test(tokenText(ctx, t)) &&
        tokenNorm(ctx, t + 1) === 'by'
      ) &&
      isClauseAt(ctx, k, end) &&
      (ctx.tokens[k]?.start ?? end) < (ctx.tokens[t]?.start ?? 0)
    )
      break;
    // "said the outcome of that session was …": after a preposition "that" is a determiner (not "pointed out that")
    if (
      w.toLowerCase() === 'that' &&
      /^(?:of|in|on|at|for|with|from|by|about|into|over|under)$/i.test(tokenText(ctx, t - 1)) &&
      /^(?:NOUN|ADJ|NUM)$/.test(ctx.tokens[t + 1]?.pos ?? '')
    )
      continue;
    // "reported that night the senator testified …": "that" before a time noun is its determiner
    if (w.toLowerCase() === 'that' && TIME_NOUN.test(tokenText(ctx, t + 1))) continue;
    // "found support for grading murders so that the sentence …": "so that" opens a clause of purpose after an
    // object with no verb of its own
    if (w.toLowerCase() === 'that' && /^(?:so|such)$/i.test(tokenText(ctx, t - 1))) return null;
    if (w.toLowerCase() === 'that' && isRelativeThat(ctx, t, r.cue)) return null;
    // "said one factor that might have swayed them was …": the relative clause sits inside the reported one
    if (w.toLowerCase() === 'that' && thatAfterObject(ctx, r, k, t)) {
      if (!takesNounObject(ctx, r.cue) && isClauseAt(ctx, k, end)) break;
      return null;
    }
    if (w.toLowerCase() === 'that' && t <= k + 12 + (limit - r.cue - 16)) {
      if (topicNounThat(ctx, r.cue, t)) return null;
      const next = ctx.tokens[t + 1];
      // "said that was wrong": "that" is the clause's subject when a finite verb follows it alone
      // (not "warned that allowing deficits could …", "added that reach was …": a gerund or noun after "that")
      // (nor "said that based on the data, …": a participle working as a preposition)
      const subjectThat =
        next?.pos === 'AUX' ||
        (next?.pos === 'VERB' &&
          !/ing$/i.test(tokenText(ctx, t + 1)) &&
          !/^(?:VERB|AUX)$/.test(ctx.tokens[t + 2]?.pos ?? '') &&
          !isParticiplePreposition(ctx, t + 1) &&
          // (nor "warned that fixed terms might …": a participle on the subject's noun)
          !(ctx.tokens[t + 2]?.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(ctx.tokens[t + 3]?.pos ?? '')));
      if (subjectThat && t === k) start = ctx.tokens[t]?.start ?? -1;
      // "remarked that, because …": the comma after "that" is not the clause's
      else if (tokenText(ctx, t + 1) === ',') start = ctx.tokens[t + 2]?.start ?? -1;
      else start = next?.start ?? -1;
      viaThat = true;
      break;
    }
  }
  if (passiveNeedsThat(ctx, r, viaThat)) return null;
  if (start < 0) {
    let from = k;
    if (isClauseAt(ctx, k, end)) {
      if (objectVerbWithoutClause(ctx, r, k, end) || smallClause(ctx, k)) return null;
    } else if (ctx.tokens[r.cue]?.pos !== 'VERB') return null;
    else if (clauseAfterAdverbial(ctx, k, r.last, end)) {
      // "said if the talks fail, the union will strike": the adverbial opens the clause
    } else if (
      // "said at the group's next meeting in June, members will …": a phrase of place or occasion the adjunct
      // reading stopped inside, closed by its comma, then the clause
      // (not a leading participle's phrase: "Commenting on the deal, Ann Lee said …")
      !TELL.test(tokenText(ctx, r.cue)) &&
      !r.leading &&
      !/ing$/i.test(tokenText(ctx, r.cue)) &&
      clauseAfterAdverbial(ctx, r.cue + 1, r.last, end, true)
    )
      from = r.cue + 1;
    else return null;
    start = ctx.tokens[from]?.start ?? -1;
  }
  if (start < 0 || start >= end || isObjectRelativeCue(ctx, r, start)) return null;
  // a quote after a colon is direct speech, not a reported clause
  // (but "said that "a bomb" had gone off": a one- or two-word quoted term opening a clause that goes on is reported)
  if (QUOTE_MARK.test(ctx.text[start] ?? '') && !quotedTermOpensClause(ctx, start, end)) return null;
  let stop = end;
  const semi = searchOutsideParentheses(ctx.text.slice(start, end), r.leading ? /[;,]/ : /;/);
  if (semi >= 0) stop = start + semi;
  // "suggested that A and noted that B": A ends where the coordinated cue begins
  const mine = all.indexOf(r);
  for (let j = mine + 1; j < all.length; j++) {
    const o = all[j];
    if (!o) continue;
    if (o.sharesWith !== mine) break;
    const before = ctx.tokens[o.group - 1];
    // "is to build and maintain a position", "can and may declare an emergency": a coordinated verb with an
    // object and no clause of its own belongs to this clause
    if (before && /^(?:and|but|,)$/i.test(tokenText(ctx, o.group - 1)) && takesReport(ctx, o.cue, end)) {
      let cut = before.start;
      if (tokenText(ctx, o.group - 2) === ',') cut = ctx.tokens[o.group - 2]?.start ?? cut;
      if (cut > start) stop = Math.min(stop, cut);
    }
    break;
  }
  // "accepted that A but believed that B": a second predicate of the speaker is not part of A
  for (let t = tokenIndexAt(ctx.tokens, start); t <= r.last && (ctx.tokens[t]?.start ?? stop) < stop; t++) {
    if (tokenNorm(ctx, t) !== 'but') continue;
    // (also "but also sued", "but then denied")
    let v = t + 1;
    if (ctx.tokens[v]?.pos === 'ADV' && /^(?:also|then|later|quickly)$/i.test(tokenText(ctx, v))) v++;
    if (ctx.tokens[v]?.pos !== 'VERB') continue;
    const cut = tokenText(ctx, t - 1) === ',' ? (ctx.tokens[t - 1]?.start ?? 0) : (ctx.tokens[t]?.start ?? 0);
    if (cut > start) stop = Math.min(stop, cut);
    break;
  }
  // "said Labour would set out plans and attacked the Tory ones": after a modal and its bare verb, a past form
  // joined by "and" cannot be the clause's, so it is the speaker's
  const cutAt = pastAfterModal(ctx, tokenIndexAt(ctx.tokens, start), stop);
  if (cutAt > start) stop = Math.min(stop, cutAt);
  // "While he said A, he thought B": a report inside a leading subordinate clause ends at its comma
  // (also before a name: "While Lee has said he will fight on, Orr must decide")
  const opener = /^(?:but|and|yet|so)$/i.test(tokenText(ctx, r.first)) ? r.first + 1 : r.first;
  const SUB = /^(?:while|although|though|whereas|as|if|when|because|since|after|before)$/i;
  // (or right before the speaker: "After all, while he insisted that A, B")
  if (SUB.test(tokenText(ctx, opener)) || (lead > r.first && SUB.test(tokenText(ctx, lead)))) {
    // (past an adverbial clause opening the report: "remarked that, because the spray wears off, it was …")
    const own = /^[,\s]*(?:because|if|when|while|although|though|as|since|after|before|unless)\b[^,]*,/i.exec(
      ctx.text.slice(start, stop),
    );
    const from = start + (own?.[0].length ?? 0);
    const comma = ctx.text
      .slice(from, stop)
      .search(
        /,\s+(?:(?:he|she|they|it|we|i|the|a|an|its|their|his|her|most|many|some|several|all|other|others|that|this|there|\p{Lu})\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:must|will|would|can|could|should|may|might|has|have|had|is|are|was|were|\p{Ll}+ed)\b)/u,
      );
    if (comma > 0) stop = Math.min(stop, from + comma);
  }
  // "…, despite a new book saying …": a trailing adjunct of the main clause is not reported
  // (nor the writer's turn to a next question: "…, and when pressed on why, she replied …")
  // (nor the writer's apposition to the whole clause: "…, something the bank could change")
  const adjunct = ctx.text
    .slice(start, stop)
    .search(
      /,\s+(?:despite|amid|following|whereas|although|though|something|(?:shortly|just|soon|only|long) (?:after|before)|only to|and (?:when|after|if|once) (?:asked|pressed|questioned|challenged))\b/i,
    );
  // (not a concession with a modal of reported speech: "said it was unlikely, although he would remain …")
  if (adjunct > 0 && !reportedConcession(ctx.text.slice(start + adjunct, stop)))
    stop = Math.min(stop, start + adjunct);
  // "say they prefer lower prices, according to a poll released Thursday": the writer's source after the clause
  // ("denied all claims that he was slain, however, a report concluded …": the writer's turn after the clause)
  const source = ctx.text.slice(start, stop).search(/,\s+(?:according to|however)\b/i);
  if (source > 0 && hasVerb(ctx, tokenIndexAt(ctx.tokens, start), start + source))
    stop = Math.min(stop, start + source);
  // "Ardent, which said it found the flaw, still plans …": a report inside a relative aside ends where the aside's
  // comma gives way to the main clause's verb
  const cut = relativeAsideEnd(ctx, r, start, stop);
  if (cut > start) stop = Math.min(stop, cut);
  // "she suspected he was drunk — something a caller had also said": one spaced dash opens the writer's aside
  // (two enclose an aside inside the clause: "the plan — costing £5m — failed")
  const dashes = [...ctx.text.slice(start, stop).matchAll(/\s(?:[—–]|--)\s/g)];
  const dash = dashes[0];
  if (dashes.length === 1 && dash?.index !== undefined && wordCount(ctx, start, start + dash.index) >= 3)
    stop = Math.min(stop, start + dash.index);
  // ", adding it was …": a participle report after a comma ends this clause
  for (let j = mine + 1; j < all.length; j++) {
    const o = all[j];
    if (!o || !/ing$/i.test(tokenText(ctx, o.cue)) || tokenText(ctx, o.group - 1) !== ',') continue;
    const cut = ctx.tokens[o.group - 1]?.start ?? stop;
    if (cut > start) stop = Math.min(stop, cut);
    break;
  }
  // "… while Mr Brown says …", "… and the Liberal Democrats claim …": a new report with its own speaker ends this one
  for (let j = mine + 1; j < all.length; j++) {
    const o = all[j];
    // (not "argued that since it had a subsidiary, the court could declare …": a hypothetical cue is the clause's)
    if (!o?.mention || o.sharesWith !== null || o.mention.start <= start || isHypotheticalCue(ctx, o))
      continue;
    const at = tokenIndexAt(ctx.tokens, o.mention.start) - 1;
    const w = tokenNorm(ctx, at);
    // "…, which he said would …": a relative report (relative-clause-report) ends this one too
    // (not "that Lee, Roe and Tull had mentioned it": a comma inside the list of names that is the subject)
    if (w === ',' && ctx.tokens[at - 1]?.pos === 'PROPN' && /\sand\s/.test(o.mention.text)) break;
    if (/^(?:and|but|while|whereas|although|though|as|which|who|,|;)$/.test(w)) {
      let cut = ctx.tokens[at]?.start ?? stop;
      if (tokenText(ctx, at - 1) === ',') cut = ctx.tokens[at - 1]?.start ?? cut;
      // (not "revealed that in December, Ann Roe accepted the blame": a leading adverbial alone is no clause, so a
      // cue after it that reports no clause is the clause's own verb)
      const from = tokenIndexAt(ctx.tokens, start);
      const leadOnly =
        /^(?:ADP|SCONJ)$/.test(ctx.tokens[from]?.pos ?? '') &&
        !hasVerb(ctx, from, cut) &&
        !takesReport(ctx, o.cue, end);
      // (nor "said the bank and its partners agreed to buy …": the second of two joined subjects, with the verb of
      // the clause they open)
      const joinedSubject =
        w === 'and' &&
        tokenText(ctx, at - 1) !== ',' &&
        !hasVerb(ctx, from, cut) &&
        !takesReport(ctx, o.cue, end);
      // (nor "said if the bill passed, he would urge MPs to oppose it": the comma closing a leading conditional or
      // concessive clause opens the clause it leads)
      const leadClause =
        w === ',' &&
        /^(?:if|unless|although|though|once)$/i.test(tokenText(ctx, from)) &&
        !ctx.text.slice(start, ctx.tokens[at]?.start ?? start).includes(',');
      if (cut > start && !leadOnly && !joinedSubject && !leadClause) stop = Math.min(stop, cut);
      break;
    }
  }
  const e = trimClauseEnd(ctx, start, stop);
  if (e - start < 6 || isElidedClause(ctx, start, e)) return null;
  // "… floating rate notes after the collapse of the market, bankers said": a "clause" that is only another
  // report verb and its subject is that report's source, not this one's content
  const lastTok = tokenIndexAt(ctx.tokens, e) - 1;
  if (isCueToken(ctx, lastTok, 'speech')) {
    const group = cueGroupStart(ctx, lastTok, tokenIndexAt(ctx.tokens, start), false);
    // (not "said the Saudis had been warned": a passive report is the clause's own verb)
    let ownVerb = isPassiveCue(ctx, group, lastTok);
    for (let t = tokenIndexAt(ctx.tokens, start); t < group; t++)
      if (/^(?:VERB|AUX)$/.test(ctx.tokens[t]?.pos ?? '')) ownVerb = true;
    if (!ownVerb) return null;
  }
  // "reported officials, following an investigation, …": what the cuts leave must still hold a verb
  if (stop < end && !hasVerb(ctx, tokenIndexAt(ctx.tokens, start), e)) return null;
  // "revealed that in December, …", "mentioned that on the trail": a short phrase of place or time is no report
  const first = tokenIndexAt(ctx.tokens, start);
  if (ctx.tokens[first]?.pos === 'ADP' && wordCount(ctx, start, e) <= 4 && !hasVerb(ctx, first, e))
    return null;
  // "Commenting on the storm, Captain Lee said the crew …": a leading participle whose "clause" holds another
  // speaker's report has no content of its own
  if (
    r.leading &&
    all.some((o) => o.cue > r.cue && o.mention && o.mention.start >= start && o.mention.start < e)
  )
    return null;
  // "stressed the impact his bid has had on the race"
  if (isNounWithObjectRelative(ctx, start, e)) return null;
  const cueStart = ctx.tokens[r.group]?.start ?? 0;
  const cueEnd = ctx.tokens[Math.max(r.cue, k - 1)]?.end ?? 0;
  const cueText = TELL.test(tokenText(ctx, r.cue))
    ? spanOf(ctx, cueStart, Math.max(ctx.tokens[r.cue]?.end ?? 0, Math.min(cueEnd, start - 1)))
    : spanOf(ctx, cueStart, ctx.tokens[r.cue]?.end ?? 0);
  return {
    start,
    end: e,
    // written out, not spread: every cue a quote carries then has one hidden class
    cue: spanOf(ctx, cueText.start, cueText.start + cueText.text.trimEnd().length),
    mention: r.mention,
    rule: 'cue-then-clause',
    confidence: 0.8,
    passive: r.passive,
  };
};
