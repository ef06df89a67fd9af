// Scores `analyze()` on every gold set in shared/gold/ with the shared scorer (its definitions are the contract).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { toQuoteRecord } from '../../src/quotes/to-quote-record.js';
import type { Article } from '../../src/types.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

export const TARGETS: Record<string, number> = {
  'direct F1': 0.95,
  'indirect F1': 0.8,
  'speaker accuracy': 0.92,
  'attributed F1': 0.85,
  'when accuracy': 0.85,
};

export function predictGoldSet(goldPath: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { id: string; date: string | null; text: string };
    const article: Article = { id: g.id, date: g.date, text: g.text };
    const analysis = analyze(article);
    for (const q of analysis.quotes) lines.push(JSON.stringify(toQuoteRecord(analysis, q)));
  }
  return `${lines.join('\n')}\n`;
}

export async function evaluateGoldSets(opts: EvalOptions): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const goldDir = join(opts.shared, 'gold');
  const scorer = join(opts.shared, 'tools', 'score.mjs');
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const set = file.replace(/\.jsonl$/, '');
    const predPath = join(opts.out, `pred-${set}.jsonl`);
    writeFileSync(predPath, predictGoldSet(join(goldDir, file)));
    const env = { ...process.env, SHOW_MISSES: opts.misses ? '1' : '' };
    if (opts.misses) {
      const text = execFileSync('node', [scorer, join(goldDir, file), predPath], { env, encoding: 'utf8' });
      process.stdout.write(
        `--- misses on ${set}\n${text
          .split('\n')
          .filter((l) => !l.startsWith(' ') && !/^[{}]/.test(l))
          .join('\n')}\n`,
      );
    }
    const out = execFileSync('node', [scorer, join(goldDir, file), predPath, '--json'], { encoding: 'utf8' });
    const r = JSON.parse(out) as {
      direct: { F1: number };
      indirect: { F1: number };
      any: { F1: number };
      speakerAccuracy: number;
      attributedF1: number;
      whenAccuracy: number | null;
    };
    const add = (metric: string, value: number | null) => {
      const target = TARGETS[metric];
      rows.push(target === undefined ? { set, metric, value } : { set, metric, value, target });
    };
    add('direct F1', r.direct.F1);
    add('indirect F1', r.indirect.F1);
    add('quote F1', r.any.F1);
    add('speaker accuracy', r.speakerAccuracy);
    add('attributed F1', r.attributedF1);
    add('when accuracy', r.whenAccuracy);
  }
  return rows;
}
