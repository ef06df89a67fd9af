import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PassCpu, type PoolRun, scalingBound, splitCpu, threadCpuMs } from './measure-workers.js';

const main = process.pid;

test('splitCpu: pool threads, helper threads and the main thread apart', () => {
  const cases: Array<[string, Map<number, number>, Map<number, number>, number[], PassCpu]> = [
    [
      'each kind its own',
      new Map([
        [main, 100],
        [7001, 500],
        [7002, 20],
      ]),
      new Map([
        [main, 130],
        [7001, 1500],
        [7002, 220],
      ]),
      [7001],
      { pool: 1000, helpers: 200, main: 30 },
    ],
    [
      'a thread started during the pass counts from zero',
      new Map([[main, 0]]),
      new Map([
        [main, 10],
        [7003, 40],
      ]),
      [],
      { pool: 0, helpers: 40, main: 10 },
    ],
  ];
  for (const [name, before, after, pool, expected] of cases)
    assert.deepEqual(splitCpu(before, after, new Set(pool)), expected, name);
  assert.equal(splitCpu(null, new Map(), new Set()), null);
});

const run = (workers: number, cpu: PassCpu | null): PoolRun => ({
  workers,
  articles: 100,
  ms: 1000,
  articlesPerSecond: 100,
  errors: 0,
  cpu,
});

test('scalingBound: what two threads can gain over one from their CPU', () => {
  const cases: Array<[string, PoolRun, PoolRun, number | null]> = [
    // no helper work at all: two threads on two cores do twice the work
    [
      'pure analysis',
      run(1, { pool: 200, helpers: 0, main: 0 }),
      run(2, { pool: 200, helpers: 0, main: 0 }),
      2,
    ],
    // one thread's compiler work runs on the idle core; two threads must fit it on their two
    [
      'helpers take the spare core',
      run(1, { pool: 200, helpers: 50, main: 0 }),
      run(2, { pool: 200, helpers: 50, main: 0 }),
      1.6,
    ],
    // one thread's helper work fits beside it on the other core
    [
      'helpers within the spare core',
      run(1, { pool: 100, helpers: 60, main: 0 }),
      run(2, { pool: 100, helpers: 0, main: 0 }),
      2,
    ],
    ['no CPU figures', run(1, null), run(2, { pool: 1, helpers: 0, main: 0 }), null],
  ];
  for (const [name, one, two, expected] of cases) {
    const got = scalingBound(one, two, 2);
    if (expected === null) assert.equal(got, null, name);
    else assert.ok(got !== null && Math.abs(got - expected) < 1e-9, `${name}: ${got}`);
  }
});

test('threadCpuMs reads this thread on Linux', { skip: process.platform !== 'linux' }, () => {
  const cpu = threadCpuMs();
  assert.ok(cpu?.has(main));
});
