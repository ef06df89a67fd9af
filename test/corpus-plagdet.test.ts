import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignPassages } from '../src/corpus/align-passages.js';
import { type PlagCase, scorePlagdet } from '../src/corpus/plagdet.js';
import { SENTENCES } from './corpus-fixtures.js';

const c = (
  thisStart: number,
  thisEnd: number,
  sourceStart: number,
  sourceEnd: number,
  pair = 'p',
): PlagCase => ({ pair, thisStart, thisEnd, sourceStart, sourceEnd });

test('plagdet: precision, recall, granularity', () => {
  const cases: Array<
    [string, PlagCase[], PlagCase[], { precision: number; recall: number; granularity: number }]
  > = [
    ['exact', [c(0, 100, 0, 100)], [c(0, 100, 0, 100)], { precision: 1, recall: 1, granularity: 1 }],
    ['half found', [c(0, 100, 0, 100)], [c(0, 50, 0, 50)], { precision: 1, recall: 0.5, granularity: 1 }],
    [
      'twice too long',
      [c(0, 100, 0, 100)],
      [c(0, 200, 0, 200)],
      { precision: 0.5, recall: 1, granularity: 1 },
    ],
    [
      'split in two',
      [c(0, 100, 0, 100)],
      [c(0, 50, 0, 50), c(50, 100, 50, 100)],
      { precision: 1, recall: 1, granularity: 2 },
    ],
    [
      'overlap on one side only',
      [c(0, 100, 0, 100)],
      [c(0, 100, 500, 600)],
      { precision: 0, recall: 0, granularity: 1 },
    ],
    [
      'other pair',
      [c(0, 100, 0, 100)],
      [c(0, 100, 0, 100, 'q')],
      { precision: 0, recall: 0, granularity: 1 },
    ],
  ];
  for (const [name, truth, found, want] of cases) {
    const s = scorePlagdet(truth, found);
    assert.deepEqual({ precision: s.precision, recall: s.recall, granularity: s.granularity }, want, name);
  }
  assert.equal(
    scorePlagdet([c(0, 100, 0, 100)], [c(0, 50, 0, 50), c(50, 100, 50, 100)]).plagdet,
    1 / Math.log2(3),
  );
});

test('alignPassages finds a reused run of sentences and nothing in unrelated text', () => {
  const source = [...SENTENCES[0]!, ...SENTENCES[1]!].join(' ');
  const reused = SENTENCES[1]!.slice(1, 5).join(' ');
  const suspicious = `${SENTENCES[3]!.slice(0, 3).join(' ')} ${reused} ${SENTENCES[2]!.slice(0, 2).join(' ')}`;
  const found = alignPassages(suspicious, source);
  assert.equal(found.length, 1);
  const p = found[0]!;
  assert.equal(suspicious.slice(p.thisStart, p.thisEnd), reused);
  assert.equal(source.slice(p.sourceStart, p.sourceEnd), reused);
  assert.deepEqual(alignPassages(SENTENCES[3]!.join(' '), source), []);
});
