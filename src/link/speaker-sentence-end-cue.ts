import { isCueToken } from '../quotes/cue-tokens.js';
import { mentionAfter } from '../quotes/find-mention.js';
import { tokenText } from '../quotes/quote-context.js';
import type { MentionChoice, MentionRule } from './speaker-rule.js';
import { endsHere, quoteTail, span, tokenAfter, verbGroupEnd } from './speaker-trailing-helpers.js';

// after the cue: the sentence ends, or a time or place phrase follows ("said on Monday", "said at a rally")
const AFTER_CUE =
  /^(?:on|in|at|after|before|during|from|to|of|with|while|as|when|last|this|yesterday|today|tonight|earlier|later|again|\p{Lu}\p{Ll}+day)$/u;

// “This will be a challenge” for the party, said Ann Tull, an analyst. / “There's a sense of calm now,” and sales
// picked up last week, Ola Berg said. / The band had “no other choice” but to part, its singer Ann Tull has said. —
// a partial quote whose sentence goes on and ends with its attribution.
export const mentionSentenceEndCue: MentionRule = ({ quote, text, seg }) => {
  const tail = quoteTail(text, seg, quote);
  if (!tail || tail.nextSentence) return null;
  const { ctx, end } = tail;
  const commas: number[] = [];
  for (let i = tail.first; i < ctx.tokens.length && (ctx.tokens[i]?.end ?? Infinity) <= end; i++)
    if (tokenText(ctx, i) === ',') commas.push(i);
  for (const c of commas.reverse()) {
    const found = invertedAt(c) ?? subjectFirstAt(c);
    if (found) return found;
  }
  return null;

  // ", said Ann Tull." / ", said Ann Tull, an analyst at Keel."
  function invertedAt(c: number): MentionChoice | null {
    if (!isCueToken(ctx, c + 1, 'direct') || /ing$/.test(tokenText(ctx, c + 1))) return null;
    const np = mentionAfter(ctx, c + 2, end);
    if (!np || np.start !== ctx.tokens[c + 2]?.start) return null;
    if (!endsHere(text, np.end, end) && !/^\s*,/.test(text.slice(np.end, end))) return null;
    const cue = ctx.tokens[c + 1];
    if (!cue) return null;
    return { mention: np, cue: span(text, cue.start, cue.end), rule: 'mention/sentence-end-cue' };
  }

  // ", Ola Berg said." / ", he said on Monday."
  function subjectFirstAt(c: number): MentionChoice | null {
    const np = mentionAfter(ctx, c + 1, end);
    if (!np || np.start !== ctx.tokens[c + 1]?.start) return null;
    const opens = tokenAfter(ctx, np.end);
    // (", the band's singer Ola Berg has said.": the auxiliary before the cue)
    const k = /^(?:has|have|had)$/i.test(tokenText(ctx, opens)) ? opens + 1 : opens;
    if (!isCueToken(ctx, k, 'direct') || /ing$/.test(tokenText(ctx, k))) return null;
    const v = verbGroupEnd(ctx, k, end);
    const next = ctx.tokens[v + 1];
    if (next && next.end <= end && !endsHere(text, next.start, end) && !AFTER_CUE.test(tokenText(ctx, v + 1)))
      return null;
    return {
      mention: np,
      cue: span(text, ctx.tokens[opens]?.start ?? 0, ctx.tokens[v]?.end ?? 0),
      rule: 'mention/sentence-end-cue',
    };
  }
};
