import { type QuoteContext, spanOf, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween, firstWordToken } from './attribution-helpers.js';
import { relaysSpokenQuote } from './relay-after-quote.js';
import { wholePhraseBeforeCue } from './subject-fallbacks.js';

// “We will win,” Smith said. / “We will win,” the president told reporters. / “…”, Hugh Hill, a doctor, said.
export const speakerCueAfterQuote: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const i = firstWordToken(ctx, c.quote.close + 1, c.postEnd);
  const first = ctx.tokens[i];
  if (!first || first.start >= c.postEnd) return null;
  // "…,” the Ohio senator and Republican candidate said: the whole phrase the phrase finder stopped short of
  const cues = cuesBetween(ctx, first.start, c.postEnd)
    .slice(0, 1)
    .map((x) =>
      x.mention && x.mention.start !== first.start
        ? { ...x, mention: wholePhraseBeforeCue(ctx, x.group, i) ?? x.mention }
        : x,
    );
  const hit = cues.find(
    (x) =>
      x.mention &&
      (x.mention.start === first.start ||
        modifiersOnly(ctx, i, x.mention.start) ||
        appositiveName(ctx, i, x.mention.start, x.group) ||
        coordinatedRoles(ctx, i, x.mention.start, x.group)) &&
      x.cue - i <= 20,
  );
  if (!hit?.mention) return null;
  // 'Orr said: "…," the Lorne Post reported.'
  if (relaysSpokenQuote(ctx, c, hit.cue)) return null;
  const whole =
    hit.mention.start === first.start ||
    modifiersOnly(ctx, i, hit.mention.start) ||
    (coordinatedRoles(ctx, i, hit.mention.start, hit.group) &&
      !appositive(ctx, hit.mention.start, hit.group));
  return {
    cue: cueSpan(ctx, hit.group, hit.cue, c.postEnd),
    mention:
      !whole || hit.mention.start === first.start ? hit.mention : spanOf(ctx, first.start, hit.mention.end),
    rule: 'speaker-cue-after-quote',
    confidence: 0.95,
  };
};

// "…,'' Friends for a Free Crown executive director Kerry Jones said.": an organisation's name too long for the
// mention, with no verb or break of its own, before the name the cue's mention found
function modifiersOnly(ctx: QuoteContext, from: number, start: number): boolean {
  if (!/^\p{Lu}/u.test(tokenText(ctx, from))) return false;
  for (let k = from; (ctx.tokens[k]?.start ?? start) < start; k++) {
    const pos = ctx.tokens[k]?.pos;
    if (
      (pos === 'VERB' && !attributiveVerb(ctx, k)) ||
      pos === 'AUX' ||
      pos === 'PRON' ||
      /^[,.;:!?()"“”'‘’`]+$/.test(tokenText(ctx, k))
    )
      return false;
  }
  return true;
}

// "Pay Now organizing director Kendall Fenn": a capitalised word of the name, or a participle before its noun
function attributiveVerb(ctx: QuoteContext, k: number): boolean {
  const w = tokenText(ctx, k);
  return /^\p{Lu}/u.test(w) || (/(?:ing|ed)$/.test(w) && ctx.tokens[k + 1]?.pos === 'NOUN');
}

// "…,” Dover Rep. Ann Hale’s chief of staff, Joe Kamp, told the Courier.": the name set off by commas right
// before the cue, after a description with no verb or break of its own
function appositiveName(ctx: QuoteContext, from: number, start: number, group: number): boolean {
  const at = tokenIndexAt(ctx.tokens, start);
  if (at < from + 2 || tokenText(ctx, at - 1) !== ',' || tokenText(ctx, group - 1) !== ',') return false;
  const before = ctx.tokens[at - 1]?.start ?? start;
  return modifiersOnly(ctx, from, before) && ctx.tokens[at - 2]?.pos !== 'PROPN';
}

// "…,” founder and chief executive Ann Hale said. / "…,” the firm's chairman and founder, Ann Hale, said.: roles joined
// by "and" before the name the cue's mention found (or before that name set off by commas), nothing else between
function coordinatedRoles(ctx: QuoteContext, from: number, start: number, group: number): boolean {
  const at = tokenIndexAt(ctx.tokens, start);
  const end = appositive(ctx, start, group) ? at - 1 : at;
  if (end - from < 2 || end - from > 8) return false;
  let and = false;
  for (let k = from; k < end; k++) {
    const w = tokenText(ctx, k);
    const pos = ctx.tokens[k]?.pos ?? '';
    // one person's roles: "analysts and Ann Hale" are two sources
    if (w.toLowerCase() === 'and' && k > from && !/[^s]s$/i.test(tokenText(ctx, k - 1))) and = true;
    else if (/^['’]s$/.test(w) || (w === '-' && k > from) || (w.toLowerCase() === 'of' && k > from)) continue;
    else if (!/^(?:NOUN|ADJ|PROPN|NUM)$/.test(pos) && !/^(?:the|its|his|her|their)$/i.test(w)) return false;
  }
  // the phrase before the name ends on a role word, or on "and" before the mention's own role
  return and && (end < at || tokenNorm(ctx, end - 1) === 'and' || ctx.tokens[end - 1]?.pos === 'NOUN');
}

// ", Ann Hale, said": the mention set off by commas right before the cue group
function appositive(ctx: QuoteContext, start: number, group: number): boolean {
  const at = tokenIndexAt(ctx.tokens, start);
  return tokenText(ctx, at - 1) === ',' && tokenText(ctx, group - 1) === ',';
}
