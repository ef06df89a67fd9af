import type { QuoteContext } from '../quote-context.js';
import { TAGS } from './span-tagger-model.js';

// the tagger's tags by index, for the rules that read and mend a sentence's tag array
export const O = TAGS.indexOf('O');
export const B_S = TAGS.indexOf('B-S');
export const I_S = TAGS.indexOf('I-S');
export const B_C = TAGS.indexOf('B-C');
export const I_C = TAGS.indexOf('I-C');
export const B_T = TAGS.indexOf('B-T');
export const I_T = TAGS.indexOf('I-T');

/** The text of a tagged sentence's token k, counted from the sentence's first token `offset` ('' past its end). */
export function tokenReader(ctx: QuoteContext, offset: number): (k: number) => string {
  return (k) => {
    const t = ctx.tokens[offset + k];
    return t ? ctx.text.slice(t.start, t.end) : '';
  };
}
