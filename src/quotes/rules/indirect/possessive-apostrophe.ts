import type { QuoteContext } from '../../quote-context.js';
import { tokenText } from '../../quote-context.js';

// "warned the MPs' committee that …", "said if the workers' union wins, …": an apostrophe closing a plural in -s
// before the noun it owns is a possessive, not a closing quote mark — unless a single quote opened before it in the
// sentence ("the so-called 'smart bombs' were …").
/** True when token `t` is a possessive apostrophe after a word in -s, with no single quote open before it. */
export function isPossessiveApostrophe(ctx: QuoteContext, t: number, sentenceStart: number): boolean {
  const tok = ctx.tokens[t];
  const prev = ctx.tokens[t - 1];
  const next = ctx.tokens[t + 1];
  if (!tok || !prev || !next || !/^['’]$/.test(tokenText(ctx, t))) return false;
  if (prev.end !== tok.start || next.start === tok.end) return false;
  if (!/[sSzx]$/.test(tokenText(ctx, t - 1)) || !/^[\p{L}\d]/u.test(tokenText(ctx, t + 1))) return false;
  // an opening single quote: after a space or an opening bracket, before a letter
  const before = ctx.text.slice(sentenceStart, tok.start);
  return !/(?:^|[\s(])['‘]\p{L}/u.test(before);
}
