// MEANTIME English (Wikinews) timex figures, from its token-per-line BIO form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBioTimexes } from '../../src/dates/read-bio-timexes.js';
import type { EvalOptions, EvalRow } from './eval-row.js';
import { outPath, scoreTimexDocuments, timexRows } from './eval-tempeval.js';

export async function evaluateMeantime(opts: EvalOptions): Promise<EvalRow[]> {
  const file = join(opts.shared, 'datasets', 'meantime-en', 'meantime-en-timex.tsv');
  if (!existsSync(file)) return [];
  const docs = readBioTimexes(readFileSync(file, 'utf8')).map((d, i) => ({ id: `meantime-${i + 1}`, ...d }));
  const scores = scoreTimexDocuments(
    docs,
    opts.misses ? outPath(opts.out, 'misses-meantime.tsv') : undefined,
  );
  return timexRows('meantime-en', scores, {
    value: 'study: MS Recognizers 0.803 value acc. on gold spans (not F1)',
  });
}
