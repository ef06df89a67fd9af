// onrecord serve [--db PATH|URL] [--port N] [--host H] [--token T] [--cors ORIGIN]: the HTTP API and the web app.
import { z } from 'zod';
import { createApp } from '../../server/create-app.js';
import { startServer } from '../../server/start-server.js';
import { wireCorpus } from '../../server/wire-corpus.js';
import { openStore } from '../../store/open-store.js';
import { parseArgs } from '../args.js';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    command: 'serve',
    summary:
      'serve the HTTP API (/api, /api/openapi.json) and the web app; loopback only unless --host says otherwise',
    flags: {
      db: {
        type: 'string',
        value: 'PATH|URL',
        help: 'SQLite file or postgres:// URL (default: the store default)',
      },
      port: {
        type: 'string',
        value: 'N',
        help: 'port to listen on (default 8080; 0 picks a free one)',
        schema: z.coerce.number().int().min(0).max(65535).default(8080),
      },
      host: {
        type: 'string',
        value: 'H',
        help: 'address to bind (default 127.0.0.1)',
        schema: z.string().min(1).default('127.0.0.1'),
      },
      token: {
        type: 'string',
        value: 'T',
        help: 'bearer token for POST /api/articles (or env ONRECORD_TOKEN); without one writing is off',
      },
      cors: { type: 'string', value: 'ORIGIN', help: 'allow this origin by CORS (off by default)' },
    },
    positionals: { max: 0 },
  });
  if (!parsed.ok) return parsed.exitCode;
  const { db, port, host, cors } = parsed.flags;
  const token = parsed.flags.token ?? process.env.ONRECORD_TOKEN ?? undefined;

  const store = await openStore(db);
  const wired = await wireCorpus(store);
  for (const e of wired.errors) process.stderr.write(`onrecord serve: ${e}\n`);
  const corpus = wired.views;
  const app = createApp({ store, ...(token ? { token } : {}), ...(cors ? { cors } : {}), corpus });
  const server = await startServer(app, port, host);
  process.stderr.write(
    `onrecord serve: ${server.url} (store: ${store.kind}; writing ${token ? 'on, bearer token required' : 'off: no --token'})\n`,
  );
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(
      `onrecord serve: listening on ${host}, not loopback: anyone who can reach it can read the store\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
