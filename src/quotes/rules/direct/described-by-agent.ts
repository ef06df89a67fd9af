import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

const DESCRIBED_BY =
  /\b(described|called|branded|dubbed|labell?ed|termed|characteri[sz]ed|hailed|praised|critici[sz]ed|condemned)\s+by\s+(?=\S)([^"“”]{2,80}?)\s+as\s*["“‘'`]*$/iu;

// "Two schools were singled out by the inspector, Ann Lee, for failing to teach the “basic duties of care”":
// a passive verb that judges, its agent, and what it judged the subject for
const JUDGED_BY =
  /\b(singled\s+out|critici[sz]ed|condemned|attacked|accused|praised|blamed|slammed|rebuked|censured)\s+by\s+(?=\S)([^"“”.;:]{2,80}?),?\s+(?:for|of)\s+[^"“”.;:]{0,100}?["“‘'`]*$/iu;

const OWN_WORDS =
  /\b(?:say|said|saying|call|called|calling|describ\w*|claim\w*|remark\w*|comment\w*|words|statement|tweet\w*|writ\w*|wrote|insist\w*|suggest\w*|argu\w*)\b/i;

// a ring bought as a gift, described by Mara Lind as "the finest stone we owned": the passive's agent speaks
// (not the subject, nor the noun phrase nearest the quote)
export const describedByAgent: DirectRule = (ctx, c) => {
  const before = ctx.text.slice(c.preStart, c.quote.start);
  const judged = JUDGED_BY.exec(before);
  // (not "attacked by Ann Lee for saying the cuts were “overdue”": the subject's own words)
  const ownWords = judged && OWN_WORDS.test(judged[0].slice(judged[0].search(/\s(?:for|of)\s/)));
  const m = DESCRIBED_BY.exec(before) ?? (ownWords ? null : judged);
  if (!m?.[1] || !m[2]) return null;
  const verbAt = c.preStart + m.index;
  let agentAt = verbAt + m[0].indexOf(m[2], m[1].length);
  // "by Ofsted chief, David Bell,": the name in apposition to the role
  const named = /,\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+),?$/u.exec(m[2]);
  if (named?.[1] && m[0] !== DESCRIBED_BY.exec(before)?.[0]) {
    agentAt += named.index + named[0].indexOf(named[1]);
    m[2] = named[1];
  }
  const mention = mentionAfter(ctx, tokenIndexAt(ctx.tokens, agentAt), agentAt + m[2].length);
  if (!mention || mention.end !== agentAt + m[2].length) return null;
  return {
    cue: spanOf(ctx, verbAt, verbAt + m[1].length),
    mention,
    rule: 'described-by-agent',
    confidence: 0.9,
  };
};
