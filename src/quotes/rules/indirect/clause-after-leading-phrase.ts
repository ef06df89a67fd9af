import { tokenText } from '../../quote-context.js';
import { hasVerb, isClauseAt } from './clause-helpers.js';
import type { IndirectRule } from './types.js';

// "Faced with a choice, the board decided the plant should close, Ann Lee said.": after the comma that closes a
// participle's phrase opening the content (from token `opener`, before offset `end`), a clause of its own goes on.
export function clauseAfterLeadingPhrase(
  ctx: Parameters<IndirectRule>[0],
  opener: number,
  end: number,
): boolean {
  for (let i = opener + 1; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? end) < end; i++) {
    if (tokenText(ctx, i) !== ',') continue;
    // (past "…, where the boy has been …," and "…, or returning him …": asides and the phrase's own parts)
    if (
      /^(?:DET|PRON|PROPN|NOUN)$/.test(ctx.tokens[i + 1]?.pos ?? '') &&
      !/^(?:which|who|whom|whose|where|when)$/i.test(tokenText(ctx, i + 1)) &&
      isClauseAt(ctx, i + 1, end) &&
      hasVerb(ctx, i + 1, end)
    )
      return true;
  }
  return false;
}
