// onrecord cluster ID: one quote cluster: its variants, every report in time order, the first report.
import { getCluster } from '../../corpus/index.js';
import { withStoreCorpus } from '../../store/corpus-backend.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { parseArgs } from '../args.js';

const spec = {
  command: 'cluster',
  usage: 'ID',
  summary: 'Show one quote cluster: variants, reports in time order, the first independent report.',
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    json: { type: 'boolean', help: 'the cluster as JSON' },
  },
  positionals: { min: 1, max: 1 },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const f = parsed.flags;
  const id = parsed.positionals[0] ?? '';
  try {
    const c = await withStoreCorpus(f.db ?? DEFAULT_DB, (backend) => getCluster(backend, id));
    if (!c) {
      process.stderr.write(`onrecord cluster: no cluster '${id}'\n`);
      return 1;
    }
    if (f.json) {
      process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `${c.id}  ${c.speaker}`,
      `canonical: “${c.canonical}”`,
      `${c.reports.length} reports (${c.independentReports} independent) in ${c.outlets} outlets, ${c.first ?? '?'} … ${c.last ?? '?'}${c.spreadHours !== null ? ` (${c.spreadHours} h)` : ''}`,
      `first report: ${c.firstReport ? `${c.firstReport.time ?? '?'} ${c.firstReport.outlet ?? ''} ${c.firstReport.article}` : '-'}${c.firstReportTies ? ` (${c.firstReportTies} other articles reported it at the same time)` : ''}`,
      '',
      'variants:',
      ...c.variants.map((v) => `  ×${v.reports} (${v.outlets} outlets)  “${v.text}”`),
      '',
      'reports:',
      ...c.reports.map(
        (r) =>
          `  ${r.time ?? '?'}  ${r.outlet ?? '-'}  ${r.article}${r.copyOf ? `  (copy of ${r.copyOf})` : ''}`,
      ),
      ...(c.alsoAttributedTo.length
        ? ['', 'also attributed to:', ...c.alsoAttributedTo.map((a) => `  ${a.speaker}  ${a.clusterId}`)]
        : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`onrecord cluster: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
