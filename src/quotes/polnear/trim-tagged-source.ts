import type { QuoteContext } from '../quote-context.js';
import { B_S, I_S, O, tokenReader } from './tag-indices.js';

const RELATIVE = /^(?:who|which|that)$/i;
// "-ing" words that head no participle clause
const NOT_PARTICIPLE = /^(?:including|during|according|regarding|concerning|notwithstanding)$/i;

/**
 * A tagged source is cut to PolNeAR's: one that ends in a relative pronoun is the pronoun ("the agency which
 * said …" → "which", as "…, who said …" is "who"), and one that runs on into a participle clause set off by a
 * comma loses the clause ("Ann Lee, speaking in Lisbon, said …" → "Ann Lee"). Rewrites the paragraph's tags in
 * place; true when it changed one.
 */
// The harbour office which said … → "which"; Ann Lee, speaking at the quay, said … → "Ann Lee"
export function trimTaggedSource(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const token = (k: number) => ctx.tokens[offset + k];
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let from = 0; from < tags.length; from++) {
    if (tags[from] !== B_S) continue;
    let to = from + 1;
    while (to < tags.length && tags[to] === I_S) to++;
    // ", speaking …": the participle clause and all after it go
    for (let k = from + 1; k + 1 < to; k++) {
      const next = token(k + 1);
      if (
        tok(k) !== ',' ||
        next?.pos !== 'VERB' ||
        !/ing$/i.test(tok(k + 1)) ||
        NOT_PARTICIPLE.test(tok(k + 1))
      )
        continue;
      for (let j = k; j < to; j++) tags[j] = O;
      to = k;
      changed = true;
      break;
    }
    // "… which": the pronoun alone
    if (to - from > 1 && RELATIVE.test(tok(to - 1))) {
      for (let j = from; j < to - 1; j++) tags[j] = O;
      tags[to - 1] = B_S;
      changed = true;
    }
    from = to - 1;
  }
  return changed;
}
