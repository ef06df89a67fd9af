import type { Sentence } from '../../../types.js';
import { type QuoteContext, tokenIndexAt } from '../../quote-context.js';

// "Bridge fears¶The bridge was unsafe, the inspectors said.": a subhead on its own line, with no stop of its own,
// is joined to the sentence under it by the segmenter; the reported clause starts on the next line.
// (Not a hard-wrapped line, "The inspectors told¶Tom Orr that …", "Harbour Oil and Northwind¶Shipping Ltd said": those
// end in a word that goes on, or inside a name.)
const ENDS_OPEN =
  /(?:[.,;:!?"'”’)\]–—-]|\b(?:said|says|told|tells|the|a|an|of|to|and|or|but|in|on|at|for|with|that|by|from|as|his|her|its|their|was|were|is|are|has|have|had|will|would)$)$/i;

/** The sentence without a subhead line that opens it, or the sentence itself. */
export function afterSubheadLine(ctx: QuoteContext, s: Sentence): Sentence {
  const text = ctx.text;
  if (s.start > 0 && text.charCodeAt(s.start - 1) !== 10) return s;
  // (a line break in the first 50 characters: a bounded look, never past them)
  let nl = -1;
  for (let i = s.start, stop = Math.min(s.end, s.start + 51); i < stop; i++)
    if (text.charCodeAt(i) === 10) {
      nl = i;
      break;
    }
  if (nl < 0) return s;
  const line = text.slice(s.start, nl).trimEnd();
  if (!/^[\p{Lu}\p{N}]/u.test(line) || ENDS_OPEN.test(line) || line.split(/\s+/).length > 8) return s;
  let next = nl + 1;
  while (next < s.end && /\s/.test(text[next] ?? '')) next++;
  if (next >= s.end || !/^[\p{Lu}"“‘]/u.test(text[next] ?? '')) return s;
  // a name going on over the break: a capitalised last word, then a name's word
  const after = ctx.tokens[tokenIndexAt(ctx.tokens, next)];
  if (/\p{Lu}[\p{L}.'’-]*$/u.test(line.slice(line.lastIndexOf(' ') + 1)) && after?.pos === 'PROPN') return s;
  return { ...s, start: next };
}
