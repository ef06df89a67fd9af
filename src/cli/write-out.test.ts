import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createOutput } from './write-out.js';

function sink(fail: string | null, highWaterMark = 16) {
  const got: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk, _encoding, callback) {
      got.push(String(chunk));
      callback(fail ? Object.assign(new Error(fail), { code: fail }) : null);
    },
  });
  return { got, stream };
}

test('writes with backpressure', async () => {
  const { got, stream } = sink(null, 4);
  const out = createOutput(stream);
  for (const line of ['{"a":1}\n', '{"a":2}\n', '{"a":3}\n']) assert.equal(await out.write(line), true);
  assert.deepEqual(got, ['{"a":1}\n', '{"a":2}\n', '{"a":3}\n']);
});

test('a closed pipe ends the output quietly', async () => {
  const { stream } = sink('EPIPE', 4);
  const out = createOutput(stream);
  await out.write('{"a":1}\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(out.closed, true);
  assert.equal(await out.write('{"a":2}\n'), false);
});
