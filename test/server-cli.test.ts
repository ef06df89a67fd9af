// `onrecord serve` as a user runs it: flags checked, a real port opened on loopback, stopped by SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/commands/serve.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/onrecord.js');

async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; err: string; out: string }> {
  const [writeErr, writeOut] = [process.stderr.write, process.stdout.write];
  let err = '';
  let out = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), err, out };
  } finally {
    process.stderr.write = writeErr;
    process.stdout.write = writeOut;
  }
}

const usageErrors: Array<[string[], RegExp]> = [
  [['--port', 'eighty'], /--port "eighty"/],
  [['--port', '70000'], /--port "70000"/],
  [['--bogus'], /unknown option '--bogus'/],
  [['extra'], /unexpected argument 'extra'/],
];
for (const [args, message] of usageErrors) {
  test(`serve ${args.join(' ')} → exit 2 with a clear message`, async () => {
    const { value, err } = await quietly(() => run(args));
    assert.equal(value, 2);
    assert.match(err, message);
  });
}

test('serve --help lists the flags', async () => {
  const { value, out } = await quietly(() => run(['--help']));
  assert.equal(value, 0);
  for (const flag of ['--db', '--port', '--host', '--token', '--cors']) assert.ok(out.includes(flag), flag);
});

test('onrecord serve listens on 127.0.0.1, answers /healthz and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-serve-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 's.db'), '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ONRECORD_TOKEN: 'from-env' },
  });
  try {
    let err = '';
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stderr.on('data', (chunk) => {
        err += String(chunk);
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m?.[1]) resolveUrl(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    assert.match(err, /writing on, bearer token required/);
    const health = await fetch(`${url}/healthz`);
    assert.deepEqual(await health.json(), { ok: true, store: 'sqlite', articles: 0 });
    const post = await fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { Authorization: 'Bearer from-env', 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'cli-1', date: '2024-01-02', text: 'Nothing quoted here.' }),
    });
    assert.equal(post.status, 200);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
