import type { Quote } from '../../types.js';
import { type QuoteContext, tokenIndexAt } from '../quote-context.js';
import { keepCuedRelations } from './keep-cued-relations.js';
import { mendTaggedContents } from './mend-tagged-contents.js';
import { type RuleTag, ruleTags, tokenFeatures } from './span-tagger-features.js';
import { featureRow, loadTaggerModel, type TaggerModel, viterbi } from './span-tagger-model.js';
import { spansFromTags, taggedAttributions } from './tagged-attributions.js';

/** 'model': the shipped tagger rewrites the rules' quotes; 'off': the rules' quotes as they are; or a hook. */
export type SpanTaggerMode = 'model' | 'off' | ((ctx: QuoteContext, quotes: Quote[]) => Quote[]);

let mode: SpanTaggerMode = 'model';

/** Sets how PolNeAR spans are made (tests of the rules, training); returns the mode it replaces. */
export function useSpanTagger(next: SpanTaggerMode): SpanTaggerMode {
  const prev = mode;
  mode = next;
  return prev;
}

/** Token ranges [from, to) of the paragraphs. */
export function paragraphTokenRanges(ctx: QuoteContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of ctx.seg.paragraphs) {
    const from = tokenIndexAt(ctx.tokens, p.start);
    const to = tokenIndexAt(ctx.tokens, p.end);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** Each token's feature rows in the model's table, paragraph by paragraph. */
export function featureRows(
  ctx: QuoteContext,
  rules: RuleTag[],
  buckets: number,
): Array<{ from: number; rows: Int32Array[] }> {
  return paragraphTokenRanges(ctx).map(([from, to]) => ({
    from,
    rows: tokenFeatures(ctx, from, to, rules).map((fs) => {
      const rows = new Int32Array(fs.length);
      for (let k = 0; k < fs.length; k++) rows[k] = featureRow(fs[k] as string, buckets);
      return rows;
    }),
  }));
}

/** The quotes the model tags in the text, given the rules' quotes (one of its feature sources). */
export function tagQuotes(ctx: QuoteContext, quotes: Quote[], model: TaggerModel): Quote[] {
  const rules = ruleTags(ctx, quotes);
  const tagged = featureRows(ctx, rules, model.buckets).flatMap(({ from, rows }) =>
    taggedAttributions(ctx, spansFromTags(mendTaggedContents(ctx, viterbi(model, rows), from), from)),
  );
  return keepCuedRelations(tagged, quotes);
}

/** PolNeAR-span quotes: the tagger's reading of the text and the rules' quotes, or the rules' alone. */
export function withSpanTagger(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  if (mode === 'off') return quotes;
  if (typeof mode === 'function') return mode(ctx, quotes);
  const model = loadTaggerModel();
  return model ? tagQuotes(ctx, quotes, model) : quotes;
}
