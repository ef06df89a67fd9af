import { tokenText } from '../../quote-context.js';
import type { IndirectRule } from './types.js';

// "Mr Vale said in a film that showed the yacht", "said of a list that included …", "said, a policy that could
// ease …": "that" after the noun of an adjunct or an aside, straight before its verb, opens a relative clause on that
// noun, not a reported clause.
/** True when "that" at token `t` (past the cue at `cue`) is a relative pronoun on an adjunct's noun. */
export function isRelativeThat(ctx: Parameters<IndirectRule>[0], t: number, cue: number): boolean {
  if (t <= cue + 2 || !/^(?:NOUN|PROPN)$/.test(ctx.tokens[t - 1]?.pos ?? '')) return false;
  const opener = cue + 1;
  if (ctx.tokens[opener]?.pos !== 'ADP' && tokenText(ctx, opener) !== ',') return false;
  let v = t + 1;
  while (ctx.tokens[v]?.pos === 'ADV') v++;
  const verb = ctx.tokens[v];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  // "-ing" is a noun use; "said in an interview that given the polls, he …" opens the clause with an adjunct
  return !/ing$/i.test(tokenText(ctx, v)) && !/^given$/i.test(tokenText(ctx, v));
}
