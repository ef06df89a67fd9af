import type { QuoteContext } from '../../quote-context.js';
import { tokenText } from '../../quote-context.js';

const SUBJECT_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/;
const NOT_SUBJECT = /^(?:there|here|then|now|so|yes|no|instead|meanwhile|still|also|too|however)$/i;

// "The trade, they said, was swap related." / "This group, the firm said, reports to …": a short noun phrase
// before the aside is the subject of the verb that opens the words after it (not "Then, say analysts, there is …",
// "But, he said, …", nor a participle "Asked, he said, …").
/** True when tokens `from`..`to - 1` are a short noun phrase and token `v` a finite verb after the aside. */
export function subjectBeforeAside(ctx: QuoteContext, from: number, to: number, v: number): boolean {
  if (to <= from || to - from > 4) return false;
  for (let t = from; t < to; t++)
    if (!SUBJECT_WORD.test(ctx.tokens[t]?.pos ?? '') || NOT_SUBJECT.test(tokenText(ctx, t))) return false;
  const w = tokenText(ctx, v);
  const pos = ctx.tokens[v]?.pos ?? '';
  if (!/^\p{Ll}/u.test(w) || /ing$/i.test(w)) return false;
  // (a verb in -s the tagger read as a plural noun: "reports", "remains")
  return pos === 'AUX' || pos === 'VERB' || (pos === 'NOUN' && /[^s]s$/.test(w));
}
