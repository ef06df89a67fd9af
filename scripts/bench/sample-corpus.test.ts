// The bundled sample (sample/articles.jsonl) and its gold (sample/gold.jsonl) stay consistent and keep covering
// what sample/README.md promises.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

interface SampleArticle {
  id: string;
  date: string;
  title: string;
  url: string;
  source: string;
  text: string;
}

interface GoldQuote {
  type: string;
  content: string;
  speaker: string | null;
  mention: string | null;
  cue: string | null;
  when: string | null;
}

interface GoldArticle {
  id: string;
  date: string | null;
  text: string;
  quotes: GoldQuote[];
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(resolve(path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
    });

const articles = readJsonl<SampleArticle>('sample/articles.jsonl');
const gold = readJsonl<GoldArticle>('sample/gold.jsonl');

test('the sample has 36-45 dated articles from six outlets, with fictional URLs', () => {
  assert.ok(articles.length >= 36 && articles.length <= 45, `${articles.length} articles`);
  assert.equal(new Set(articles.map((a) => a.id)).size, articles.length);
  assert.equal(new Set(articles.map((a) => a.source)).size, 6);
  for (const a of articles) {
    assert.match(a.date, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/, a.id);
    assert.match(a.url, /^https:\/\/[a-z-]+\.example\.(org|net)\//, a.id);
    assert.ok(a.title && a.text.length > 300, a.id);
  }
});

test('the gold annotates every article with exact substrings', () => {
  assert.deepEqual(
    gold.map((g) => g.id),
    articles.map((a) => a.id),
  );
  gold.forEach((g, i) => {
    const a = articles[i] as SampleArticle;
    assert.equal(g.text, a.text, g.id);
    assert.equal(g.date, a.date.slice(0, 10), g.id);
    const seen = new Set<string>();
    for (const q of g.quotes) {
      assert.ok(q.type === 'direct' || q.type === 'indirect', `${g.id}: ${q.type}`);
      assert.ok(g.text.includes(q.content), `${g.id}: content ${q.content}`);
      if (q.mention !== null) assert.ok(g.text.includes(q.mention), `${g.id}: mention ${q.mention}`);
      if (q.cue !== null) assert.ok(g.text.includes(q.cue), `${g.id}: cue ${q.cue}`);
      if (q.when !== null) assert.match(q.when, /^\d{4}(-\d{2}(-\d{2})?)?$/, g.id);
      assert.ok(!seen.has(q.content), `${g.id}: repeated ${q.content}`);
      seen.add(q.content);
    }
  });
});

test('the sample keeps the forms its README lists', () => {
  const all = articles.map((a) => a.text).join('\n');
  const cases: Array<[string, RegExp]> = [
    ['curly double quotes', /“[^”]+”/],
    ['single curly quotes as marks', /‘[^’]+,’ /],
    ['guillemets', /«[^»]+»/],
    ['a paragraph opening a quote it does not close', /\n‘[^’\n]+\n/],
    ['according to', /[Aa]ccording to/],
    ['a passive report', /was told/],
    ['an upper-case SAYS headline', /^[A-Z ]+ SAYS [A-Z0-9 ]+$/m],
    ['a spun alias', /North Atlantic Treaty Organisation/],
  ];
  for (const [name, re] of cases) assert.match(all, re, name);
  const copies = new Map<string, number>();
  for (const a of articles) copies.set(a.text, (copies.get(a.text) ?? 0) + 1);
  assert.ok(
    [...copies.values()].some((n) => n >= 3),
    'a wire story copied twice',
  );
  const marks = (t: string) => (t.match(/"/g) ?? []).length;
  assert.ok(
    articles.some((a) => marks(a.text) % 2 === 1),
    'an article with an unbalanced quote mark',
  );
});
