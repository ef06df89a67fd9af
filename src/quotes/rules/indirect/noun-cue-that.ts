import type { Sentence, TextSpan } from '../../../types.js';
import { isCueToken } from '../../cue-tokens.js';
import { mentionAfter, nounPhraseEndingAt } from '../../find-mention.js';
import {
  isInsideQuoted,
  type QuoteContext,
  spanOf,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from '../../quote-context.js';
import { isClauseAt, trimClauseEnd, wordCount } from './clause-helpers.js';
import type { IndirectFinding } from './types.js';

// "Bellamy's claim that Souness had lied …", "its claims that the premier broke a promise", "stern warnings from
// Moscow that air strikes could harm ties": a noun of saying with its owner and a "that" clause reports the clause
// (GUIDE: a cue with the reported content as a clause). Not beliefs or feelings ("his view that", "fears that"), nor
// a noun with no one's words behind it ("the news that", "speculation that").
const SPEECH_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'complaint',
  'complaints',
  'assertion',
  'assertions',
  'suggestion',
  'suggestions',
  'warning',
  'warnings',
  'statement',
  'announcement',
  'insistence',
  'admission',
  'assurance',
  'assurances',
  'contention',
  'pledge',
  'promise',
]);
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/;
const POSSESSIVE_CLITIC = /^['’]s?$/;
// "Opec's recent announcement", "police's earlier claim": a word between the owner and the noun
const BETWEEN = /^(?:earlier|recent|latest|new|repeated|separate|previous|initial|public|first|own)$/;
// "last week's", "Monday's", "yesterday's": a time before the noun, not its owner
const TIME_OWNER =
  /^(?:(?:last|this|next|past|previous|the\s+(?:past|previous|same))\s+)?(?:day|week|weekend|month|year|night|morning|afternoon|evening|today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/i;
const SUBORDINATE = /^(?:that|which|who|whom|whose|and|or|but|,|if|when|because|while|as|though|although)$/;

export interface NounCueFinding extends IndirectFinding {
  /** The clause holds a quotation of 3+ words: the record is that direct quote (GUIDE). */
  direct: boolean;
}

/** The owner of the noun at `n` ("Bellamy's", "its", "from Moscow"), with the token index the phrase starts at. */
function ownerOf(ctx: QuoteContext, n: number, that: number, first: number): [TextSpan, number] | null {
  let k = n - 1;
  if (BETWEEN.test(ctx.tokens[k]?.norm ?? '')) k--;
  const w = ctx.tokens[k]?.norm ?? '';
  if (POSSESSIVE_PRONOUN.test(w) && k >= first) {
    const t = ctx.tokens[k];
    return t ? [spanOf(ctx, t.start, t.end), k] : null;
  }
  if (POSSESSIVE_CLITIC.test(w) && ctx.tokens[k]?.pos === 'PART') {
    const np = nounPhraseEndingAt(ctx, k - 1, first);
    // "last week's announcement by Tarn Corp that …": a time owns no words; the agent after "by" may
    if (!np || !TIME_OWNER.test(np.text)) return np ? [np, tokenIndexAt(ctx.tokens, np.start)] : null;
  }
  // "warnings from Moscow on Thursday that …"
  if (tokenNorm(ctx, n + 1) === 'from' && that > n + 2 && ctx.tokens[n]?.pos === 'NOUN') {
    const m = mentionAfter(ctx, n + 2, ctx.tokens[that]?.start ?? 0);
    return m && /^\p{Lu}/u.test(m.text) ? [m, n] : null;
  }
  // "complaints by the Treasury secretary, Ed Lew, that …": the agent of the noun of saying is its owner (the name
  // set off after a descriptor is who it is)
  if (tokenNorm(ctx, n + 1) === 'by' && that > n + 2 && ctx.tokens[n]?.pos === 'NOUN') {
    const until = tokenText(ctx, that - 1) === ',' ? that - 1 : that;
    const end = ctx.tokens[until - 1]?.end ?? 0;
    const m = mentionAfter(ctx, n + 2, ctx.tokens[until]?.start ?? 0);
    if (!m || m.end > end) return null;
    // (a name already is the mention: "by Tarn Mercantile Inc, Tarmex, that" sets off its short name)
    if (m.end === end || /^\p{Lu}/u.test(m.text)) return [m, n];
    const name = /^,\s+((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(ctx.text.slice(m.end, end));
    return name?.[1] ? [spanOf(ctx, end - name[1].length, end), n] : null;
  }
  return null;
}

// "his claim that Roe lied - an argument that did not ring true", "her claim that Roe “lied,” saying …": a lone dash
// (not a pair around an aside) or a comma and a participle opens the writer's words about the claim
const DASH = /\s[-–—]\s|—/g;
const PARTICIPLE_TAIL = /,["”’]?\s+(?:saying|adding|arguing|insisting|claiming|noting)\b/;

/** Offset in `clause` where the reported clause ends and the writer's words after it begin, or -1. */
export function tailAfterClause(clause: string): number {
  const dashes = [...clause.matchAll(DASH)];
  if (dashes.length % 2 === 1) return dashes[0]?.index ?? -1;
  const m = PARTICIPLE_TAIL.exec(clause);
  // (a closing mark after the comma stays with the clause it closes)
  return m ? m.index + (/^,["”’]/.test(m[0]) ? 2 : 0) : -1;
}

/** Offset where the "that" clause from token `k` ends when the noun phrase is the sentence's subject. */
function endBeforeMainVerb(ctx: QuoteContext, k: number, last: number): number | null {
  let own = false;
  for (let j = k; j <= last; j++) {
    const t = ctx.tokens[j];
    if (!t || (t.pos !== 'AUX' && t.pos !== 'VERB') || /ing$/i.test(tokenText(ctx, j))) continue;
    let p = j - 1;
    while (ctx.tokens[p]?.pos === 'ADV') p--;
    const before = ctx.tokens[p];
    // "accusations by some that doctors are committing murder, can only fuel …": after the clause's own verb, a
    // comma then a finite verb closes the clause
    if (own && before?.norm === ',' && t.pos === 'AUX') return before.start;
    if (!before || SUBORDINATE.test(before.norm) || before.norm === 'to') continue;
    // "that taxes would not rise | was broken": a bare verb ends the clause before a finite auxiliary (not a
    // participle: "the men arrested were …")
    const verbEnds = before.pos === 'VERB' && t.pos === 'AUX' && !/(?:ed|en|ing)$/.test(before.norm);
    // ("the bust-up | was denied": the last part of a hyphenated word)
    const hyphenated = ctx.tokens[p - 1]?.norm === '-' && ctx.tokens[p - 1]?.end === before.start;
    const nominal =
      /^(?:NOUN|PROPN|PRON|NUM)$/.test(before.pos) ||
      (before.pos === 'PUNCT' && /["”’']/.test(before.norm)) ||
      hyphenated;
    if (!nominal && !verbEnds) continue;
    if (!own) {
      own = true;
      continue;
    }
    // "Bellamy's claim that Souness had lied about the row | was denied by …"
    return ctx.tokens[p + 1]?.start ?? null;
  }
  return null;
}

/**
 * "… claims by the trade that jobs would be lost, he told MSPs": the comma before the sentence's own cue and its
 * speaker ("he told", "said Ann Lee") closes the clause; its offset, or null.
 */
function cueAfterComma(ctx: QuoteContext, k: number, last: number): number | null {
  for (let j = k; j < last; j++) {
    if (tokenText(ctx, j) !== ',') continue;
    let c = j + 1;
    while (c <= last && c <= j + 4 && /^(?:PRON|PROPN|DET|NOUN|ADJ)$/.test(ctx.tokens[c]?.pos ?? '')) c++;
    if (c <= last && isCueToken(ctx, c, 'speech')) return ctx.tokens[j]?.start ?? null;
  }
  return null;
}

/** Reports whose cue is a noun of saying with its owner and a "that" clause. */
export function nounCueThat(ctx: QuoteContext, s: Sentence): NounCueFinding[] {
  const out: NounCueFinding[] = [];
  const first = tokenIndexAt(ctx.tokens, s.start);
  let last = first;
  while ((ctx.tokens[last + 1]?.start ?? s.end) < s.end) last++;
  for (let n = first + 1; n < last; n++) {
    const t = ctx.tokens[n];
    // (the tagger may call the noun a verb after an adjective: "police's earlier claim/VERB that"; the owner decides)
    if (!t || !SPEECH_NOUNS.has(t.norm) || isInsideQuoted(ctx, t.start)) continue;
    // the noun and "that", or "from" and its source up to six words before "that" ("by" and its agent, up to twelve)
    let that = n + 1;
    if (tokenNorm(ctx, n + 1) === 'from')
      while (that <= last && that < n + 9 && ctx.tokens[that]?.norm !== 'that') that++;
    if (tokenNorm(ctx, n + 1) === 'by')
      while (that <= last && that < n + 15 && ctx.tokens[that]?.norm !== 'that') that++;
    if (ctx.tokens[that]?.norm !== 'that' || !isClauseAt(ctx, that + 1, s.end)) continue;
    const owner = ownerOf(ctx, n, that, first);
    if (!owner) continue;
    const [mention, phraseStart] = owner;
    const start = ctx.tokens[that + 1]?.start ?? s.end;
    // the phrase opens the sentence (no verb before it): its own verb comes after the clause
    let subject = true;
    for (let j = first; j < phraseStart; j++)
      if (/^(?:VERB|AUX)$/.test(ctx.tokens[j]?.pos ?? '')) subject = false;
    const cut =
      (subject ? endBeforeMainVerb(ctx, that + 1, last) : null) ?? cueAfterComma(ctx, that + 1, last);
    let end = trimClauseEnd(ctx, start, cut ?? s.end);
    const semi = ctx.text.indexOf(';', start);
    if (semi >= 0 && semi < end) end = trimClauseEnd(ctx, start, semi);
    const tail = tailAfterClause(ctx.text.slice(start, end));
    if (tail >= 0)
      end = /["”’]/.test(ctx.text[start + tail - 1] ?? '')
        ? start + tail
        : trimClauseEnd(ctx, start, start + tail);
    if (wordCount(ctx, start, end) < 3) continue;
    const cue = spanOf(ctx, t.start, t.end);
    const base = { cue, mention, rule: 'noun-cue-that', confidence: 0.6, passive: false };
    // "Trump's claim that there have been “thousands of shootings” in …": the quotation is the record
    const quoted = ctx.quoted.find((q) => q.start >= start && q.end <= end + 1);
    if (quoted) {
      const inner = [quoted.start + 1, quoted.end - 1] as const;
      if (wordCount(ctx, inner[0], inner[1]) >= 3) {
        out.push({ ...base, start: inner[0], end: inner[1], direct: true });
        continue;
      }
    }
    out.push({ ...base, start, end, direct: false });
  }
  return out;
}
