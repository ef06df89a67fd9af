import type { QuoteContext } from '../../quote-context.js';
import type { IndirectFinding } from './types.js';

const SUBORDINATOR = /^(?:while|although|though|whereas|if|unless|when|because)\b/i;

// "He admitted that while the server was never central, he argued the probe …", "While most were sealed, according
// to an official, two were …": a clause that is only a subordinate one, cut at a comma with its main clause after
// (past the cue and its speaker when they follow), is no report (not "If prices fall, output will rise, he said").
/** True when the finding's content is a lone subordinate clause whose main clause lies after it in the sentence. */
export function loneSubordinateClause(ctx: QuoteContext, f: IndirectFinding, sentenceEnd: number): boolean {
  const content = ctx.text.slice(f.start, f.end);
  if (!SUBORDINATOR.test(content) || content.includes(',')) return false;
  const from = f.cue.start >= f.end ? Math.max(f.cue.end, f.mention?.end ?? 0) : f.end;
  const rest = ctx.text.slice(from, sentenceEnd);
  // (a participle after the cue adds another report: "…, he said, adding …")
  return /^\s*,\s*\p{L}+\s+\p{L}+\s+\p{L}+/u.test(rest) && !/^\s*,\s*\p{Ll}+ing\b/u.test(rest);
}
