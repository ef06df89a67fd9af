// onrecord clusters: quote clusters (one utterance by one speaker across articles), largest first.
import { z } from 'zod';
import { listClusters, type QuoteCluster } from '../../corpus/index.js';
import { withStoreCorpus } from '../../store/corpus-backend.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { parseArgs } from '../args.js';

const spec = {
  command: 'clusters',
  summary: 'List quote clusters, largest first: the reports of one utterance by one speaker across articles.',
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    speaker: {
      type: 'string',
      help: 'clusters of this speaker ("Putin" finds "Vladimir Putin")',
      value: 'NAME',
    },
    limit: {
      type: 'string',
      help: 'at most N clusters (default 50)',
      value: 'N',
      schema: z.coerce.number().int().min(1).default(50),
    },
    json: { type: 'boolean', help: 'one JSON cluster a line' },
  },
  positionals: { max: 0 },
} as const;

/** The one-line summary of a cluster. */
export function summarizeCluster(c: QuoteCluster) {
  return {
    id: c.id,
    speaker: c.speaker,
    canonical: c.canonical,
    reports: c.reports.length,
    outlets: c.outlets,
    variants: c.variants.length,
    firstReport: c.firstReport
      ? { article: c.firstReport.article, outlet: c.firstReport.outlet, time: c.firstReport.time }
      : null,
    first: c.first,
    last: c.last,
    spreadHours: c.spreadHours,
  };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const f = parsed.flags;
  try {
    const clusters = await withStoreCorpus(f.db ?? DEFAULT_DB, async (backend, sync) => {
      for (const e of sync.errors) process.stderr.write(`onrecord clusters: ${e}\n`);
      return listClusters(backend, f.speaker ? { speaker: f.speaker } : {});
    });
    const shown = clusters.slice(0, f.limit);
    if (f.json) {
      for (const c of shown) process.stdout.write(`${JSON.stringify(summarizeCluster(c))}\n`);
    } else {
      for (const c of shown) {
        const first = c.firstReport
          ? `${c.firstReport.time ?? '?'} ${c.firstReport.outlet ?? c.firstReport.article}`
          : '-';
        const text = c.canonical.replace(/\s+/g, ' ');
        process.stdout.write(
          `${c.id}  ${String(c.reports.length).padStart(3)} reports ${String(c.outlets).padStart(3)} outlets  ${c.speaker}: “${text.length > 70 ? `${text.slice(0, 69)}…` : text}”  first ${first}\n`,
        );
      }
    }
    process.stderr.write(
      `${shown.length} of ${clusters.length} cluster${clusters.length === 1 ? '' : 's'}\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`onrecord clusters: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
