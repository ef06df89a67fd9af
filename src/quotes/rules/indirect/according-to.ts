import type { Sentence } from '../../../types.js';
import { withPostmodifier } from '../../descriptor-postmodifier.js';
import { mentionAfter } from '../../find-mention.js';
import {
  isInsideQuoted,
  type QuoteContext,
  spanOf,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from '../../quote-context.js';
import { skipSourceAppositive, widenPossessiveSource } from './according-to-source-phrase.js';
import { hasVerb, isClauseAt, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import type { IndirectFinding } from './types.js';

// "according to figures released by …": the tagger may read "figures" as a verb; take the words up to a break
function wordsUntilBreak(ctx: QuoteContext, k: number, end: number) {
  const first = ctx.tokens[k];
  let last = k;
  while (
    last - k < 5 &&
    (ctx.tokens[last + 1]?.start ?? end) < end &&
    /^[\p{L}\p{N}'’-]+$/u.test(tokenText(ctx, last + 1)) &&
    !/^(?:by|from|of|in|on|at|,)$/i.test(tokenText(ctx, last + 1))
  )
    last++;
  const t = ctx.tokens[last];
  return first && t ? spanOf(ctx, first.start, t.end) : null;
}

// "ranks countries according to the steps they take", "ratings assigned according to the creditworthiness", "went
// according to plan": a verb of ordering or measuring just before (no comma between) takes a rule or measure, no
// source
const ARRANGE =
  /(?:\b(?:ranks|ranked|sorted|assign(?:s|ed)|var(?:y|ies|ied)|differ(?:s|ed)?|classif(?:ies|ied)|graded|weighted|allocated|distributed|divided|arranged|grouped|tailored)\b(?:\s+[\p{L}'’-]+)?|\beach)\s*$/iu;
// ("according to their instinctive preference", "according to tradition": a measure or habit, no one's words)
const NO_SOURCE =
  /^\s*(?:plan|schedule|tradition|custom|need|the\s+(?:plan|schedule|rules?|law)|(?:his|her|its|their|our|your)\s+(?:own\s+)?(?:\p{Ll}+\s+)?(?:preferences?|tastes?|needs|wishes|abilit(?:y|ies)|means|instincts?|size|merits?))\b/iu;
function arrangedAccordingTo(ctx: QuoteContext, sentenceStart: number, at: number): boolean {
  const lead = ctx.text.slice(sentenceStart, at);
  const tail = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  if (ARRANGE.test(tail)) return true;
  return NO_SOURCE.test(ctx.text.slice(at + 'according to'.length, at + 'according to'.length + 44));
}

/** True when the "that" before `at` follows a verb ("has learned that", "said that"). */
function thatAfterVerb(ctx: QuoteContext, at: number): boolean {
  let k = tokenIndexAt(ctx.tokens, at) - 1;
  if (tokenText(ctx, k) === ',') k--;
  return /^(?:VERB|AUX)$/.test(ctx.tokens[k - 1]?.pos ?? '');
}

/** Offset of a clause opening right after the source phrase ending at `at`, with no comma between; or -1. */
function clauseRightAfterSource(ctx: QuoteContext, at: number, end: number): number {
  if (/^\s*[,;:(–—-]/.test(ctx.text.slice(at, end))) return -1;
  const k = tokenIndexAt(ctx.tokens, at);
  // a pronoun or an article opens the clause ("… the ministry she died …", "… Ann Lee the property was …")
  if (
    !/^(?:PRON|DET)$/.test(ctx.tokens[k]?.pos ?? '') ||
    /^(?:that|which|who|whose)$/i.test(tokenText(ctx, k))
  )
    return -1;
  return isClauseAt(ctx, k, end) ? (ctx.tokens[k]?.start ?? -1) : -1;
}

// According to the ministry, exports fell. / Exports fell, according to the ministry.
export function accordingTo(ctx: QuoteContext, s: Sentence): IndirectFinding[] {
  const out: IndirectFinding[] = [];
  const first = tokenIndexAt(ctx.tokens, s.start);
  for (let i = first; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? s.end) < s.end; i++) {
    const a = ctx.tokens[i];
    // (the token's lower-cased text first: most tokens are not "according", and are not sliced)
    if (a?.norm !== 'according' || tokenNorm(ctx, i) !== 'according' || tokenNorm(ctx, i + 1) !== 'to')
      continue;
    if (isInsideQuoted(ctx, a.start)) continue;
    if (arrangedAccordingTo(ctx, s.start, a.start)) continue;
    let mention = mentionAfter(ctx, i + 2, s.end, false) ?? wordsUntilBreak(ctx, i + 2, s.end);
    if (!mention) continue;
    // "According to some on Twitter, …", "according to many in the party, …": the quantifier with its place
    const placed = /^(?:some|many|most|others|several)$/i.test(mention.text)
      ? /^\s+(?:on|in|at|among|within)\s+[^,;:]{1,40}?(?=,)/.exec(ctx.text.slice(mention.end, s.end))
      : null;
    if (placed) mention = spanOf(ctx, mention.start, mention.end + placed[0].length);
    // "according to figures released by Chart-Track", "a statement from the mayor's office": the source behind the document
    let k = tokenIndexAt(ctx.tokens, mention.end);
    if (ctx.tokens[k]?.pos === 'VERB' && /ed$/i.test(tokenText(ctx, k))) k++;
    // "according to a report on Monday by Tarnwatch", "a survey published in 2017 by the Tarn Society": a time
    // phrase before the "by"
    const dated = /^\s+(?:\p{Ll}+ed\s+)?(?:on|in|last|this)\s+[\p{L}\p{N}]+\s+by\s/iu.exec(
      ctx.text.slice(mention.end, s.end),
    );
    if (
      dated &&
      /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:report|study|survey|statement|analysis|poll)$/iu.test(mention.text)
    )
      k = tokenIndexAt(ctx.tokens, mention.end + dated[0].length - 3);
    if (/^(?:by|from|of)$/i.test(tokenText(ctx, k))) {
      const behind = mentionAfter(ctx, k + 1, s.end);
      if (behind && !/^(?:the|a|an)\s+(?:year|month|week|day)/i.test(behind.text)) mention = behind;
    }
    // "according to an official who spoke on condition of anonymity."
    else mention = withPostmodifier(ctx, mention, s.end);
    const cue = spanOf(ctx, a.start, ctx.tokens[i + 1]?.end ?? a.end);
    // "…on board; according to investigators, one died": a semicolon ends the clause before the lead-in
    const semi = ctx.text.lastIndexOf(';', a.start);
    const from = semi >= s.start && !isInsideQuoted(ctx, semi) ? semi + 1 : s.start;
    const lead = ctx.text.slice(from, a.start);
    let start: number;
    let end: number;
    // "…, but, according to his agent, he had …": after a conjunction the report is what follows
    const leadsIn =
      !/[\p{L}\p{N}]/u.test(lead) ||
      (/^[^,]*,\s*$/.test(lead) && wordCount(ctx, from, a.start) <= 3) ||
      /\b(?:but|and|yet|so|while|although|though)\s*,?\s*$/i.test(lead) ||
      // "Wikinews has learned that according to a posting, the site …": the report follows a verb's "that" (not
      // "a big factor in that according to Lee")
      (/\bthat\s*,?\s*$/i.test(lead) && thatAfterVerb(ctx, a.start)) ||
      // "On Sunday in Oslo, Norway, according to witnesses, a man …": a lead of adjuncts only has no clause
      (/,\s*$/.test(lead) && !hasVerb(ctx, tokenIndexAt(ctx.tokens, from), a.start));
    const bare = leadsIn ? clauseRightAfterSource(ctx, mention.end, s.end) : -1;
    if (bare >= 0) {
      // "According to Ann Lee the property was returned …": no comma after the source
      start = bare;
      end = trimClauseEnd(ctx, start, s.end);
    } else if (leadsIn) {
      let comma = ctx.text.indexOf(',', mention.end);
      if (comma < 0 || comma >= s.end) continue;
      // "According to Professor Ann Lee, who chairs the panel, students …": a relative clause on the source is
      // not the report
      if (/^\s*(?:who|whom|whose|which)\b/i.test(ctx.text.slice(comma + 1, s.end))) {
        comma = ctx.text.indexOf(',', comma + 1);
        if (comma < 0 || comma >= s.end) continue;
      }
      // "According to the Daily Tarn's Vessby correspondent, …"
      mention = widenPossessiveSource(ctx, mention, comma);
      // "According to the Vessby mayor, Ann Roe, police …": a second name for the source
      const appositive = skipSourceAppositive(ctx, mention, comma, s.end);
      if (appositive) ({ comma, mention } = appositive);
      start = trimClauseStart(ctx, comma + 1, s.end);
      end = trimClauseEnd(ctx, start, s.end);
    } else {
      mention = widenPossessiveSource(ctx, mention, s.end);
      start = trimClauseStart(ctx, from, a.start);
      end = trimClauseEnd(ctx, start, a.start);
    }
    if (wordCount(ctx, start, end) < 3 || !hasVerb(ctx, tokenIndexAt(ctx.tokens, start), end)) continue;
    out.push({ start, end, cue, mention, rule: 'according-to', confidence: 0.8, passive: false });
  }
  return out;
}
