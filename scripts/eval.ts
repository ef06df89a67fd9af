// npm run eval [-- --misses | --misses-blind] [-- --only NAME[,NAME…]]: every accuracy figure in one table, when ../shared exists.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateGoldSets } from './eval/eval-gold-sets.js';
import { evaluateMeantime } from './eval/eval-meantime.js';
import { evaluateMsrp } from './eval/eval-msrp.js';
import { evaluatePan13 } from './eval/eval-pan13.js';
import { evaluateCorpusScale, evaluateReuseFlags, evaluateSeedProvenance } from './eval/eval-reuse-flags.js';
import type { EvalOptions, EvalRow } from './eval/eval-row.js';
import { evaluateTempEval } from './eval/eval-tempeval.js';
import { findSharedDir } from './eval/shared-dir.js';

type Evaluator = (opts: EvalOptions) => Promise<EvalRow[]>;

/** Each evaluator measures one family of figures; add new ones here. */
const EVALUATORS: Record<string, Evaluator> = {
  gold: evaluateGoldSets,
  pan13: evaluatePan13,
  msrp: evaluateMsrp,
  reuse: evaluateReuseFlags,
  'seed-provenance': evaluateSeedProvenance,
  'corpus-scale': evaluateCorpusScale,
  polnear: async (o) => (await import('./eval/eval-polnear.js')).evaluatePolnear(o),
  'polnear-sources': async (o) => (await import('./eval/eval-polnear-sources.js')).evaluatePolnearSources(o),
  tempeval: evaluateTempEval,
  'tempeval-reporting': async (o) =>
    (await import('./eval/eval-tempeval-reporting.js')).evaluateTempEvalReporting(o),
  meantime: evaluateMeantime,
  own: async (o) => (await import('./eval/eval-own-sets.js')).evaluateOwnSets(o),
  when: async (o) => (await import('./eval/eval-when.js')).evaluateWhen(o),
};

function formatTable(rows: EvalRow[]): string {
  const header = ['set', 'metric', 'value', 'target', 'anchor'];
  const body = rows.map((r) => [
    r.set,
    r.metric,
    r.value === null ? '—' : r.value.toFixed(3),
    r.target === undefined ? '' : `≥ ${r.target}`,
    r.anchor ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const shared = findSharedDir();
  if (!shared) {
    process.stderr.write('eval: ../shared not found (set ONRECORD_SHARED); nothing to evaluate\n');
    return 0;
  }
  const out = resolve('.eval');
  mkdirSync(out, { recursive: true });
  const onlyIdx = args.indexOf('--only');
  // "--only gold,own": one family or a comma-separated list
  const only = onlyIdx >= 0 ? new Set((args[onlyIdx + 1] ?? '').split(',')) : undefined;
  const opts: EvalOptions = {
    shared,
    misses: args.includes('--misses') || args.includes('--misses-blind'),
    missesBlind: args.includes('--misses-blind'),
    out,
  };
  // "--polnear-split dev": the split the polnear rows score (train and dev for development; test by default)
  const splitIdx = args.indexOf('--polnear-split');
  const split = splitIdx >= 0 ? args[splitIdx + 1] : undefined;
  if (split) opts.polnearSplit = split;
  const rows: EvalRow[] = [];
  for (const [name, evaluate] of Object.entries(EVALUATORS)) {
    if (only && !only.has(name)) continue;
    const t0 = performance.now();
    rows.push(...(await evaluate(opts)));
    process.stderr.write(`eval: ${name} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(
    `${formatTable(rows)}\n\nrun ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`,
  );
  if (args.includes('--gate')) return checkGate(rows);
  return 0;
}

/** The regression gate CI runs: floors that a change must never go below. */
// (set at the session-3 figures less a small margin: a rule that costs more than that elsewhere must say why)
const REUSE = 'reuse flags (806 Reuters/BBC originals + 420 built pages)';
const SEED_SOURCES = 'seed (sources.jsonl, then the seed)';
const GATE: Array<{ set: string; metric: string } & ({ min: number } | { max: number })> = [
  { set: 'seed', metric: 'attributed F1', min: 1 },
  { set: 'seed', metric: 'when accuracy', min: 1 },
  { set: 'dev-bbc', metric: 'direct F1', min: 0.97 },
  { set: 'dev-bbc', metric: 'indirect F1', min: 0.88 },
  { set: 'dev-bbc', metric: 'speaker accuracy', min: 0.945 },
  { set: 'dev-bbc', metric: 'attributed F1', min: 0.895 },
  { set: 'dev-bbc', metric: 'when accuracy', min: 0.9 },
  { set: 'own-fresh', metric: 'speaker accuracy', min: 0.95 },
  // the blind sets: floors only (their misses are never read), at session 4's figures less a margin
  { set: 'own-fresh2', metric: 'speaker accuracy', min: 0.82 },
  { set: 'own-fresh3', metric: 'speaker accuracy', min: 0.87 },
  { set: 'own-fresh3', metric: 'direct F1', min: 0.94 },
  // session 5: the fourth blind set, and the two new studied sets (US outlets 2016; newswire 1989-2000)
  { set: 'own-fresh4', metric: 'speaker accuracy', min: 0.87 },
  { set: 'own-fresh4', metric: 'direct F1', min: 0.93 },
  // (session 8: 0.525 → 0.468, 31/59 → 29/62: three more quotes matched undated and two dated ones lost when the
  // narration-subject reading gave their sentences another speaker; that change raised own-fresh4 speaker accuracy
  // 0.894 → 0.918, so the trade was kept and the floor lowered)
  { set: 'own-fresh4', metric: 'when accuracy', min: 0.45 },
  { set: 'own-polnear-dev', metric: 'speaker accuracy', min: 0.88 },
  { set: 'own-polnear-dev', metric: 'when accuracy', min: 0.55 },
  { set: 'own-timebank', metric: 'direct F1', min: 0.97 },
  { set: 'own-timebank', metric: 'indirect F1', min: 0.82 },
  // session 6: the fifth blind set (floors at its first figures less a margin), and the studied sets' gains
  { set: 'own-fresh5', metric: 'direct F1', min: 0.97 },
  { set: 'own-fresh5', metric: 'indirect F1', min: 0.82 },
  { set: 'own-fresh5', metric: 'speaker accuracy', min: 0.87 },
  { set: 'own-fresh5', metric: 'when accuracy', min: 0.4 },
  // session 8: the sixth blind set (floors at its first figures less a margin) and the session's blind-set gains
  { set: 'own-fresh6', metric: 'direct F1', min: 0.97 },
  { set: 'own-fresh6', metric: 'indirect F1', min: 0.78 },
  { set: 'own-fresh6', metric: 'speaker accuracy', min: 0.85 },
  { set: 'own-fresh2', metric: 'indirect F1', min: 0.9 },
  { set: 'own-fresh3', metric: 'attributed F1', min: 0.78 },
  { set: 'own-fresh4', metric: 'indirect F1', min: 0.8 },
  { set: 'own-timebank', metric: 'speaker accuracy', min: 0.94 },
  { set: 'own-polnear-dev', metric: 'indirect F1', min: 0.79 },
  { set: 'own-polnear-dev', metric: 'when accuracy', min: 0.68 },
  { set: 'dev-bbc', metric: 'when precision', min: 0.95 },
  { set: 'own-wikinews', metric: 'when precision', min: 0.95 },
  // all sets, blind ones included. Session 5 traded some precision for recall (0.916 → 0.858, recall 0.483 →
  // 0.533 over sets that grew from 180 to 396 dated quotes): a speaker's day now carries to their later quotes;
  // session 7 removed wrong dates (0.901, 11 undated gold quotes dated) and raised these floors
  { set: 'all', metric: 'when precision', min: 0.87 },
  // session 23: own-fresh10's annotator left more same-story quotes null (14 of its 112 gold-null quotes get a date;
  // the other sets 17 of 2,191), so the whole-set max rose from 0.01 to 0.015 with that set (0.013 at its first run)
  { set: 'all', metric: 'gold-null dated', max: 0.015 },
  // session 23: when-speaker-day's wider anchors raised blind when accuracy; floors at the new figures less 0.05
  { set: 'own-fresh6', metric: 'when accuracy', min: 0.47 },
  { set: 'own-fresh3', metric: 'when accuracy', min: 0.45 },
  { set: 'own-reuters', metric: 'when accuracy', min: 0.81 },
  { set: 'te3-platinum', metric: 'timex value F1', min: 0.86 },
  { set: 'pan13 entire (5185 pairs)', metric: 'plagdet', min: 0.87 },
  { set: REUSE, metric: 'copy precision', min: 0.95 },
  { set: REUSE, metric: 'stitched precision', min: 0.95 },
  { set: REUSE, metric: 'spun recall', min: 0.95 },
  { set: SEED_SOURCES, metric: 'seed stitched (1 = yes)', min: 1 },
  { set: SEED_SOURCES, metric: 'seed spun (1 = yes)', min: 1 },
  { set: SEED_SOURCES, metric: '"Hackers can be anywhere" clusters', min: 1 },
  // session 6: speaker mentions against PolNeAR-train sources (0.915 / 0.902 at the session's end)
  { set: 'polnear-train sources (840 articles)', metric: 'direct mention agreement', min: 0.91 },
  { set: 'polnear-train sources (840 articles)', metric: 'indirect mention agreement', min: 0.89 },
  { set: 'polnear-test (84 articles) polnear spans, all kinds', metric: 'source exact F1', min: 0.7 },
  { set: 'polnear-test (84 articles) polnear spans, all kinds', metric: 'content exact F1', min: 0.53 },
  // session 7: large-sample and unseen-text work (PolNeAR-train direct 0.922, unmatched indirect 0.030; when
  // precision over all sets 0.901 with 11 undated gold quotes dated; TBAQ reporting recall 0.609)
  { set: 'polnear-train sources (840 articles)', metric: 'indirect overlapping no attribution', max: 0.04 },
  { set: 'tbaq (dev)', metric: 'reporting when recall', min: 0.59 },
  { set: 'tbaq (dev)', metric: 'reporting when precision', min: 0.92 },
  { set: 'own-timebank', metric: 'when accuracy', min: 0.35 },
  // session 9: statement dates (a story's day for its first source, a day carried to the next speaker's "added",
  // groups named again), indirect clause boundaries, mention repairs, PolNeAR span rules (figures at the end of
  // the session less a margin)
  { set: 'own-timebank', metric: 'when accuracy', min: 0.55 },
  { set: 'own-polnear-dev', metric: 'when accuracy', min: 0.73 },
  { set: 'all', metric: 'when recall', min: 0.55 },
  { set: 'all', metric: 'when precision', min: 0.89 },
  { set: 'own-fresh4', metric: 'when accuracy', min: 0.5 },
  { set: 'own-fresh', metric: 'indirect F1', min: 0.92 },
  { set: 'own-timebank', metric: 'indirect F1', min: 0.88 },
  { set: 'own-fresh3', metric: 'speaker accuracy', min: 0.88 },
  { set: 'own-fresh2', metric: 'speaker accuracy', min: 0.83 },
  { set: 'tbaq (dev)', metric: 'reporting when recall', min: 0.6 },
  { set: 'polnear-test (84 articles) polnear spans, all kinds', metric: 'content exact F1', min: 0.55 },
  // session 10: pronouns of their kind, title gender, names as written, indirect clauses the tagger hid (figures
  // at the end of the session less a margin)
  { set: 'own-fresh5', metric: 'speaker accuracy', min: 0.89 },
  { set: 'own-fresh5', metric: 'attributed F1', min: 0.82 },
  { set: 'own-fresh6', metric: 'indirect F1', min: 0.82 },
  { set: 'own-fresh2', metric: 'attributed F1', min: 0.8 },
  { set: 'own-timebank', metric: 'indirect F1', min: 0.9 },
  // session 11: reports from a noun of saying with its owner, no record from a title line (figures at the end of
  // the session less a margin)
  { set: 'own-polnear-dev', metric: 'indirect F1', min: 0.86 },
  { set: 'own-bbc', metric: 'indirect F1', min: 0.95 },
  // session 12: reports found on unseen text, speakers judged by sample, dates the text gives after the quote
  // (figures at the end of the session less a margin)
  { set: 'own-fresh2', metric: 'direct F1', min: 0.98 },
  { set: 'own-fresh3', metric: 'indirect F1', min: 0.79 },
  { set: 'own-fresh5', metric: 'indirect F1', min: 0.86 },
  { set: 'own-reuters', metric: 'indirect F1', min: 0.95 },
  { set: 'own-timebank', metric: 'when accuracy', min: 0.74 },
  { set: 'own-wikinews', metric: 'when accuracy', min: 0.94 },
  // session 13: a reply takes its question's day, hearers of a dated statement answer that day (figure at the end
  // of the session less a margin)
  { set: 'own-timebank', metric: 'when accuracy', min: 0.8 },
  // session 20: the seventh blind set (floors at its first figures less a margin) and the session's blind-set gains
  { set: 'own-fresh7', metric: 'direct F1', min: 0.97 },
  { set: 'own-fresh7', metric: 'indirect F1', min: 0.86 },
  { set: 'own-fresh7', metric: 'speaker accuracy', min: 0.84 },
  { set: 'own-fresh7', metric: 'when accuracy', min: 0.55 },
  { set: 'own-fresh6', metric: 'speaker accuracy', min: 0.91 },
  { set: 'own-fresh6', metric: 'attributed F1', min: 0.85 },
  // session 21: the eighth blind set (floors at its first figures less a margin)
  { set: 'own-fresh8', metric: 'direct F1', min: 0.97 },
  { set: 'own-fresh8', metric: 'indirect F1', min: 0.89 },
  { set: 'own-fresh8', metric: 'speaker accuracy', min: 0.89 },
  { set: 'own-fresh8', metric: 'when accuracy', min: 0.54 },
  // session 22: the ninth blind set (floors at its first figures less a margin)
  { set: 'own-fresh9', metric: 'direct F1', min: 0.96 },
  { set: 'own-fresh9', metric: 'indirect F1', min: 0.86 },
  { set: 'own-fresh9', metric: 'speaker accuracy', min: 0.9 },
  { set: 'own-fresh9', metric: 'attributed F1', min: 0.85 },
  // (session 23: when 0.359 → 0.538 with when-speaker-day's wider anchors; floor 0.31 → 0.48)
  { set: 'own-fresh9', metric: 'when accuracy', min: 0.48 },
  // session 23: the tenth blind set (floors at its first figures less a margin)
  { set: 'own-fresh10', metric: 'direct F1', min: 0.96 },
  { set: 'own-fresh10', metric: 'indirect F1', min: 0.83 },
  { set: 'own-fresh10', metric: 'speaker accuracy', min: 0.82 },
  { set: 'own-fresh10', metric: 'attributed F1', min: 0.76 },
  { set: 'own-fresh10', metric: 'when accuracy', min: 0.32 },
];

function checkGate(rows: EvalRow[]): number {
  let failed = 0;
  for (const g of GATE) {
    const row = rows.find((r) => r.set === g.set && r.metric === g.metric);
    if (!row) {
      // a family skipped (--only) has no rows; a renamed row would silently leave its floor unchecked
      if (!rows.some((r) => r.set === g.set)) continue;
      process.stderr.write(`eval gate: no row '${g.metric}' for ${g.set}\n`);
      failed++;
      continue;
    }
    if (row.value === null || ('min' in g && row.value < g.min) || ('max' in g && row.value > g.max)) {
      const bound = 'min' in g ? `below ${g.min}` : `above ${g.max}`;
      process.stderr.write(`eval gate: ${g.set} ${g.metric} = ${row.value} is ${bound}\n`);
      failed++;
    }
  }
  process.stderr.write(failed ? `eval gate: ${failed} floor(s) broken\n` : 'eval gate: all floors hold\n');
  return failed ? 1 : 0;
}

main().then((c) => {
  process.exitCode = c;
});
