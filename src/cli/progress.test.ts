import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress, formatBytes, formatDuration } from './progress.js';

function fakeStream(isTTY = false) {
  const lines: string[] = [];
  return { lines, stream: { isTTY, write: (t: string) => lines.push(t) } };
}

test('plain mode: a line per interval with rate, share and ETA; errors in place; a summary', () => {
  let clock = 0;
  const { lines, stream } = fakeStream();
  const progress = createProgress({ label: 'onrecord test', stream, intervalMs: 1000, now: () => clock });
  clock = 500;
  progress.article(100, 1000);
  progress.error('a.jsonl:2', 'invalid JSON');
  clock = 2000;
  progress.article(250, 1000);
  clock = 2500;
  progress.article(300, 1000);
  clock = 4000;
  const summary = progress.stop();
  assert.deepEqual(lines, [
    'onrecord test: a.jsonl:2: invalid JSON\n',
    'onrecord test: 2 articles, 1 errors, 1 articles/s, 25% of 1000 B, ETA 6.0s\n',
    'onrecord test: 3 articles, 1 error in 4.0s (1 articles/s)\n',
  ]);
  assert.deepEqual(summary, { articles: 3, errors: 1, seconds: 4 });
});

test('quiet: only errors print', () => {
  const { lines, stream } = fakeStream(true);
  const progress = createProgress({ label: 'x', quiet: true, stream, intervalMs: 0 });
  progress.article(1, 2);
  progress.error('f.txt', 'empty file');
  progress.stop();
  assert.deepEqual(lines, ['x: f.txt: empty file\n']);
});

test('sizes and durations in words', () => {
  const bytes: Array<[number, string]> = [
    [512, '512 B'],
    [2048, '2.0 KB'],
    [1024 ** 3 * 1.5, '1.5 GB'],
  ];
  for (const [n, s] of bytes) assert.equal(formatBytes(n), s);
  const durations: Array<[number, string]> = [
    [0.42, '0.4s'],
    [42, '42s'],
    [75, '1m15s'],
    [3725, '1h02m'],
  ];
  for (const [n, s] of durations) assert.equal(formatDuration(n), s);
});
