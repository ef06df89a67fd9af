import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

// "quoted" + the one quoted (up to a comma before an aside) + "as saying", then up to the quote's opening mark
// either nothing but a comma or colon, or a reported clause with no report verb of its own
const QUOTED_AS_SAYING =
  /\b(quoted)\s+(?=\S)([^"“”‘,;:]{1,80}?)(?:,[^"“”;:]{1,80},)?\s+as\s+saying\b([^"“”;]{0,120}?)[,:]?\s*["“‘'`]*$/iu;
const OWN_CUE = /\b(?:said|says|say|told|tells|telling|saying|wrote|writes|asked|added|according)\b|[.!?]\s/i;

// The Daily Post quoted Ann Hale as saying, "We will not sell." / The agency quoted Ola Berg, a former aide, as
// saying the deal was "dead for now": the one quoted speaks, not the outlet or document that quotes them
export const quotedAsSaying: DirectRule = (ctx, c) => {
  const before = ctx.text.slice(c.preStart, c.quote.start);
  const m = QUOTED_AS_SAYING.exec(before);
  if (!m?.[1] || !m[2] || OWN_CUE.test(m[3] ?? '')) return null;
  const verbAt = c.preStart + m.index;
  const sourceAt = verbAt + m[0].indexOf(m[2], m[1].length);
  const sourceEnd = sourceAt + m[2].length;
  // "quoted her as saying": the pronoun stands for the one quoted
  const mention = /^(?:him|her|them)$/i.test(m[2])
    ? spanOf(ctx, sourceAt, sourceEnd)
    : mentionAfter(ctx, tokenIndexAt(ctx.tokens, sourceAt), sourceEnd);
  if (!mention || mention.start !== sourceAt || mention.end !== sourceEnd) return null;
  return {
    cue: spanOf(ctx, verbAt, verbAt + m[1].length),
    mention,
    rule: 'quoted-as-saying',
    confidence: 0.9,
  };
};

// after the quote: the quoting subject (no marks, no sentence end), "quoted", the one quoted (an aside between
// commas allowed), "as saying"
const QUOTED_AS_SAYING_AFTER =
  /^\s*,?\s*[^"“”;:.!?]{1,80}?\s(quoted)\s+(?=\S)([^"“”‘,;:.]{1,80}?)(?:,[^"“”;:]{1,80},)?\s+as\s+saying\b/diu;

// “Our reforms are working,” Harbour News quoted Prince Tal as saying.: the one quoted speaks, not the outlet
export const quotedAsSayingAfterQuote: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const base = c.quote.close + 1;
  const m = QUOTED_AS_SAYING_AFTER.exec(ctx.text.slice(base, c.postEnd));
  const verb = m?.indices?.[1];
  const source = m?.indices?.[2];
  if (!m?.[2] || !verb || !source) return null;
  const [sourceAt, sourceEnd] = [base + source[0], base + source[1]];
  const mention = /^(?:him|her|them)$/i.test(m[2])
    ? spanOf(ctx, sourceAt, sourceEnd)
    : mentionAfter(ctx, tokenIndexAt(ctx.tokens, sourceAt), sourceEnd);
  if (!mention || mention.start !== sourceAt || mention.end !== sourceEnd) return null;
  return {
    cue: spanOf(ctx, base + verb[0], base + verb[1]),
    mention,
    rule: 'quoted-as-saying-after-quote',
    confidence: 0.9,
  };
};
