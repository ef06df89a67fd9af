import { type QuoteContext, tokenIndexAt, tokenNorm } from '../../quote-context.js';
import type { CueWithSubject } from './attribution-helpers.js';

// 'Nothing the mayor said "will ease their fears," Ann Tull said.': a cue in a reduced relative clause on
// "nothing" / "everything" is part of the subject of the quoted words; the speaker is the cue after the quote.
const PRONOUN_HEAD = /^(?:nothing|everything|anything|something|all|little|much)$/;

/** True when `cue`'s subject follows a pronoun it is a relative clause on ("Nothing the mayor said …"). */
export function isReducedRelativeCue(ctx: QuoteContext, cue: CueWithSubject): boolean {
  if (!cue.mention) return false;
  return PRONOUN_HEAD.test(tokenNorm(ctx, tokenIndexAt(ctx.tokens, cue.mention.start) - 1));
}
