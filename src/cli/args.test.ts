import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { type CommandSpec, helpText, parseArgs, toFlagName } from './args.js';

const spec = {
  command: 'demo',
  usage: '[FILE…]',
  summary: 'a demo command',
  flags: {
    format: {
      type: 'string',
      help: 'input format',
      value: 'F',
      schema: z.enum(['seed', 'jsonl']).optional(),
    },
    quiet: { type: 'boolean', short: 'q', help: 'no progress' },
    limit: {
      type: 'string',
      help: 'at most N',
      value: 'N',
      schema: z.coerce.number().int().positive().default(20),
    },
    dryRun: { type: 'boolean', help: 'do nothing' },
    db: { type: 'string', help: 'store path', value: 'PATH' },
    tag: { type: 'strings', help: 'a tag', value: 'T' },
  },
} satisfies CommandSpec<Record<string, import('./args.js').FlagSpec>>;

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    sink: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
}

test('parses flags and positionals', () => {
  const cases: Array<[string[], Record<string, unknown>, string[]]> = [
    [[], { format: undefined, quiet: false, limit: 20, dryRun: false, db: undefined, tag: [] }, []],
    [
      ['a.txt', '-q', '--format', 'jsonl'],
      { format: 'jsonl', quiet: true, limit: 20, dryRun: false, db: undefined, tag: [] },
      ['a.txt'],
    ],
    [
      ['--limit=5', '--dry-run', '-', '--db', 'x.db'],
      { format: undefined, quiet: false, limit: 5, dryRun: true, db: 'x.db', tag: [] },
      ['-'],
    ],
    [
      ['--tag', 'a', '--tag', 'b', '--', '--quiet'],
      { format: undefined, quiet: false, limit: 20, dryRun: false, db: undefined, tag: ['a', 'b'] },
      ['--quiet'],
    ],
  ];
  for (const [argv, flags, positionals] of cases) {
    const { sink } = capture();
    const parsed = parseArgs(argv, spec, sink);
    assert.ok(parsed.ok, argv.join(' '));
    assert.deepEqual({ ...parsed.flags }, flags);
    assert.deepEqual(parsed.positionals, positionals);
  }
});

test('typed values', () => {
  const parsed = parseArgs(['--limit', '3'], spec, capture().sink);
  assert.ok(parsed.ok);
  const limit: number = parsed.flags.limit;
  const quiet: boolean = parsed.flags.quiet;
  const db: string | undefined = parsed.flags.db;
  assert.equal(limit + (quiet ? 1 : 0) + (db ? 1 : 0), 3);
});

test('rejects bad flags with a one-line reason and exit code 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--fromat', 'x'], /unknown option '--fromat'/],
    [['--format', 'pdf'], /--format "pdf"/],
    [['--limit', '-1'], /--limit/],
    [['--limit', 'many'], /--limit "many"/],
    [['--db'], /--db/],
  ];
  for (const [argv, message] of cases) {
    const { out, sink } = capture();
    const parsed = parseArgs(argv, spec, sink);
    assert.deepEqual(parsed, { ok: false, exitCode: 2 }, argv.join(' '));
    assert.match(out.stderr, message);
    assert.match(out.stderr, /^onrecord demo: /);
  }
});

test('positional bounds', () => {
  const bounded = { command: 'show', usage: 'ARTICLE_ID', flags: {}, positionals: { min: 1, max: 1 } };
  const cases: Array<[string[], boolean]> = [
    [[], false],
    [['a'], true],
    [['a', 'b'], false],
  ];
  for (const [argv, ok] of cases)
    assert.equal(parseArgs(argv, bounded, capture().sink).ok, ok, argv.join(' '));
});

test('--help prints usage and options to stdout, exit 0', () => {
  const { out, sink } = capture();
  assert.deepEqual(parseArgs(['--help'], spec, sink), { ok: false, exitCode: 0 });
  assert.equal(out.stdout, helpText(spec));
  assert.match(out.stdout, /^usage: onrecord demo \[FILE…\] \[options\]/);
  assert.match(out.stdout, /--dry-run/);
  assert.match(out.stdout, /-q, --quiet/);
  assert.match(out.stdout, /--format F +input format/);
});

test('camelCase keys become kebab-case flags', () => {
  const cases: Array<[string, string]> = [
    ['dryRun', 'dry-run'],
    ['db', 'db'],
    ['maxBatchSize', 'max-batch-size'],
  ];
  for (const [key, flag] of cases) assert.equal(toFlagName(key), flag);
});
