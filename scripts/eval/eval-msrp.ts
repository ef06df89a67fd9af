// MSRP sentence pairs: precision and recall of the reuse sentence matcher (src/corpus/compare-sentences.ts) on
// the canonical word view, at its operating point and at PAN's seed thresholds; and how many of the pairs it
// accepts the fingerprint lookup would bring to it at all (two sentences are compared only when they share a
// winnowed fingerprint), so the end-to-end recall of sentence reuse on paraphrases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalizeWords, findAliasForms } from '../../src/corpus/canonicalize-words.js';
import {
  compareSentences,
  isSentenceMatch,
  MATCH_COSINE,
  MATCH_DICE,
} from '../../src/corpus/compare-sentences.js';
import { fingerprintArticle } from '../../src/corpus/fingerprint-article.js';
import { tokenizeWords } from '../../src/corpus/tokenize-words.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

const words = (s: string) =>
  canonicalizeWords(
    tokenizeWords(s).map((w) => ({ ...w, quoted: false })),
    findAliasForms(s),
  ).map((w) => w.norm);

export async function evaluateMsrp(opts: EvalOptions): Promise<EvalRow[]> {
  const dir = join(opts.shared, 'datasets/msrp-microsoft-research-paraphrase');
  if (!existsSync(dir)) return [{ set: 'msrp', metric: 'missing dataset', value: null }];
  const rows: EvalRow[] = [];
  for (const split of ['test', 'train']) {
    const lines = readFileSync(join(dir, `msr_paraphrase_${split}.txt`), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const pairs = lines
      .map((l) => l.replace(/^\uFEFF/, '').split('\t'))
      .filter((c) => c.length >= 5 && (c[0] === '0' || c[0] === '1'))
      .map((c) => ({
        label: c[0] === '1',
        sim: compareSentences(words(c[3] ?? ''), words(c[4] ?? '')),
        a: c[3] ?? '',
        b: c[4] ?? '',
      }));
    for (const [name, dice, cosine] of [
      [`matcher (Dice ≥ ${MATCH_DICE}, cosine ≥ ${MATCH_COSINE})`, MATCH_DICE, MATCH_COSINE],
      ['seed thresholds (0.33)', 0.33, 0.33],
      ['strict (0.8)', 0.8, 0.8],
    ] as Array<[string, number, number]>) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      for (const p of pairs) {
        const hit = isSentenceMatch(p.sim, dice, cosine);
        if (hit && p.label) tp++;
        else if (hit) fp++;
        else if (p.label) fn++;
        else tn++;
      }
      const set = `msrp ${split} (${pairs.length} pairs), ${name}`;
      rows.push({ set, metric: 'precision', value: tp / Math.max(1, tp + fp) });
      rows.push({ set, metric: 'recall', value: tp / Math.max(1, tp + fn) });
      rows.push({
        set,
        metric: 'accuracy',
        value: (tp + tn) / Math.max(1, pairs.length),
        anchor: split === 'test' ? 'majority 0.665; word Jaccard 0.730' : '',
      });
    }
    // the lookup: each sentence fingerprinted as its own article, as `ingest` would
    const fps = (text: string) =>
      new Set(fingerprintArticle({ id: 'msrp', text }).sentences.flatMap((x) => x.fps));
    let accepted = 0;
    let reached = 0;
    let paraphrases = 0;
    let found = 0;
    for (const p of pairs) {
      if (p.label) paraphrases++;
      if (!isSentenceMatch(p.sim)) continue;
      accepted++;
      const fa = fps(p.a);
      const shared = [...fps(p.b)].some((h) => fa.has(h));
      if (shared) reached++;
      if (shared && p.label) found++;
    }
    const set = `msrp ${split} (${pairs.length} pairs), fingerprint lookup + matcher`;
    rows.push({ set, metric: 'accepted pairs the lookup reaches', value: reached / Math.max(1, accepted) });
    rows.push({ set, metric: 'end-to-end recall of paraphrases', value: found / Math.max(1, paraphrases) });
  }
  return rows.map((r) => (r.anchor === '' ? { set: r.set, metric: r.metric, value: r.value } : r));
}
