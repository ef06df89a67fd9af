// TempEval-3 Task A timex figures: develop on TBAQ-cleaned (TimeBank + AQUAINT), report te3-platinum.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimeExpressions } from '../../src/dates/find-time-expressions.js';
import { readTimeml } from '../../src/dates/read-timeml.js';
import {
  countDocument,
  emptyCounts,
  type ScoredTimex,
  scoreCounts,
  type TimexScores,
} from '../../src/dates/score-timexes.js';
import { normalizeArticle } from '../../src/normalize/normalize-article.js';
import { segmentText } from '../../src/segment/segment-text.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

export interface GoldTimexDocument {
  id: string;
  dct: string | null;
  text: string;
  timexes: Array<ScoredTimex & { text: string }>;
}

/** Scores every document; with `missesPath`, writes the misses (missing, spurious, wrong value) there. */
export function scoreTimexDocuments(docs: GoldTimexDocument[], missesPath?: string): TimexScores {
  const counts = emptyCounts();
  const misses: string[] = [];
  for (const d of docs) {
    const doc = normalizeArticle({ id: d.id, date: d.dct, text: d.text });
    const system = findTimeExpressions(doc, segmentText(doc));
    const pairs = countDocument(counts, d.timexes, system) as Array<
      [GoldTimexDocument['timexes'][number], ScoredTimex]
    >;
    if (!missesPath) continue;
    const pairedGold = new Set(pairs.map((p) => p[0]));
    const pairedSys = new Set(pairs.map((p) => p[1]));
    const ctx = (s: number, e: number) => d.text.slice(Math.max(0, s - 40), e + 40).replace(/\s+/g, ' ');
    for (const g of d.timexes)
      if (!pairedGold.has(g))
        misses.push(`MISS\t${d.id}\t${d.dct}\t${g.type}\t${g.value}\t${g.text}\t${ctx(g.start, g.end)}`);
    for (const s of system)
      if (!pairedSys.has(s))
        misses.push(
          `SPUR\t${d.id}\t${d.dct}\t${s.type}\t${s.value}\t${s.text}\t${s.rule}\t${ctx(s.start, s.end)}`,
        );
    for (const [g, s] of pairs) {
      const sys = s as (typeof system)[number];
      if (g.value !== s.value || g.type !== s.type)
        misses.push(
          `VAL\t${d.id}\t${d.dct}\t${g.type}/${s.type}\t${g.value}/${s.value}\t${g.text}|${sys.text}\t${sys.rule}\t${ctx(g.start, g.end)}`,
        );
    }
  }
  if (missesPath) writeFileSync(missesPath, `${misses.join('\n')}\n`);
  return scoreCounts(counts);
}

/** The eval table's rows for one set. */
export function timexRows(
  set: string,
  s: TimexScores,
  anchors: { relaxed?: string; strict?: string; value?: string },
  targets: { relaxed?: number; value?: number } = {},
): EvalRow[] {
  const row = (metric: string, value: number, target?: number, anchor?: string): EvalRow => {
    const r: EvalRow = { set, metric, value };
    if (target !== undefined) r.target = target;
    if (anchor !== undefined) r.anchor = anchor;
    return r;
  };
  return [
    row('timex relaxed span F1', s.relaxed.F1, targets.relaxed, anchors.relaxed),
    row('timex strict span F1', s.strict.F1, undefined, anchors.strict),
    row('timex value F1', s.value.F1, targets.value, anchors.value),
    row('timex type accuracy', s.typeAccuracy),
  ];
}

export function outPath(dir: string, name: string): string {
  return join(dir, name);
}

function readFolder(dir: string): GoldTimexDocument[] {
  const docs: GoldTimexDocument[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.tml'))
    .sort()) {
    try {
      docs.push({ id: f, ...readTimeml(readFileSync(join(dir, f), 'utf8')) });
    } catch (err) {
      process.stderr.write(`eval tempeval: ${join(dir, f)}: ${(err as Error).message}\n`);
    }
  }
  return docs;
}

export async function evaluateTempEval(opts: EvalOptions): Promise<EvalRow[]> {
  const root = join(opts.shared, 'datasets', 'tempeval3');
  if (!existsSync(root)) return [];
  const rows: EvalRow[] = [];
  const platinum = scoreTimexDocuments(
    readFolder(join(root, 'te3-platinum')),
    opts.misses ? outPath(opts.out, 'misses-te3-platinum.tsv') : undefined,
  );
  rows.push(
    ...timexRows(
      'te3-platinum',
      platinum,
      {
        relaxed: 'HeidelTime 0.903',
        strict: 'HeidelTime 0.813',
        value: 'HeidelTime 0.776; chrono-node ≈0.22',
      },
      { relaxed: 0.9, value: 0.8 },
    ),
  );
  const tbaq = [
    ...readFolder(join(root, 'TBAQ-cleaned', 'TimeBank')),
    ...readFolder(join(root, 'TBAQ-cleaned', 'AQUAINT')),
  ];
  const dev = scoreTimexDocuments(tbaq, opts.misses ? outPath(opts.out, 'misses-tbaq.tsv') : undefined);
  rows.push(...timexRows('tbaq (dev)', dev, {}));
  return rows;
}
