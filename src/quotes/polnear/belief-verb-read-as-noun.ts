import { BELIEF_FORMS } from '../cue-lexicon.js';
import { type QuoteContext, tokenNorm, tokenText } from '../quote-context.js';

// "Many fear …", "Most believe …", "Both think …": a quantifier standing for people, the subject itself
const QUANTIFIER_SUBJECT =
  /^(?:many|most|some|others|both|neither|few|all|none|percent|majority|minority|half)$/;

/**
 * Whether the belief form at token `i` is a verb the POS tagger read as a noun: after a subject (a pronoun, a
 * plural noun, a quantifier standing for people) and before the start of a clause or object ("that", a
 * determiner, a pronoun, a name, a number, "to"). "Many sailors fear the ferry will be late", "Most believe that
 * …"; not "their fears that …" (a determiner before it), "growing fears of …" (no subject, "of" after it).
 */
// Many sailors fear the ferry will be late. → "fear" is the verb
export function isBeliefVerbReadAsNoun(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const w = tokenNorm(ctx, i);
  if (t?.pos !== 'NOUN' || !BELIEF_FORMS.has(w)) return false;
  const prev = ctx.tokens[i - 1];
  const pw = tokenNorm(ctx, i - 1);
  // subject and verb agree: "sailors fear", "the union fears", "they think"
  const pt = tokenText(ctx, i - 1);
  const plural = /\p{Ll}s$/u.test(pt) && !/ss$/.test(pw);
  const nounish = !!prev && /^(?:NOUN|PROPN|ADJ)$/.test(prev.pos) && /^\p{L}/u.test(pt);
  const subject =
    !!prev &&
    prev.sentence === t.sentence &&
    (prev.pos === 'PRON' || QUANTIFIER_SUBJECT.test(pw) || (nounish && (/s$/.test(w) ? !plural : plural)));
  if (!subject) return false;
  const next = ctx.tokens[i + 1];
  const nw = tokenNorm(ctx, i + 1);
  return (
    !!next &&
    (nw === 'that' || nw === 'to' || /^(?:DET|PRON|PROPN|NUM)$/.test(next.pos)) &&
    !/^(?:of|for|about|over|and|or|,)$/.test(nw)
  );
}
