import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ReadItem } from './read-inputs.js';
import { readInputs } from './read-inputs.js';

const root = mkdtempSync(join(tmpdir(), 'onrecord-inputs-'));
after(() => rmSync(root, { recursive: true, force: true }));

const JSONL =
  '{"id":"a","date":"2021-03-05","text":"One."}\n{"id":"b","text":"Two."\n{"id":"c","text":"Three."}\n';
mkdirSync(join(root, 'corpus/nested'), { recursive: true });
mkdirSync(join(root, 'corpus/.hidden'), { recursive: true });
writeFileSync(join(root, 'corpus/001_quill.txt'), 'date 2021-03-05 Quill spoke.');
writeFileSync(join(root, 'corpus/day.jsonl'), JSONL);
writeFileSync(join(root, 'corpus/nested/more.jsonl.gz'), gzipSync('{"id":"g","text":"Gz."}\n'));
writeFileSync(join(root, 'corpus/nested/notes.md'), 'not picked up in a directory walk');
writeFileSync(join(root, 'corpus/nested/empty.txt'), '');
writeFileSync(join(root, 'corpus/.hidden/x.txt'), 'hidden');
writeFileSync(join(root, 'notes.md'), 'Named files are read whatever their extension.');
symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
symlinkSync(join(root, 'corpus'), join(root, 'corpus/nested/loop'));

function show(item: ReadItem): string {
  return 'error' in item
    ? `error ${item.error.where.replace(root, '~')}: ${item.error.message}`
    : `${item.where.replace(root, '~')} ${item.article.id}`;
}

test('files and directories (recursive, sorted, hidden and unknown files skipped), errors in place', async () => {
  const inputs = readInputs([
    join(root, 'corpus'),
    join(root, 'notes.md'),
    join(root, 'dangling.txt'),
    join(root, 'nowhere'),
  ]);
  const got: string[] = [];
  for await (const item of inputs) got.push(show(item).replace(/ \(.*\)$/, ''));
  assert.deepEqual(got, [
    '~/corpus/001_quill.txt 001_quill',
    '~/corpus/day.jsonl:1 a',
    'error ~/corpus/day.jsonl:2: invalid JSON',
    '~/corpus/day.jsonl:3 c',
    'error ~/corpus/nested/empty.txt: empty file',
    '~/corpus/nested/more.jsonl.gz:1 g',
    '~/notes.md notes',
    'error ~/dangling.txt: unreadable: no such file or directory',
    'error ~/nowhere: unreadable: no such file or directory',
  ]);
  assert.equal(inputs.files, 5);
  assert.equal(inputs.totalBytes, inputs.bytesRead);
  assert.ok((inputs.totalBytes ?? 0) > JSONL.length);
});

test('stdin: `-` or no path; size unknown', async () => {
  const cases: Array<[string[], string[]]> = [
    [[], ['stdin:1 a', 'stdin:3 c']],
    [['-'], ['stdin:1 a', 'stdin:3 c']],
  ];
  for (const [paths, expected] of cases) {
    async function* stdin() {
      yield new TextEncoder().encode(JSONL);
    }
    const inputs = readInputs(paths, { stdin: stdin() });
    const got: string[] = [];
    for await (const item of inputs) if ('article' in item) got.push(show(item));
    assert.deepEqual(got, expected);
    assert.equal(inputs.totalBytes, null);
    assert.equal(inputs.bytesRead, Buffer.byteLength(JSONL));
  }
});

test('a forced format applies to every input', async () => {
  const got: string[] = [];
  for await (const item of readInputs([join(root, 'corpus/001_quill.txt')], { format: 'txt' })) {
    got.push('article' in item ? `${item.article.date} ${item.article.text}` : item.error.message);
  }
  assert.deepEqual(got, ['null date 2021-03-05 Quill spoke.']);
});
