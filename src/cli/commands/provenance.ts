// onrecord provenance ARTICLE_ID: is the article a copy, which earlier articles its sentences come from,
// whether it is stitched from several and spun (aliases swapped), with the substitutions.
import { getProvenance, toProvenanceJson } from '../../corpus/index.js';
import { withStoreCorpus } from '../../store/corpus-backend.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { parseArgs } from '../args.js';

const spec = {
  command: 'provenance',
  usage: 'ARTICLE_ID',
  summary:
    "Show an article's provenance: copy of, sources per sentence, stitched, spun and its substitutions.",
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    json: {
      type: 'boolean',
      help: '{"article","copyOf","sources":[{"article","sentences","spun"}],"stitched","spun","reusedShare",…}',
    },
    sentences: {
      type: 'boolean',
      help: 'with --json: also every reused sentence and the rules that decided',
    },
  },
  positionals: { min: 1, max: 1 },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const f = parsed.flags;
  const id = parsed.positionals[0] ?? '';
  try {
    const p = await withStoreCorpus(f.db ?? DEFAULT_DB, (backend) => getProvenance(backend, id));
    if (!p) {
      process.stderr.write(`onrecord provenance: no article '${id}' in the store\n`);
      return 1;
    }
    if (f.json) {
      const out = f.sentences
        ? { ...toProvenanceJson(p), sentences: p.sentences, rules: p.rules }
        : toProvenanceJson(p);
      process.stdout.write(`${JSON.stringify(out)}\n`);
      return 0;
    }
    const flags = [
      p.copyOf ? `copy of ${p.copyOf}` : null,
      p.stitched ? 'stitched' : null,
      p.spun ? 'spun' : null,
    ].filter(Boolean);
    const lines = [
      `${p.article}: ${flags.length ? flags.join(', ') : 'no copy, stitching or spin found'}; ${(p.reusedShare * 100).toFixed(0)} % of its words in sentences found in earlier articles`,
      ...(p.sources.length
        ? [
            'sources:',
            ...p.sources.map(
              (s) =>
                `  ${s.article}  ${s.outlet ?? ''}  ${s.time ?? ''}  ${s.sentences} sentence${s.sentences === 1 ? '' : 's'} (${(s.share * 100).toFixed(0)} %)${s.spun ? '  spun' : ''}`,
            ),
          ]
        : []),
      ...(p.substitutions.length
        ? [
            'substitutions:',
            ...p.substitutions.map(
              (s) =>
                `  “${s.text}” for “${s.usual}” at ${s.start} (${s.source ? `from ${s.source}` : 'no source found'})`,
            ),
          ]
        : []),
      ...(p.rules.length ? [`rules: ${p.rules.join(', ')}`] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`onrecord provenance: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
