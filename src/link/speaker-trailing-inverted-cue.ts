import { mentionAfter } from '../quotes/find-mention.js';
import { tokenText } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { endsHere, isFiniteVerb, quoteTail } from './speaker-trailing-helpers.js';

// “This is fantastic!” beamed Ola Berg of Dover. / “…,” scoffed Ann Tull, 22, who founded the club. — an
// inverted verb right after a quote closed on "," "?" or "!", then its subject (a name or "one of the aides").
export const mentionTrailingInvertedCue: MentionRule = ({ quote, text, seg }) => {
  const tail = quoteTail(text, seg, quote);
  if (!tail || tail.nextSentence || !/^[,?!]$/.test(tail.closing)) return null;
  const { ctx, end } = tail;
  const v = tail.first;
  if (!isFiniteVerb(ctx, v) || ctx.tokens[v]?.pos === 'AUX') return null;
  // “…,” said one. / “…,” said another.: one of the people the story has been quoting
  const lone = ctx.tokens[v + 1];
  const loneText = lone ? tokenText(ctx, v + 1) : '';
  const np =
    lone && /^(?:one|another)$/i.test(loneText) && endsHere(text, lone.end, end)
      ? { start: lone.start, end: lone.end, text: loneText }
      : mentionAfter(ctx, v + 1, end);
  if (!np || np.start !== ctx.tokens[v + 1]?.start) return null;
  // a subject: a name or a determiner phrase ("one of the aides"), not an object ("“…,” read the sign")
  if (
    !/^(?:\p{Lu}|(?:one|another|an?|some|the)\s)/u.test(np.text) &&
    !/^(?:he|she|they|one|another)$/i.test(np.text)
  )
    return null;
  // then the sentence ends, or an appositive or a time phrase follows
  const after = text.slice(np.end, end);
  if (!endsHere(text, np.end, end) && !/^\s*[,(]/.test(after) && !/^\s+(?:on|in|at)\s/.test(after))
    return null;
  const cue = ctx.tokens[v];
  if (!cue) return null;
  return {
    mention: np,
    cue: { start: cue.start, end: cue.end, text: tokenText(ctx, v) },
    rule: 'mention/trailing-inverted-cue',
  };
};
