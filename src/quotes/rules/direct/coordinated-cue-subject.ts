import { isPassiveCue } from '../../cue-tokens.js';
import { nearestClauseSubject } from '../../find-mention.js';
import { sentenceAt, tokenIndexAt, tokenNorm } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';

// Mayor Ann Tull met union leaders last night and told reporters, “We have a deal.” / Tull met them but
// insisted: “No deal yet.” — a cue coordinated with an earlier verb by "and"/"but", the quote right after it (its
// hearers between), takes that verb's subject.
export const coordinatedCueSubject: DirectRule = (ctx, c) => {
  if (c.preStart >= c.quote.open) return null;
  const sentenceStart = sentenceAt(ctx, c.quote.open)?.start ?? c.preStart;
  // the sentence up to the quote holds no other quote, nor a ";"
  const from = Math.max(sentenceStart, c.preStart);
  if (ctx.text.slice(from, c.quote.open).includes(';')) return null;
  const cues = cuesBetween(ctx, from, c.quote.open).filter((x) => !isPassiveCue(ctx, x.group, x.cue));
  const last = cues.at(-1);
  if (!last || last.mention || cues.some((x) => x.mention)) return null;
  // "and told", "but insisted", "and then said"
  let k = last.group - 1;
  if (/^(?:then|also|later)$/.test(tokenNorm(ctx, k))) k--;
  if (!/^(?:and|but)$/.test(tokenNorm(ctx, k))) return null;
  const cue = cueSpan(ctx, last.group, last.cue, c.quote.open);
  // only the hearers between the cue and the quote, then "," or ":"
  if (!/^[^,.;:!?"“”]{0,40}[,:]\s*$/.test(ctx.text.slice(cue.end, c.quote.open))) return null;
  const first = tokenIndexAt(ctx.tokens, from);
  const subject = nearestClauseSubject(ctx, first, k, false);
  if (!subject || subject.start < from) return null;
  return { cue, mention: subject, rule: 'coordinated-cue-subject', confidence: 0.75 };
};
