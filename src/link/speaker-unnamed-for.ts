import type { SpeakerRule } from './speaker-rule.js';

const UNNAMED_FOR =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*\s+(?:for|at|of|with|from|in)\s+\S/u;
// "an aide to Senator Dan Vell said", "one longtime adviser to Roe": a person who works for the named one is not them
const UNNAMED_TO =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}(?:aide|adviser|advisor|assistant|counsel|consultant|lawyer|attorney|spokes(?:man|woman|person)|deputy|confidant|strategist|ally|friend)\s+to\s+\S/u;

// "…," said a spokesman for Harbour Oil Co (HOC). → "a spokesman for Harbour Oil Co", "a trader at Keel
// Securities said" → "a trader at Keel Securities": the article never names
// the person, so the descriptor stands as written, organisation and all (not the organisation alone).
export const speakerUnnamedFor: SpeakerRule = ({ quote }) => {
  const m = quote.mention?.text;
  if (!m || !(UNNAMED_FOR.test(m) || UNNAMED_TO.test(m))) return null;
  return {
    speaker: m.replace(/\s*\([^)]*\)\s*$/, '').replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (c) => c.toLowerCase()),
    rule: 'speaker/unnamed-descriptor-for',
  };
};
