// Trains the PolNeAR span tagger's second reading (src/quotes/polnear/span-tagger.ts, the stacked model): the
// same perceptron, its features the first reading's plus the first reading's tags (stackFeatures). On PolNeAR
// train only: the first-reading tags of train articles come from models each trained on the other parts of
// train (so that they err as on unseen text); dev's from the shipped first-reading model. The epoch count and the
// O bias are chosen on PolNeAR dev, as in train-polnear-tagger.ts. Writes
// src/quotes/polnear/polnear-tagger-stacked.json.gz (hashed, quantized weights; no article text).
// Run after train-polnear-tagger.js: npx tsc -p tsconfig.json && node dist/scripts/train/train-polnear-stacked.js
// [max epochs, default 25] [first-reading epochs per fold, default 18] (ONRECORD_TAGGER_FOLDS: parts, default 2)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stackedRows } from '../../src/quotes/polnear/span-tagger.js';
import {
  decodeModel,
  encodeModel,
  loadTaggerModel,
  STACKED_MODEL_FILE,
  type TaggerModel,
  viterbi,
} from '../../src/quotes/polnear/span-tagger-model.js';
import { pickAnnotator, readPolnear } from '../eval/eval-polnear.js';
import { findSharedDir } from '../eval/shared-dir.js';
import {
  BUCKETS,
  chooseOutsideBias,
  type Doc,
  mean,
  type Paragraph,
  prepare,
  score,
  show,
  Trainer,
} from './train-polnear-tagger.js';

const FOLDS = Number(process.env.ONRECORD_TAGGER_FOLDS ?? 2);

/** A fixed shuffle (linear congruential), so that runs repeat. */
function shuffler(seed0: number) {
  let seed = seed0;
  return (n: number) => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = Math.floor((seed / 2 ** 32) * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return order;
  };
}

const liveModel = (t: Trainer): TaggerModel =>
  ({ buckets: BUCKETS, weights: t.w, transitions: t.tw, outsideBias: 0, scale: 1 }) as TaggerModel;

/** A first-reading model trained on some paragraphs for a fixed number of epochs. */
function trainFixed(paragraphs: Paragraph[], epochs: number): TaggerModel {
  const trainer = new Trainer();
  const shuffle = shuffler(12345);
  for (let e = 0; e < epochs; e++)
    for (const i of shuffle(paragraphs.length)) trainer.step(paragraphs[i] as Paragraph, liveModel(trainer));
  return trainer.averaged();
}

/** The documents with the stacked rows: each paragraph's rows plus its first-reading tags' features. */
function stacked(docs: Doc[], first: (d: Doc) => TaggerModel): Doc[] {
  return docs.map((d) => {
    const model = first(d);
    const read = d.paragraphs.map((p) => ({ from: p.from, rows: p.rows, tags: viterbi(model, p.rows) }));
    const rows = stackedRows(d.ctx, read, BUCKETS);
    return {
      ...d,
      paragraphs: d.paragraphs.map((p, i) => ({ ...p, rows: (rows[i] as { rows: Int32Array[] }).rows })),
    };
  });
}

function main(): number {
  const shared = findSharedDir();
  const firstModel = loadTaggerModel();
  if (!shared || !firstModel || firstModel.buckets !== BUCKETS) {
    process.stderr.write(
      'train-polnear-stacked: ../shared, or a first-reading model of this table size, missing\n',
    );
    return 1;
  }
  const maxEpochs = Number(process.argv[2] ?? 25);
  const foldEpochs = Number(process.argv[3] ?? 18);
  const dir = join(shared, 'datasets', 'polnear', 'jsonl');
  const t0 = performance.now();
  const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
  const train = prepare(pickAnnotator(readPolnear(join(dir, 'polnear_train.jsonl'))));
  const dev = prepare(pickAnnotator(readPolnear(join(dir, 'polnear_dev.jsonl'))));
  process.stdout.write(`first reading, dev: ${show(score(firstModel, dev))} (${secs()} s)\n`);
  // FOLDS parts of train, each read by a model of the others
  const others = (k: number) => train.filter((_, i) => i % FOLDS !== k).flatMap((d) => d.paragraphs);
  const byFold = Array.from({ length: FOLDS }, (_, k) => trainFixed(others(k), foldEpochs));
  process.stdout.write(`${FOLDS} fold models trained (${secs()} s)\n`);
  const index = new Map(train.map((d, i) => [d, i]));
  const train2 = stacked(train, (d) => byFold[(index.get(d) ?? 0) % FOLDS] as TaggerModel);
  const dev2 = stacked(dev, () => firstModel);
  const paragraphs = train2.flatMap((d) => d.paragraphs);
  const trainer = new Trainer();
  const shuffle = shuffler(54321);
  let best: { epoch: number; model: TaggerModel; dev: number } | null = null;
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    for (const i of shuffle(paragraphs.length)) trainer.step(paragraphs[i] as Paragraph, liveModel(trainer));
    const model = trainer.averaged();
    const s = score(model, dev2);
    process.stdout.write(`epoch ${epoch}: dev ${show(s)} (${secs()} s)\n`);
    if (!best || mean(s) > best.dev) best = { epoch, model, dev: mean(s) };
    else if (epoch - best.epoch >= Number(process.env.ONRECORD_TAGGER_PATIENCE ?? 5)) break;
  }
  if (!best) return 1;
  best.model.outsideBias = chooseOutsideBias(best.model, dev2, best.dev, [0.1, 0.05, -0.05, -0.1]);
  const stored = encodeModel(
    best.model,
    `PolNeAR train (${train.length} articles; first-reading tags from half-train models), ${best.epoch} epochs chosen on dev`,
  );
  const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
  const file = join('src', 'quotes', 'polnear', STACKED_MODEL_FILE);
  writeFileSync(file, bytes);
  process.stdout.write(
    `train-polnear-stacked: epoch ${best.epoch} kept; ${file} ${(bytes.length / 1024).toFixed(0)} KiB; ${secs()} s\n` +
      `  shipped stacked model, dev: ${show(score(decodeModel(stored), dev2))}\n`,
  );
  return 0;
}

process.exitCode = main();
