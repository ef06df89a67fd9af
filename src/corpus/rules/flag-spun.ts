import type { FlagContext } from '../provenance-types.js';

// Reuse that matches only after mapping aliases: "North Atlantic Treaty Organisation chiefs" from "NATO chiefs".
export function flagSpun(ctx: FlagContext): string | null {
  return ctx.sentences.some((s) => s.spun) ? 'spun/alias-substitution' : null;
}
