import type { Quote } from '../../types.js';
import { type QuoteContext, tokenIndexAt } from '../quote-context.js';
import { continueSplitQuotes } from './continue-split-quote.js';
import { cueFromRuleQuote } from './cue-from-rule-quote.js';
import { dropPartBeforeCue } from './drop-part-before-cue.js';
import { EVIDENCE_RULE } from './evidence-attribution.js';
import { keepCuedRelations } from './keep-cued-relations.js';
import { leadRoundRuleAside } from './lead-round-rule-aside.js';
import { mendTaggedContents } from './mend-tagged-contents.js';
import { PRO_FORM_RULE } from './pro-form-content.js';
import { type RuleTag, ruleTags, stackFeatures, tokenFeatures } from './span-tagger-features.js';
import {
  featureRow,
  loadTaggerModel,
  STACKED_MODEL_FILE,
  TAGS,
  type TaggerModel,
  viterbi,
} from './span-tagger-model.js';
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

/** Each paragraph's feature rows with the first reading's tags of its tokens added (the stacked model's). */
export function stackedRows(
  ctx: QuoteContext,
  first: Array<{ from: number; rows: Int32Array[]; tags: ArrayLike<number> }>,
  buckets: number,
): Array<{ from: number; rows: Int32Array[] }> {
  return first.map(({ from, rows, tags }) => {
    const extra = stackFeatures(ctx, from, tags, TAGS);
    return {
      from,
      rows: rows.map((r, k) => {
        const fs = extra[k] as string[];
        const out = new Int32Array(r.length + fs.length);
        out.set(r);
        for (let j = 0; j < fs.length; j++) out[r.length + j] = featureRow(fs[j] as string, buckets);
        return out;
      }),
    };
  });
}

/**
 * The quotes the model tags in the text, given the rules' quotes (one of its feature sources); with a stacked
 * model (same table size), its second reading, that sees the first reading's tags, is the one kept.
 */
export function tagQuotes(
  ctx: QuoteContext,
  quotes: Quote[],
  model: TaggerModel,
  stacked: TaggerModel | null = null,
): Quote[] {
  const rules = ruleTags(ctx, quotes);
  let read = featureRows(ctx, rules, model.buckets).map(({ from, rows }) => ({
    from,
    rows,
    tags: viterbi(model, rows),
  }));
  if (stacked && stacked.buckets === model.buckets)
    read = stackedRows(ctx, read, stacked.buckets).map(({ from, rows }) => ({
      from,
      rows,
      tags: viterbi(stacked, rows),
    }));
  const tagged = read.flatMap(({ from, tags }) =>
    taggedAttributions(ctx, spansFromTags(mendTaggedContents(ctx, tags, from), from)),
  );
  // a relation the tagger left without a cue takes a rule quote's (cue-from-rule-quote.ts)
  const kept = keepTaggedRelations(continueSplitQuotes(ctx, tagged), quotes).map(
    (q) => cueFromRuleQuote(q, quotes) ?? q,
  );
  // a part before its cue that is not the report's goes (drop-part-before-cue.ts)
  return leadRoundRuleAside(ctx, dropPartBeforeCue(ctx, kept), quotes);
}

/**
 * The tagged relations that stand (keep-cued-relations.ts), with the rules' signed lines ("“…” ― Ann Lee",
 * dash-signature.ts) as the rule wrote them: PolNeAR train has none for the tagger to learn from; and the rules'
 * pro-form reports ("55 percent said so", pro-form-content.ts) whose word no relation that stands holds (the
 * tagger rarely tags a one-word content), in place of a tagged relation on the same verb.
 */
export function keepTaggedRelations(tagged: Quote[], rules: Quote[]): Quote[] {
  const fixed = rules.filter((q) => q.rule === 'quotes/polnear/dash-signature');
  const meets = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
    !!a && !!b && a.start < b.end && b.start < a.end;
  const apart = (q: Quote) => !fixed.some((f) => meets(q, f) || meets(q.mention, f.mention));
  const kept = [...keepCuedRelations(tagged, rules).filter(apart), ...fixed];
  // (a tagged relation on the pro-form's verb with another content goes: "so" is that verb's content)
  const proForms = rules.filter(
    (p) => p.rule === PRO_FORM_RULE && !kept.some((q) => meets(q, p) || meets(q.cue, p)),
  );
  // the rules' findings of a poll or records (evidence-attribution.ts) that no relation that stands touches
  const evidence = rules.filter(
    (e) =>
      e.rule === EVIDENCE_RULE &&
      ![...kept, ...proForms].some((q) => meets(q, e) || meets(q.cue, e.cue) || meets(q.mention, e.cue)),
  );
  return [...kept.filter((q) => !proForms.some((p) => meets(q.cue, p.cue))), ...proForms, ...evidence];
}

/** PolNeAR-span quotes: the tagger's reading of the text and the rules' quotes, or the rules' alone. */
export function withSpanTagger(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  if (mode === 'off') return quotes;
  if (typeof mode === 'function') return mode(ctx, quotes);
  const model = loadTaggerModel();
  return model ? tagQuotes(ctx, quotes, model, loadTaggerModel(STACKED_MODEL_FILE)) : quotes;
}
