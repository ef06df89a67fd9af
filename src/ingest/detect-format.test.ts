import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat, isBinary } from './detect-format.js';
import type { InputFormat } from './read-item.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test('content first, then the extension, then plain text', () => {
  const cases: Array<[string, string, InputFormat | null]> = [
    ['WARC/1.1\r\nWARC-Type: warcinfo', 'x.bin', 'warc'],
    ['date 2021-03-05 Quill said.', 'a.txt', 'seed'],
    ['  \ndate 2021-03-05 Quill said.', 'a', 'seed'],
    ['{"id":"a","text":"t"}\n', 'a.txt', 'jsonl'],
    ['<?xml version="1.0"?><rss version="2.0"><channel>', 'a.xml', 'feed'],
    ['<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', 'a', 'feed'],
    ['<!DOCTYPE html><html><body>', 'a.txt', 'html'],
    ['<html lang="en"><head>', 'a', 'html'],
    ['<!-- saved page --><div>', 'a', 'html'],
    ['Just words, said Quill.', 'a.jsonl', 'jsonl'],
    ['Just words.', 'a.jsonl.gz', 'jsonl'],
    ['Just words.', 'page.HTM', 'html'],
    ['Just words.', 'page.rss', 'feed'],
    ['Just words.', 'crawl.warc', 'warc'],
    ['Just words.', 'notes', 'txt'],
    ['Just words.', 'notes.md', 'txt'],
    ['\u0000\u0001\u0002PNG', 'a.txt', null],
  ];
  for (const [head, path, expected] of cases)
    assert.equal(detectFormat(bytes(head), path), expected, `${path}: ${head}`);
});

test('binary: NUL bytes or many invalid sequences', () => {
  const random = Uint8Array.from({ length: 512 }, (_, i) => (i * 97 + 131) % 256);
  const cases: Array<[Uint8Array, boolean]> = [
    [bytes('Plain “curly” text — with dashes.\n'), false],
    [Uint8Array.from([0x68, 0x00, 0x69]), true],
    [random, true],
    [Uint8Array.from([...bytes('ok text '), 0xe2, 0x80]), false], // a sequence cut at the sample's end
  ];
  for (const [head, expected] of cases) assert.equal(isBinary(head), expected);
});
