import { tokenIndexAt } from '../../quote-context.js';
import type { IndirectRule } from './types.js';

// "In an email to the board, the officer said that the guards …": a cue followed by its own "that" clause reports
// that clause, not the words before it.
// "In May, as fans left, Mr. Roe said, “Go home.”" / "The plan was costly and also, she said, “a mistake.”": before
// a quote of its own, the cue's words before are an adjunct (opened by a preposition, subordinator, adverb or
// participle) or a clause cut off mid-way, which the quote continues.
const THAT_AFTER = /^\s*that\b/i;
// (also the typewriter pair of some wires: "…, Ann Lee said, ``We …''")
const QUOTE_AFTER = /^\s*[^,;.!?"“”]{0,60}[,:]\s*(?:["“«]|''|‘‘|``)/;
const ADJUNCT_OPENER = new Set(['ADP', 'SCONJ', 'ADV', 'VERB']);
const CUT_OFF_END = new Set(['CCONJ', 'ADP', 'ADV', 'SCONJ', 'DET']);

/**
 * True when the text after the cue (offset `cueEnd`) opens the cue's own reported clause, or its own quote after a
 * lead (offsets `start`..`end`) that is no clause of its own.
 */
export function hasComplementAfterCue(
  ctx: Parameters<IndirectRule>[0],
  cueEnd: number,
  sentenceEnd: number,
  start: number,
  end: number,
): boolean {
  const after = ctx.text.slice(cueEnd, sentenceEnd);
  if (THAT_AFTER.test(after)) return true;
  if (!QUOTE_AFTER.test(after)) return false;
  const first = ctx.tokens[tokenIndexAt(ctx.tokens, start)];
  const last = ctx.tokens[tokenIndexAt(ctx.tokens, end - 1)];
  return ADJUNCT_OPENER.has(first?.pos ?? '') || CUT_OFF_END.has(last?.pos ?? '');
}
