import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

const DESCRIBED_BY =
  /\b(described|called|branded|dubbed|labell?ed|termed|characteri[sz]ed|hailed|praised|critici[sz]ed|condemned)\s+by\s+(?=\S)([^"“”]{2,80}?)\s+as\s*["“‘'`]*$/iu;

// a ring bought as a gift, described by Mara Lind as "the finest stone we owned": the passive's agent speaks
// (not the subject, nor the noun phrase nearest the quote)
export const describedByAgent: DirectRule = (ctx, c) => {
  const before = ctx.text.slice(c.preStart, c.quote.start);
  const m = DESCRIBED_BY.exec(before);
  if (!m?.[1] || !m[2]) return null;
  const verbAt = c.preStart + m.index;
  const agentAt = verbAt + m[0].indexOf(m[2], m[1].length);
  const mention = mentionAfter(ctx, tokenIndexAt(ctx.tokens, agentAt), agentAt + m[2].length);
  if (!mention || mention.end !== agentAt + m[2].length) return null;
  return {
    cue: spanOf(ctx, verbAt, verbAt + m[1].length),
    mention,
    rule: 'described-by-agent',
    confidence: 0.9,
  };
};
