import { countMatches, WORD_RUN } from '../../../count-matches.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../segment/calendar-words.js';
import { isCueToken } from '../../cue-tokens.js';
import { type QuoteContext, tokenNorm, tokenText } from '../../quote-context.js';
import { IRREGULAR_PARTICIPLE, opensAside } from './aside-opener.js';
import { negatedQuantifierAt } from './negated-quantifier.js';
import { isPlaceComma } from './place-comma.js';

/** A whole-token, case-insensitive pattern over word forms (`suffix`: what may follow, e.g. "\\.?"). */
export const wordsPattern = (words: readonly string[], suffix = ''): RegExp =>
  new RegExp(`^(?:${words.join('|')})${suffix}$`, 'i');

/** Forms of the verbs whose object is a hearer, not what was said: "told reporters", "warned MSPs". */
export const HEARER_VERB_FORMS: readonly string[] = [
  'tell',
  'tells',
  'told',
  'telling',
  'inform',
  'informs',
  'informed',
  'assure',
  'assures',
  'assured',
  'warn',
  'warns',
  'warned',
  'advise',
  'advised',
  'remind',
  'reminded',
];

/** Nouns of a span of time: "said last week", "told reporters this morning". */
export const TIME_NOUNS: readonly string[] = [
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'morning',
  'afternoon',
  'evening',
  'night',
  'time',
];

/** Day and month names as written, abbreviations included. */
export const CALENDAR_WORDS: readonly string[] = [
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

const SUBJECT_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ', 'PART', 'ADV', 'X', 'SYM']);
const isQuoteMark = (w: string) => /^["“”‘’'«»]$/.test(w);
const NOT_CLAUSE_START = new Set([
  'to',
  'when',
  'where',
  'while',
  'after',
  'before',
  'because',
  'since',
  'as',
  'if',
  'unless',
  'until',
  'why',
  'how',
  'also',
  'again',
  'later',
  'earlier',
  'otherwise',
  'however',
  'so',
  'yes',
  'no',
  'goodbye',
  'hello',
  'sorry',
  'thanks',
  'what',
  'how',
  'which',
  // "found themselves targeted", "finds itself playing host": a reflexive object is no clause's subject
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'yourselves',
  'themselves',
]);

const POSSESSIVE_DET = /^(?:my|your|its|our|their|her)$/;

const SUBORDINATORS = new Set([
  'as',
  'because',
  'when',
  'while',
  'if',
  'although',
  'though',
  'since',
  'until',
  'unless',
  'before',
  'after',
  'once',
  'whereas',
]);

/** "<Tarn Corp> would buy …": a wire's company tag, a name in angle brackets, opens at token `k`. */
export function wireTagAt(ctx: QuoteContext, k: number): boolean {
  if (tokenText(ctx, k) !== '<' || ctx.tokens[k + 1]?.pos !== 'PROPN') return false;
  for (let c = k + 2; c <= k + 10; c++) {
    const w = tokenText(ctx, c);
    if (w === '>') return true;
    if (w === '<' || /^[.;:]$/.test(w)) return false;
  }
  return false;
}

/** True when tokens from `k` (up to offset `end`) read as a clause: a subject, then a finite verb before any comma. */
export function isClauseAt(ctx: QuoteContext, k: number, end: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.start >= end) return false;
  const w = tokenNorm(ctx, k);
  // "said not all boats would be let in": the clause's subject opens with a negated quantifier
  if (negatedQuantifierAt(ctx, k)) return isClauseAt(ctx, k + 1, end);
  // "said no asset sales are planned": "no" before a noun is a determiner, not an answer
  const determinerNo = w === 'no' && /^(?:NOUN|ADJ|NUM)$/.test(ctx.tokens[k + 1]?.pos ?? '');
  if (NOT_CLAUSE_START.has(w) && !determinerNo && !approximatesNumber(ctx, k)) return false;
  // "accepting their help.": a possessive determiner and one word the tagger calls a verb is a noun phrase, no
  // clause (not "its purchasing index fell", "its planned offering would …")
  if (
    POSSESSIVE_DET.test(w) &&
    /^(?:VERB|AUX)$/.test(ctx.tokens[k + 1]?.pos ?? '') &&
    /^[.,;:!?]?$/.test(tokenText(ctx, k + 2))
  )
    return false;
  // "putting pressure on suppliers is …": a gerund subject
  // (not "a report quoting …": a participle on the noun before it)
  // ("said being able to close premises did not …": a gerund of "be" or "have" too, not a passive's "being told")
  const gerund =
    (t.pos === 'VERB' ||
      (t.pos === 'AUX' && /^(?:being|having)$/.test(w) && ctx.tokens[k + 1]?.pos !== 'VERB')) &&
    /ing$/.test(w) &&
    !isCueToken(ctx, k, 'direct') &&
    !/^[,;]$/.test(tokenText(ctx, k - 1)) &&
    (!/^(?:NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '') || isCueToken(ctx, k - 1, 'speech'));
  if (
    !SUBJECT_POS.has(t.pos) &&
    w !== 'there' &&
    !isQuoteMark(w) &&
    !gerund &&
    !approximatesNumber(ctx, k) &&
    !wireTagAt(ctx, k)
  )
    return false;
  let words = 0;
  let commas = 0;
  // inside "who was jailed …" until the aside closes
  let relative = false;
  let aside = false;
  let stateComma = -1;
  for (let i = k; i < ctx.tokens.length; i++) {
    const x = ctx.tokens[i];
    if (!x || x.start >= end) return false;
    const xw = tokenText(ctx, i);
    // "the man, and an official, tried …": commas may enclose an aside; so may spaced dashes
    // (a wire's double hyphen is one: "the plan -- a levy on exports -- is …")
    const spacedDash = /^(?:[-–—]|--)$/.test(xw) && /\s/.test(ctx.text[x.start - 1] ?? '');
    // "per-day output": a hyphen inside a word joins, it does not break the clause
    if (/^[-–]$/.test(xw) && !spacedDash && /[\p{L}\p{N}]/u.test(ctx.text[x.end] ?? '')) continue;
    // "hundreds of ISIS (Islamic State) fighters escaped": a short parenthesis before the verb is an aside
    if (xw === '(' && words > 0) {
      const close = ctx.text.indexOf(')', x.end);
      if (close > 0 && close < end && close - x.end <= 60 && !ctx.text.slice(x.end, close).includes('(')) {
        while (i + 1 < ctx.tokens.length && (ctx.tokens[i + 1]?.start ?? end) <= close) i++;
        continue;
      }
    }
    if (/^[;:()\-–—]$/.test(xw) && !spacedDash) return false;
    // "the concern, based in Sanger, Calif., opened …": the comma between a town and its state; outside an aside
    // the comma after the state closes the place's name too ("the Lodge at Vail, Colo., will be sold")
    if (i === stateComma) continue;
    if (isPlaceComma(ctx, i)) {
      if (commas % 2 === 0) stateComma = i + 2;
      continue;
    }
    // "the offer, proration period and withdrawal rights expire": a comma inside a list of nouns
    if (xw === ',' && commas % 2 === 0 && listComma(ctx, i)) continue;
    if (spacedDash || xw === ',') {
      relative = false;
      aside = false;
    }
    // "the dollar, which last week touched a high, should …": the verbs of a relative aside are its own
    // (or a dash, perhaps with a preposition before the pronoun: "the market - in which the bank is a player -")
    if (/^(?:which|who|whom)$/i.test(xw)) {
      const o = ctx.tokens[i - 1]?.pos === 'ADP' ? i - 2 : i - 1;
      const opener = tokenText(ctx, o);
      if (
        opener === ',' ||
        (/^(?:[-–—]|--)$/.test(opener) && /\s/.test(ctx.text[(ctx.tokens[o]?.start ?? 1) - 1] ?? ''))
      )
        aside = true;
    }
    // "her son's killer, Ray Dunn, 17 - who was jailed in May - had copied …": an appositive and a dashed aside
    if (spacedDash && ++commas > 4) return false;
    if (xw === ',' && ++commas > 4) return false;
    // "the panel, set up in May, will …", "the trade, because wheat grows anywhere, is …": an aside the commas enclose
    if (commas % 2 === 1 && opensAside(ctx, i)) aside = true;
    // "maintained their lead as they sit atop the polls": a noun phrase, then a subordinate clause, is no clause
    if (
      words > 0 &&
      !relative &&
      commas === 0 &&
      x.pos === 'SCONJ' &&
      SUBORDINATORS.has(xw.toLowerCase()) &&
      /^(?:NOUN|PROPN|PRON|NUM|VERB)$/.test(ctx.tokens[i - 1]?.pos ?? '')
    )
      return false;
    if (/[\p{L}\p{N}]/u.test(xw)) words++;
    const verbal = x.pos === 'VERB' || x.pos === 'AUX' || verbTheTaggerMissed(ctx, i);
    if (verbal && i > k && aside) continue;
    if (verbal && i > k) {
      // "the buy-to-let market would …": a verb inside a hyphenated word is the word's
      if (/^[-–]$/.test(tokenText(ctx, i - 1)) && ctx.tokens[i - 1]?.end === x.start) continue;
      // "the shares of existing holders will …": a participle in -ing is no finite verb, nor the participle after
      // "being" ("evidence of the law being broken was …") or after a preposition and before its noun ("the rise
      // resulting from improved seeds could …")
      // (after a comma it opens a phrase of its own: "…, noting the touches …")
      if (/ing$/i.test(xw) && !/^[,;—–-]$/.test(tokenText(ctx, i - 1))) continue;
      const prev = ctx.tokens[i - 1];
      if (prev && /^(?:being|having)$/i.test(tokenText(ctx, i - 1))) continue;
      // ("terms of a previously proposed rights issue": an -ly adverb between the determiner and the participle)
      let d = i - 1;
      while (d > k && ctx.tokens[d]?.pos === 'ADV' && /^\p{Ll}+ly$/u.test(tokenText(ctx, d))) d--;
      if (
        /(?:ed|en)$/i.test(xw) &&
        /^(?:ADP|DET)$/.test(ctx.tokens[d]?.pos ?? '') &&
        /^(?:NOUN|ADJ)$/.test(ctx.tokens[i + 1]?.pos ?? '')
      )
        continue;
      // "glues made by the slug are …": a participle with its agent after a noun is the noun's
      // (and the aside may hold a clause of its own: "evidence obtained by MI5 while they were in Cuba was …")
      if (
        /(?:ed|en|wn|de)$/i.test(xw) &&
        (/^(?:NOUN|PROPN)$/.test(prev?.pos ?? '') ||
          (prev?.pos === 'VERB' && /ing$/i.test(tokenText(ctx, i - 1)))) &&
        /^by$/i.test(tokenText(ctx, i + 1)) &&
        /^(?:DET|PROPN)$/.test(ctx.tokens[i + 2]?.pos ?? '')
      ) {
        relative = true;
        continue;
      }
      // "anyone accused of a crime", "five people injured in the blast were …": a participle of the crime/harm
      // verbs with its preposition after a noun or pronoun is the noun's
      if (
        /^(?:accused|suspected|convicted|charged|arrested|jailed|sentenced|wanted|killed|injured|wounded)$/i.test(
          xw,
        ) &&
        /^(?:NOUN|PROPN|PRON)$/.test(prev?.pos ?? '') &&
        ctx.tokens[i + 1]?.pos === 'ADP'
      )
        continue;
      // "plans attacking him - recently withdrawn from the site - were …": a participle opening an aside
      let a = i - 1;
      while (a > k && ctx.tokens[a]?.pos === 'ADV') a--;
      if (
        a < i - 1 &&
        commas % 2 === 1 &&
        x.pos === 'VERB' &&
        /(?:ed|en|wn|un)$/i.test(xw) &&
        /^[,—–-]$/.test(tokenText(ctx, a))
      )
        continue;
      let b = i - 1;
      while (b > k && isQuoteMark(tokenText(ctx, b))) b--;
      // (the comma closing a town's state is the place's: "the Lodge at Vail, Colo., will …")
      if (b === stateComma) b--;
      // "the new plan more than doubles the budget": "more than" before the verb is its adverb
      if (b - 2 >= k && /^than$/i.test(tokenText(ctx, b)) && /^(?:more|less)$/i.test(tokenText(ctx, b - 1)))
        b -= 2;
      const before = ctx.tokens[b];
      const bw = tokenNorm(ctx, b);
      // "the failure to find …": an infinitive inside the subject (also split: "an agreement to jointly develop …")
      if (bw === 'to') continue;
      let a2 = b;
      while (a2 > k && ctx.tokens[a2]?.pos === 'ADV' && /^\p{Ll}+ly$/u.test(tokenText(ctx, a2))) a2--;
      if (a2 < b && tokenNorm(ctx, a2) === 'to') continue;
      // "figures to be published soon by the office would …", "a loan to help rebuild the port was …": the
      // participle of a passive infinitive, or the bare verb after an infinitive "help", inside the subject
      // ("the payments to be made this year are …": an irregular participle too)
      if (
        x.pos === 'VERB' &&
        a2 - 1 > k &&
        tokenNorm(ctx, a2 - 1) === 'to' &&
        ((/^(?:be|have|been)$/i.test(bw) &&
          (/(?:ed|en|wn|un)$/i.test(xw) || IRREGULAR_PARTICIPLE.test(xw))) ||
          /^help$/i.test(bw))
      )
        continue;
      // "funds to help states provide treatment": a bare infinitive after "help"/"let"/"make" and its object
      if (
        x.pos === 'VERB' &&
        /^(?:NOUN|PRON|PROPN)$/.test(before?.pos ?? '') &&
        /^(?:help|helps|helped|helping|let|lets|make|makes|made|making)$/i.test(tokenText(ctx, b - 1))
      )
        continue;
      // "those who selected him knew …": a relative clause's verb is not the clause's own
      // "parents who adopt would not be eligible": an auxiliary after the relative clause's verb, or a verb after
      // its object, is the clause's own again
      // ("banks that hold half the capital all strongly support him": past adverbs and a floating "all"/"both")
      let r = b;
      while (
        r > k &&
        (ctx.tokens[r]?.pos === 'ADV' || /^(?:all|both|each)$/.test(tokenNorm(ctx, r))) &&
        !/^(?:which|who|whom|that)$/.test(tokenNorm(ctx, r))
      )
        r--;
      const ends =
        relative &&
        !/^(?:which|who|whom|that)$/.test(bw) &&
        !/^(?:which|who|whom|that)$/.test(tokenNorm(ctx, r)) &&
        (x.pos === 'AUX' || /^(?:NOUN|PRON|PROPN)$/.test(ctx.tokens[r]?.pos ?? ''));
      if (!ends && (/^(?:which|who|whom|that)$/.test(bw) || relative)) {
        relative = true;
        continue;
      }
      if (ends) return words >= 2;
      // "the program, run by the ministry, has …", "the contracts, costing two billion dlrs, were …": a participle
      // opening an aside the commas enclose
      // (the aside's own verbs are its: "the new fees, set out in a written statement, would …", "the rise,
      // doubling the shares held by members, will …")
      // (or a spaced dash's: "the bridge — closed since May — would …")
      const opener =
        bw === ',' || (/^(?:[–—]|--)$/.test(bw) && /\s/.test(ctx.text[(before?.start ?? 1) - 1] ?? ''));
      if (opener && commas % 2 === 1 && x.pos === 'VERB' && /(?:ed|en|wn|un)$/i.test(xw)) {
        aside = true;
        continue;
      }
      if (bw === ',' && commas % 2 === 1 && x.pos === 'VERB' && /ing$/i.test(xw) && asideThenVerb(ctx, i)) {
        aside = true;
        continue;
      }
      // "the man, and an official, tried …": a verb after an aside that the commas close
      // an aside that never closed: the verb belongs to another clause ("Announcing X, the firm denied …")
      if (commas % 2 === 1) return false;
      const afterBreak = bw === ',' || /^(?:[-–—]|--)$/.test(bw);
      if (afterBreak && commas !== 2 && commas !== 4) return false;
      if (afterBreak) return words >= 2;
      // "its purchasing index (PMI) fell": a parenthesis closes the subject's noun
      if (bw === ')') return words >= 2;
      // "the scrapping of the scheme": a verb form after a determiner is a noun
      if (before?.pos === 'DET' && x.pos === 'VERB' && /ing$/i.test(xw)) continue;
      // (or the participle the subject ends on: "evidence of the law being broken was …")
      // (or a hyphenated word's last part: "drink-driving remained …")
      const joined = /^[-–]$/.test(tokenText(ctx, b - 1)) && ctx.tokens[b - 1]?.end === before?.start;
      // ("the payments to be made are …": an irregular participle after "be", "been" or "being")
      const irregular = IRREGULAR_PARTICIPLE.test(bw) && /^(?:be|been|being)$/i.test(tokenText(ctx, b - 1));
      const participle = before?.pos === 'VERB' && (/(?:ed|en|wn)$/i.test(bw) || joined || irregular);
      // (or a noun's infinitive with no object before an auxiliary: "said the refusal to resign was wrong"; not
      // "governments find budgets to rebuild devastated areas")
      const infinitive =
        before?.pos === 'VERB' &&
        x.pos === 'AUX' &&
        b - 2 >= k &&
        tokenNorm(ctx, b - 1) === 'to' &&
        ctx.tokens[b - 2]?.pos === 'NOUN';
      return !!before && (HEAD_POS.has(before.pos) || participle || infinitive) && words >= 2;
    }
  }
  return false;
}

// "said over a hundred people attended", "said around 200,000 tonnes have traded", "up to 50 jobs"
const APPROXIMATOR = /^(?:over|around|about|under|nearly|almost|roughly|approximately|some|up|at|as)$/i;
const COUNT_NOUN = /^(?:hundred|thousand|dozen|million|billion|third|quarter|half|fifth|few)$/i;

/** True when token `k` is a word of approximation before a number: the clause's subject opens there. */
export function approximatesNumber(ctx: QuoteContext, k: number): boolean {
  if (!APPROXIMATOR.test(tokenText(ctx, k))) return false;
  let n = k + 1;
  // "at least 111 of the bodies", "at most 20 jobs"
  if (/^at$/i.test(tokenText(ctx, k))) {
    if (!/^(?:least|most)$/i.test(tokenText(ctx, n))) return false;
    n++;
  }
  if (/^up$/i.test(tokenText(ctx, k))) {
    if (!/^to$/i.test(tokenText(ctx, n))) return false;
    n++;
  }
  // "as many as 3,000 firms", "as much as 40 pct"
  if (/^as$/i.test(tokenText(ctx, k))) {
    if (!/^(?:many|much|few|little)$/i.test(tokenText(ctx, n)) || !/^as$/i.test(tokenText(ctx, n + 1)))
      return false;
    n += 2;
  }
  // (not "announced around 11:30 am, phase one …": a time of day is an adjunct)
  if (/:|^\d{1,2}$/.test(tokenText(ctx, n)) && /^(?:am|pm|a\.m\.|p\.m\.|:)$/i.test(tokenText(ctx, n + 1)))
    return false;
  if (/\d:\d/.test(tokenText(ctx, n))) return false;
  if (ctx.tokens[n]?.pos === 'NUM' || /^\d/.test(tokenText(ctx, n))) return true;
  return /^(?:a|an)$/i.test(tokenText(ctx, n)) && COUNT_NOUN.test(tokenText(ctx, n + 1));
}

/** True when token `i` is a finite verb the tagger calls a noun or adjective ("the crash involved", "he drank"). */
export function verbTheTaggerMissed(ctx: QuoteContext, i: number): boolean {
  return (
    pastAsAdjective(ctx, i) ||
    verbBeforeInfinitive(ctx, i) ||
    movedAsNoun(ctx, i) ||
    verbAfterSubjectPronoun(ctx, i) ||
    accountsForAsNoun(ctx, i)
  );
}

/**
 * "the two nations account for 40 pct of output", "the firm accounts for half": "account(s) for" after its
 * subject, which the tagger calls a noun (not "a savings account for pupils": a noun phrase's head after its
 * article or an adjective of its own).
 */
const SHARE_START =
  /^(?:half|most|much|all|some|about|nearly|almost|roughly|around|over|more|less|the|one|two|three|a|an|up)$/i;

function accountsForAsNoun(ctx: QuoteContext, i: number): boolean {
  if (ctx.tokens[i]?.pos !== 'NOUN' || !/^(?:account|accounts|accounted)$/i.test(tokenText(ctx, i)))
    return false;
  if (!/^for$/i.test(tokenText(ctx, i + 1))) return false;
  // a share follows: "account for 40 pct", "for half", "for nearly all", "for the bulk"
  const share = tokenText(ctx, i + 2);
  if (ctx.tokens[i + 2]?.pos !== 'NUM' && !SHARE_START.test(share)) return false;
  const prev = ctx.tokens[i - 1];
  // ("a savings account for the bulk of …": a singular article before a plural modifier)
  if (/^(?:a|an)$/i.test(tokenText(ctx, i - 2))) return false;
  if (prev?.pos === 'PRON') return /^(?:it|he|she|they|we|who|which|that)$/i.test(tokenText(ctx, i - 1));
  // ("the firm accounts for": a noun the tagger calls an adjective after its article)
  const head =
    (prev?.pos === 'NOUN' && /s$/i.test(tokenText(ctx, i - 1)) === !/s$/i.test(tokenText(ctx, i))) ||
    (prev?.pos === 'ADJ' && ctx.tokens[i - 2]?.pos === 'DET');
  return prev?.pos === 'PROPN' || head;
}

// "the firm plans to grow", "its share of the costs amounts to …": a verb in -s before "to" the tagger calls a noun
const VERB_BEFORE_TO =
  /^(?:plans|amounts|intends|wants|wishes|needs|hopes|expects|aims|seeks|vows|threatens|promises)$/i;

/** True when token `i` is one of those verbs: after a noun or subject pronoun, before "to" and a verb. */
function verbBeforeInfinitive(ctx: QuoteContext, i: number): boolean {
  if (ctx.tokens[i]?.pos !== 'NOUN' || !VERB_BEFORE_TO.test(tokenText(ctx, i))) return false;
  if (!/^to$/i.test(tokenText(ctx, i + 1))) return false;
  // ("amounts to about 147 mln": a number may follow "amounts to")
  if (!/^(?:VERB|AUX|NUM|ADV|DET)$/.test(ctx.tokens[i + 2]?.pos ?? '')) return false;
  const prev = ctx.tokens[i - 1];
  if (prev?.pos === 'PRON') return /^(?:it|he|she|they|we|i|who|which|that)$/i.test(tokenText(ctx, i - 1));
  // ("the firm plans to": a noun the tagger calls an adjective after its article)
  const head = prev?.pos === 'NOUN' || (prev?.pos === 'ADJ' && ctx.tokens[i - 2]?.pos === 'DET');
  return prev?.pos === 'PROPN' || (head && /^\p{Ll}/u.test(tokenText(ctx, i - 1)));
}

// "profits for 2004 rose 56%", "sales fell by 6%": a past form of rising or falling the tagger calls a noun
const MOVED = /^(?:rose|fell|grew|sank|shrank)$/i;

/** True when token `i` is one of those forms between a noun or number and a figure, an adverb or a preposition. */
export function movedAsNoun(ctx: QuoteContext, i: number): boolean {
  if (ctx.tokens[i]?.pos !== 'NOUN' || !MOVED.test(tokenText(ctx, i))) return false;
  return (
    // ("first quarter net rose 10 pct": the wire's "net", net profit, which the tagger calls an adjective)
    (/^(?:NOUN|PROPN|NUM|SYM)$/.test(ctx.tokens[i - 1]?.pos ?? '') || tokenNorm(ctx, i - 1) === 'net') &&
    /^(?:NUM|ADV|ADP|PUNCT|SYM)$/.test(ctx.tokens[i + 1]?.pos ?? '')
  );
}

/** True when the aside opening at token `i` closes at a comma within a few words and a verb follows it. */
function asideThenVerb(ctx: QuoteContext, i: number): boolean {
  // (a longer aside when it names only things: "members, including representatives of the insurer Tarn AG and
  // the banks Orr Bank and Kelby Savings, hold …")
  let verbal = false;
  for (let j = i + 1; j < i + 26; j++) {
    const w = tokenText(ctx, j);
    if (!w || /^[;:.!?()]$/.test(w) || isQuoteMark(w)) return false;
    if (w !== ',') {
      if (/^(?:VERB|AUX)$/.test(ctx.tokens[j]?.pos ?? '')) verbal = true;
      if (j >= i + 13 && verbal) return false;
      continue;
    }
    let v = j + 1;
    while (ctx.tokens[v]?.pos === 'ADV') v++;
    return /^(?:VERB|AUX)$/.test(ctx.tokens[v]?.pos ?? '') && !/ing$/i.test(tokenText(ctx, v));
  }
  return false;
}

/** "the crash involved pilot error": an -ed form the tagger calls an adjective between "the" + noun and an object. */
function pastAsAdjective(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.pos !== 'ADJ' || !/\p{Ll}ed$/u.test(tokenText(ctx, i))) return false;
  return (
    ctx.tokens[i - 1]?.pos === 'NOUN' &&
    // ("last week's election paved the way": a possessive before the noun)
    /^(?:the|a|an|this|its|their|['’]s)$/i.test(tokenText(ctx, i - 2)) &&
    // ("the company alleged that staff had lied": a "that" clause as the object)
    (/^(?:NOUN|DET|NUM|PROPN)$/.test(ctx.tokens[i + 1]?.pos ?? '') || /^that$/i.test(tokenText(ctx, i + 1)))
  );
}

// "said he drank tea": past forms without "-ed" the tagger may call a noun
const IRREGULAR_PAST =
  /^(?:drank|ate|wrote|spoke|broke|chose|drove|flew|threw|drew|knew|grew|took|gave|came|became|went|saw|sang|swam|ran|began|won|fought|sought|bought|brought|caught|taught|thought|felt|kept|held|left|lost|met|paid|sent|spent|built|lent|meant|slept|wept|fled|fell|rose|sold|stole|stood|struck|stuck|swore|wore|tore|hid|shot|forgot)$/;

/**
 * "said he drank tea", "said they wished the team well", "said she wishes to stay": a past form, or after
 * he/she/it a form in -s, that the tagger calls a noun or adjective right after a subject pronoun.
 */
function verbAfterSubjectPronoun(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.pos !== 'NOUN' && t?.pos !== 'ADJ') return false;
  const w = tokenText(ctx, i);
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const prev = ctx.tokens[i - 1];
  const pw = tokenText(ctx, i - 1);
  if (prev?.pos !== 'PRON' || !/^(?:he|she|it|they|we|i|you)$/i.test(pw)) return false;
  // (not "… made it used goods": a verb right after leaves the form no clause's verb)
  if (/^(?:VERB|AUX)$/.test(ctx.tokens[i + 1]?.pos ?? '')) return false;
  if (/\p{Ll}{2}ed$/u.test(w) || IRREGULAR_PAST.test(w)) return true;
  // "she wishes", "it looks": a third-person form (not "its", "this", "-ss", "-us")
  return /^(?:he|she|it)$/i.test(pw) && /\p{Ll}{2}[^su']s$/u.test(w);
}

/** True when token `i` is a hyphen joining two words ("low-profit") or a word such a hyphen joins on its left. */
function inCompound(ctx: QuoteContext, i: number): boolean {
  const joins = (h: number): boolean =>
    /^[-–]$/.test(tokenText(ctx, h)) &&
    ctx.tokens[h - 1]?.end === ctx.tokens[h]?.start &&
    ctx.tokens[h + 1]?.start === ctx.tokens[h]?.end;
  return joins(i) || joins(i - 1);
}

/** True when the comma at token `c` joins nouns listed up to "and"/"or" and a verb ("A, B and C expire"). */
function listComma(ctx: QuoteContext, c: number): boolean {
  // (or a list of modifiers: "a cut in its professional, clerical and factory staff will …")
  if (!/^(?:NOUN|PROPN|ADJ)$/.test(ctx.tokens[c - 1]?.pos ?? '')) return false;
  // (not ", and many commentators believe …": a comma before "and" joins clauses)
  if (/^(?:and|or|but)$/i.test(tokenText(ctx, c + 1))) return false;
  // (or two modifiers with no "and": "the sale of slow-growth, low-profit units has …")
  let joined =
    ctx.tokens[c + 1]?.pos === 'ADJ' && (ctx.tokens[c - 1]?.pos === 'ADJ' || inCompound(ctx, c - 1));
  // ("the port board, the Treasury and Trade departments and other agencies held …")
  for (let j = c + 1; j < c + 12; j++) {
    const t = ctx.tokens[j];
    if (!t) return false;
    const w = tokenNorm(ctx, j);
    if (w === 'and' || w === 'or') joined = true;
    // (a hyphen inside a compound joins its words)
    else if (inCompound(ctx, j)) continue;
    else if (t.pos === 'VERB' || t.pos === 'AUX')
      return joined && /^(?:NOUN|PROPN)$/.test(ctx.tokens[j - 1]?.pos ?? '');
    // ("high prices, the need to save cash and …": an item's own infinitive)
    else if (w === 'to' && t.pos === 'PART' && ctx.tokens[j + 1]?.pos === 'VERB' && !joined) j++;
    // ("high prices, the need for cash and a strong port were …": an item's own prepositional phrase)
    else if (t.pos === 'ADP' && !/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(ctx.tokens[j + 1]?.pos ?? ''))
      return false;
    else if (!/^(?:NOUN|PROPN|ADJ|DET|NUM|ADP)$/.test(t.pos)) return false;
  }
  return false;
}

/** Offset where a reported clause ends: trailing punctuation and spaces removed. */
export function trimClauseEnd(ctx: QuoteContext, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?—–-]/.test(ctx.text[e - 1] ?? '')) e--;
  return e;
}

export function trimClauseStart(ctx: QuoteContext, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s,;:—–-]/.test(ctx.text[s] ?? '')) s++;
  // a wire dateline is not part of the report: "BOMBAY, March 3 - The rupee …"
  const dateline =
    /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*\p{Lu}[\p{L}.]*\s+\d{1,2})?\s*(?:\([^)]*\)\s*)?[-–—―]\s+/u.exec(
      ctx.text.slice(s, end),
    );
  if (dateline) s += dateline[0].length;
  return s;
}

/** Words (letters/digits) between two offsets. */
export function wordCount(ctx: QuoteContext, start: number, end: number): number {
  return countMatches(WORD_RUN, ctx.text.slice(start, end));
}

/** True when some token between the offsets is a verb (finite or not). */
export function hasVerb(ctx: QuoteContext, fromTok: number, end: number): boolean {
  for (let i = fromTok; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? end) < end; i++) {
    const p = ctx.tokens[i]?.pos;
    if (p === 'VERB' || p === 'AUX' || verbTheTaggerMissed(ctx, i)) return true;
  }
  return false;
}

/** True when the text at `start` is a quoted term of one or two words and the clause goes on after it. */
export function quotedTermOpensClause(ctx: QuoteContext, start: number, end: number): boolean {
  const close = ctx.text.slice(start + 1, end).search(/["”’']/);
  if (close < 0) return false;
  const after = start + 1 + close + 1;
  const inside = wordCount(ctx, start + 1, after - 1);
  return inside >= 1 && inside <= 2 && wordCount(ctx, after, end) >= 2;
}
