import { monthOpensNameAt } from '../../leading-time-adjunct.js';
import { tokenNorm, tokenText } from '../../quote-context.js';
import { CALENDAR_WORDS, HEARER_VERB_FORMS, TIME_NOUNS, wordsPattern } from './clause-helpers.js';
import type { IndirectRule } from './types.js';

// "Back then, Ann Lee found Ms. Roe very quiet." / "After the vote, Bo Dee tweeted a warning." / "Since 2013, Max Orr
// writes a weekly column.": a cue with an object of its own reports nothing before it. Times and hearers are no
// object: "…, Ann Lee said last week", "…, he told reporters", "…, she wrote Mr. Pell".
const HEARER_VERBS = wordsPattern(HEARER_VERB_FORMS);
const TIME_WORD = wordsPattern([
  'last',
  'this',
  'next',
  'late',
  'early',
  'earlier',
  'later',
  'today',
  'yesterday',
  'tonight',
  ...CALENDAR_WORDS,
]);
const TIME_NOUN = wordsPattern(TIME_NOUNS);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** True when the token after cue `cue` opens the cue's object ("found considerable support"). */
export function hasObjectAfterCue(ctx: Parameters<IndirectRule>[0], cue: number): boolean {
  if (HEARER_VERBS.test(tokenText(ctx, cue))) return false;
  const k = tokenNorm(ctx, cue + 1) === 'out' ? cue + 2 : cue + 1;
  const t = ctx.tokens[k];
  if (!t || t.sentence !== ctx.tokens[cue]?.sentence || !OBJECT_START.has(t.pos)) return false;
  const w = tokenText(ctx, k);
  // "…, Ann Lee wrote Mr. Pell.": a name after "wrote" is the one written to
  if (t.pos === 'PROPN' && /^(?:write|writes|wrote|writing)$/i.test(tokenText(ctx, cue))) return false;
  // (a month opening a name is no time: "…, Ann Lee announced June Ferrin as chief")
  if ((TIME_WORD.test(w) && !monthOpensNameAt(ctx, k)) || /^(?:that|so|it)$/i.test(w)) return false;
  // "said a day later", "said two weeks ago"
  if (TIME_NOUN.test(tokenText(ctx, k + 1))) return false;
  return true;
}
