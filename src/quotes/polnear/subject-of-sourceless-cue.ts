import type { QuoteContext } from '../quote-context.js';
import { B_C, B_S, B_T, I_C, I_S, I_T, tokenReader } from './tag-indices.js';

const AUX =
  /^(?:can|could|may|might|must|should|would|will|shall|has|have|had|does|do|did|not|n't|never|also|still|now|often|sometimes|widely|generally|once|already|long|ever|even|only|just|all|both)$/i;
const RAISING =
  /^(?:seems?|seemed|seeming|appears?|appeared|looks?|looked|sounds?|sounded|prove[sd]?|proven|reportedly|allegedly|supposedly|apparently|seemingly|purportedly)$/i;
const BE = /^(?:is|are|was|were|be|been|being|'s|’s)$/i;
const PARTICIPLE =
  /^(?:\p{L}+ed|thought|known|seen|said|told|held|shown|given|taken|found|caught|meant|understood|sworn|written|deemed|rumou?red)$/iu;
const ADVERB = /^\p{L}+ly$/iu;
// a state of mind, not a passive: its subject holds it ("Ann Lee is convinced that …", "they were worried")
const STATIVE =
  /^(?:convinced|determined|worried|concerned|divided|assured|shocked|committed|pleased|disappointed|surprised|frustrated|confused|alarmed|troubled|dismayed|encouraged|excited|interested|inclined|prepared|satisfied|unconvinced|resigned|relieved|opposed|obsessed|amazed|delighted|stunned)$/i;
const SENTENCE_ADVERB = /^(?:reportedly|allegedly|supposedly|apparently|seemingly|purportedly)$/i;

/** Whether the cue's words are a raising verb or a passive ("seems", "could be expected", "was accused of"). */
export function isSourcelessCue(words: string[]): boolean {
  let k = 0;
  while (
    k < words.length &&
    (AUX.test(words[k] as string) || ADVERB.test(words[k] as string)) &&
    !RAISING.test(words[k] as string)
  )
    k++;
  // "apparently believed", "reportedly told": the adverb before a verb of the subject's own ("He apparently
  // believed …" has the source "He"); "sounded a call for", "sounded off": an act, not "sounds like"
  while (
    k + 1 < words.length &&
    SENTENCE_ADVERB.test(words[k] as string) &&
    !BE.test(words[k + 1] as string) &&
    !RAISING.test(words[k + 1] as string) &&
    words[k + 1] !== 'to'
  )
    k++;
  const w = words[k];
  if (w === undefined) return false;
  if (/^sound(?:s|ed)?$/i.test(w) && /^(?:a|an|the|off)$/i.test(words[k + 1] ?? '')) return false;
  if (RAISING.test(w)) return true;
  if (!BE.test(w)) return false;
  k++;
  while (k < words.length && (AUX.test(words[k] as string) || ADVERB.test(words[k] as string))) k++;
  return PARTICIPLE.test(words[k] ?? '') && !STATIVE.test(words[k] ?? '');
}

/**
 * A tagged source just before a cue that reports no speaker's act, a raising verb or a passive ("Ann Lee seems
 * …", "the ferry is expected to …", "he was accused of …"), is the subject the report is about: PolNeAR writes
 * it as the content's first part, the relation without a source. Rewrites the paragraph's tags in place; true
 * when it changed one.
 */
// The ferry is expected to be late. → "The ferry" … "to be late", no source
export function subjectOfSourcelessCue(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let from = 0; from < tags.length; from++) {
    if (tags[from] !== B_S) continue;
    let to = from + 1;
    while (to < tags.length && tags[to] === I_S) to++;
    if (tags[to] !== B_C) continue;
    let end = to + 1;
    while (end < tags.length && tags[end] === I_C) end++;
    const words: string[] = [];
    for (let k = to; k < end; k++) words.push(tok(k));
    if (!isSourcelessCue(words)) continue;
    for (let k = from; k < to; k++) tags[k] = k === from ? B_T : I_T;
    changed = true;
    from = end - 1;
  }
  return changed;
}
