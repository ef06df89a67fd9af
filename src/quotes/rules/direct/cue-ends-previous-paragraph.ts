import { isPassiveCue } from '../../cue-tokens.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';
import { colonSubject } from './colon-subject.js';

// Smith told the inquiry:
// “We did everything we could.”
export const cueEndsPreviousParagraph: DirectRule = (ctx, c) => {
  const p = ctx.seg.paragraphs[c.quote.paragraph];
  const prev = ctx.seg.paragraphs[c.quote.paragraph - 1];
  if (!p || !prev || c.quote.open !== p.start || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end)))
    return null;
  const lastSentence = [...ctx.seg.sentences].reverse().find((s) => s.paragraph === prev.index);
  if (!lastSentence) return null;
  const cues = cuesBetween(ctx, lastSentence.start, lastSentence.end).filter(
    (x) => !isPassiveCue(ctx, x.group, x.cue),
  );
  const last = [...cues].reverse().find((x) => x.mention);
  // Ann Tull turned to the council:⏎“We will not pay.” — no report verb: the clause's subject, as colonSubject
  // reads it in one paragraph
  if (!last?.mention) {
    const subject = colonSubject(ctx, { ...c, preStart: lastSentence.start, partial: false });
    return subject ? { ...subject, rule: 'cue-ends-previous-paragraph/colon-subject' } : null;
  }
  return {
    cue: cueSpan(ctx, last.group, last.cue, lastSentence.end),
    mention: last.mention,
    rule: 'cue-ends-previous-paragraph',
    confidence: 0.85,
  };
};
