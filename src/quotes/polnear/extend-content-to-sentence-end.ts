import type { QuoteContext } from '../quote-context.js';
import { B_T, I_T, O, tokenReader } from './tag-indices.js';

// punctuation at which a content may stop (", but …", "; …"); a hyphen or closing quote mark inside a clause
// is not one ("gun-controlled", "“a con” and …")
const STOP = /^[.,;:!?()[\]—–―]+$/;
// the marks that end a clause the content runs on to
const CLAUSE = /^[,;:()—–―]$/;
const PUNCT = /^[.,;:!?"“”'’‘()[\]—–―-]+$/;

/**
 * A tagged content that stops inside its sentence, at a word, with nothing tagged after it in the sentence,
 * runs on to the sentence's last word before its next clause mark (, ; : a dash, a bracket): PolNeAR contents end
 * at a clause edge, and the tagger loses a long clause's tail ("there have been thousands of shootings in
 * gun-|controlled Chicago this year"; not "…, Ann Lee said" after it: PolNeAR train 12 more contents exact).
 * Rewrites the paragraph's tags in place; true when it changed one.
 */
// The council said the bridge would reopen in May after repairs. → "the bridge would reopen in May after repairs"
// The bridge will reopen in May after repairs, the council said. → "The bridge will reopen in May after repairs"
export function extendContentToSentenceEnd(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== B_T && tags[k] !== I_T) continue;
    if (tags[k + 1] === I_T || sentence(k + 1) !== sentence(k) || STOP.test(tok(k + 1))) continue;
    let end = k + 1;
    while (end < tags.length && sentence(end) === sentence(k)) end++;
    let rest = true;
    for (let j = k + 1; j < end; j++) if (tags[j] !== O) rest = false;
    if (!rest) continue;
    // up to the next clause mark: "…, Ann Lee said" after a clause the tagger stopped short of is no content
    for (let j = k + 2; j < end; j++)
      if (CLAUSE.test(tok(j))) {
        end = j;
        break;
      }
    let last = end - 1;
    while (last > k && PUNCT.test(tok(last))) last--;
    for (let j = k + 1; j <= last; j++) tags[j] = I_T;
    if (last > k) changed = true;
  }
  return changed;
}
