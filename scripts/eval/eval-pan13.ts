// PAN 2013 text alignment training corpus: plagdet per obfuscation type of src/corpus/align-passages.ts.
// Set PAN13_PER_SET=N to sample the first N pairs of each subset (default: all pairs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignPassages } from '../../src/corpus/align-passages.js';
import { type PlagCase, scorePlagdet } from '../../src/corpus/plagdet.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

const SUBSETS: Array<[string, string, string]> = [
  ['01-no-plagiarism', 'no plagiarism', ''],
  ['02-no-obfuscation', 'verbatim', 'PAN 2014 winner 0.900'],
  ['03-random-obfuscation', 'random', 'PAN 2014 winner 0.884'],
  ['04-translation-obfuscation', 'translation', 'PAN 2014 winner 0.887'],
  ['05-summary-obfuscation', 'summary', 'PAN 2014 winner 0.561'],
];

function readCases(dir: string, file: string, pair: string): PlagCase[] {
  const xml = readFileSync(join(dir, file), 'utf8');
  const out: PlagCase[] = [];
  for (const m of xml.matchAll(/<feature\b[^>]*name="plagiarism"[^>]*\/>/g)) {
    const attr = (k: string) => Number(new RegExp(`\\b${k}="(\\d+)"`).exec(m[0])?.[1] ?? 'NaN');
    const thisStart = attr('this_offset');
    const sourceStart = attr('source_offset');
    out.push({
      pair,
      thisStart,
      thisEnd: thisStart + attr('this_length'),
      sourceStart,
      sourceEnd: sourceStart + attr('source_length'),
    });
  }
  return out;
}

export async function evaluatePan13(opts: EvalOptions): Promise<EvalRow[]> {
  const root = join(opts.shared, 'datasets/pan13-text-alignment-training');
  if (!existsSync(root)) return [{ set: 'pan13', metric: 'missing dataset', value: null }];
  const perSet = Number(process.env.PAN13_PER_SET ?? 0) || Infinity;
  const rows: EvalRow[] = [];
  const allCases: PlagCase[] = [];
  const allDets: PlagCase[] = [];
  const cache = new Map<string, string>();
  const read = (p: string) => {
    let t = cache.get(p);
    if (t === undefined) {
      t = readFileSync(p, 'utf8');
      if (cache.size > 400) cache.clear();
      cache.set(p, t);
    }
    return t;
  };
  let pairsRun = 0;
  for (const [dir, label, anchor] of SUBSETS) {
    const sub = join(root, dir);
    const lines = readFileSync(join(sub, 'pairs'), 'utf8').trim().split('\n').slice(0, perSet);
    const cases: PlagCase[] = [];
    const dets: PlagCase[] = [];
    for (const line of lines) {
      const [susp, src] = line.trim().split(/\s+/);
      if (!susp || !src) continue;
      const pair = `${susp}|${src}`;
      const xmlName = `${susp.replace(/\.txt$/, '')}-${src.replace(/\.txt$/, '')}.xml`;
      if (existsSync(join(sub, xmlName))) cases.push(...readCases(sub, xmlName, pair));
      const found = alignPassages(read(join(root, 'susp', susp)), read(join(root, 'src', src)), {
        breaks: 'paragraph',
      });
      for (const p of found) dets.push({ pair, ...p });
      pairsRun++;
    }
    allCases.push(...cases);
    allDets.push(...dets);
    const set = `pan13 ${label} (${lines.length} pairs)`;
    if (cases.length === 0) {
      rows.push({
        set,
        metric: 'detections per pair (false positives)',
        value: dets.length / Math.max(1, lines.length),
      });
      continue;
    }
    const s = scorePlagdet(cases, dets);
    rows.push({ set, metric: 'plagdet', value: s.plagdet, ...(anchor ? { anchor } : {}) });
    rows.push({ set, metric: 'precision', value: s.precision });
    rows.push({ set, metric: 'recall', value: s.recall });
    rows.push({ set, metric: 'granularity', value: s.granularity });
  }
  const s = scorePlagdet(allCases, allDets);
  const set = `pan13 entire (${pairsRun} pairs)`;
  rows.push({
    set,
    metric: 'plagdet',
    value: s.plagdet,
    anchor: 'PAN 2014 winner 0.878 (0.877 on this training set)',
  });
  rows.push({ set, metric: 'precision', value: s.precision });
  rows.push({ set, metric: 'recall', value: s.recall });
  rows.push({ set, metric: 'granularity', value: s.granularity });
  return rows;
}
