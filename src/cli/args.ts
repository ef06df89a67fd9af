// The one flag parser every command uses: declare flags once, get typed values, `--help` text and clear errors.
//
//   const parsed = parseArgs(args, {
//     command: 'extract',
//     usage: '[FILE…]',
//     summary: 'print one JSON quote record a line',
//     flags: {
//       format: { type: 'string', help: 'input format', value: 'F', schema: z.enum(['seed', 'jsonl']).optional() },
//       quiet: { type: 'boolean', short: 'q', help: 'no progress output' },
//       limit: { type: 'string', help: 'at most N', value: 'N', schema: z.coerce.number().int().positive().default(20) },
//     },
//   });
//   if (!parsed.ok) return parsed.exitCode; // help printed to stdout (0) or error to stderr (2)
//   parsed.flags.format; parsed.flags.quiet; parsed.positionals;
//
// A camelCase key `dryRun` is the flag `--dry-run`. `--flag value`, `--flag=value`, `-q`, `--` and `-` (stdin) work.
import { parseArgs as parseNodeArgs } from 'node:util';
import type { z } from 'zod';

export interface FlagSpec {
  /** `boolean` takes no value; `string` takes one; `strings` may repeat and collects a list. */
  type: 'boolean' | 'string' | 'strings';
  short?: string;
  help: string;
  /** Placeholder for the value in the help text ("PATH", "N"). */
  value?: string;
  /** Validates and converts the raw value (string, string[] or boolean; undefined when absent). */
  schema?: z.ZodType;
}

export interface CommandSpec<F extends Record<string, FlagSpec>> {
  /** Command name as typed ("extract"). */
  command: string;
  /** What follows the command in the usage line ("[FILE…]", "ARTICLE_ID"). */
  usage?: string;
  summary?: string;
  flags: F;
  /** Bounds on the number of positionals. */
  positionals?: { min?: number; max?: number };
}

type RawValue<S extends FlagSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'strings'
    ? string[]
    : string | undefined;

export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]: F[K]['schema'] extends z.ZodType ? z.output<F[K]['schema']> : RawValue<F[K]>;
};

export type ParsedArgs<F extends Record<string, FlagSpec>> =
  | { ok: true; flags: FlagValues<F>; positionals: string[] }
  | { ok: false; exitCode: number };

export interface ParseOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const DEFAULT_OUTPUT: ParseOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** `dryRun` → `dry-run`. */
export function toFlagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The `--help` text of a command. */
export function helpText<F extends Record<string, FlagSpec>>(spec: CommandSpec<F>): string {
  const rows: Array<[string, string]> = Object.entries(spec.flags).map(([key, flag]) => {
    const long = `--${toFlagName(key)}${flag.type === 'boolean' ? '' : ` ${flag.value ?? 'VALUE'}`}`;
    return [
      flag.short ? `-${flag.short}, ${long}` : `    ${long}`,
      flag.type === 'strings' ? `${flag.help} (repeatable)` : flag.help,
    ];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  const usage = `usage: onrecord ${spec.command}${spec.usage ? ` ${spec.usage}` : ''} [options]`;
  return `${usage}\n${spec.summary ? `\n${spec.summary}\n` : ''}\noptions:\n${lines.join('\n')}\n`;
}

/** Parses a command's arguments; prints help or a one-line error itself and then returns `ok: false`. */
export function parseArgs<F extends Record<string, FlagSpec>>(
  argv: string[],
  spec: CommandSpec<F>,
  output: ParseOutput = DEFAULT_OUTPUT,
): ParsedArgs<F> {
  const fail = (message: string): ParsedArgs<F> => {
    output.stderr(`onrecord ${spec.command}: ${message}\n(see onrecord ${spec.command} --help)\n`);
    return { ok: false, exitCode: 2 };
  };
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [key, flag] of Object.entries(spec.flags)) {
    options[toFlagName(key)] = {
      type: flag.type === 'boolean' ? 'boolean' : 'string',
      ...(flag.type === 'strings' ? { multiple: true } : {}),
      ...(flag.short ? { short: flag.short } : {}),
    };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: argv, options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (err) {
    return fail(describeNodeError(err));
  }
  if (parsed.values.help === true) {
    output.stdout(helpText(spec));
    return { ok: false, exitCode: 0 };
  }
  const flags: Record<string, unknown> = {};
  for (const [key, flag] of Object.entries(spec.flags)) {
    const name = toFlagName(key);
    let raw = parsed.values[name];
    if (raw === undefined && flag.type === 'boolean') raw = false;
    if (raw === undefined && flag.type === 'strings') raw = [];
    if (!flag.schema) {
      flags[key] = raw;
      continue;
    }
    const result = flag.schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      return fail(
        `--${name}${raw === undefined ? '' : ` ${JSON.stringify(raw)}`}: ${issue?.message ?? 'invalid value'}`,
      );
    }
    flags[key] = result.data;
  }
  const count = parsed.positionals.length;
  const { min = 0, max = Number.POSITIVE_INFINITY } = spec.positionals ?? {};
  if (count < min) return fail(`expected ${spec.usage ?? `at least ${min} argument(s)`}`);
  if (count > max) return fail(`unexpected argument '${parsed.positionals[max]}'`);
  return { ok: true, flags: flags as FlagValues<F>, positionals: parsed.positionals };
}

// "Unknown option '--fromat'. To specify a positional argument starting with a '-', …" → first sentence.
function describeNodeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split(/\.\s/)[0] ?? message;
  return first
    .replace(/\.$/, '')
    .replace(/^Unknown option/, 'unknown option')
    .replace(/^Option/, 'option');
}
