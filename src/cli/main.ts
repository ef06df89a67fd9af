// onrecord's command line: one module per command under src/cli/commands/, loaded on demand.

export type CommandRun = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  extract: {
    summary: 'print one JSON quote record a line for the articles given',
    load: () => import('./commands/extract.js'),
  },
  dates: {
    summary: 'print the time expressions of the articles given',
    load: () => import('./commands/dates.js'),
  },
  ingest: {
    summary: 'analyze articles and store them (SQLite by default)',
    load: () => import('./commands/ingest.js'),
  },
  quotes: { summary: 'search stored quotes', load: () => import('./commands/quotes.js') },
  speakers: {
    summary: 'list canonical speakers with aliases and quote counts',
    load: () => import('./commands/speakers.js'),
  },
  show: { summary: 'print an article with its quotes marked', load: () => import('./commands/show.js') },
  clusters: { summary: 'list quote clusters', load: () => import('./commands/clusters.js') },
  cluster: { summary: 'show one quote cluster', load: () => import('./commands/cluster.js') },
  provenance: {
    summary: "show an article's copies, sources and spin",
    load: () => import('./commands/provenance.js'),
  },
  serve: { summary: 'serve the HTTP API and web app', load: () => import('./commands/serve.js') },
  enqueue: {
    summary: 'put articles on the PostgreSQL work queue',
    load: () => import('./commands/enqueue.js'),
  },
  worker: {
    summary: 'take work from the PostgreSQL queue, analyze and store',
    load: () => import('./commands/worker.js'),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: onrecord <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nonrecord <command> --help for a command's options\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('onrecord 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`onrecord: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
