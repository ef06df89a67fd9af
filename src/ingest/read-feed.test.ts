import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../types.js';
import { readFeed } from './read-feed.js';
import type { ReadItem } from './read-item.js';

const input = { name: 'ledger', path: 'feeds/ledger.xml' };

function articles(items: ReadItem[]): Array<Article | string> {
  return items.map((i) => ('article' in i ? i.article : `${i.error.where}: ${i.error.message}`));
}

test('RSS: each item an article, HTML stripped, outlet from the channel', () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lindenport Ledger</title><link>https://ledger.example</link>
<item><title>Quill backs bridge</title><link>https://ledger.example/quill</link><guid>ledger-1</guid>
<pubDate>Sun, 07 Mar 2021 23:10:00 -0500</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>“We will not wait,” Quill said.</p><p>The <b>council</b> agreed.</p>]]></content:encoded></item>
<item><title>Ferry fares</title><guid isPermaLink="false">ledger-2</guid><description>&lt;p&gt;Fares rise, the operator said.&lt;/p&gt;</description></item>
<item><title>Empty one</title><link>https://ledger.example/empty</link></item>
</channel></rss>`;
  const got = articles(readFeed(rss, input));
  assert.equal(got.length, 3);
  const [first, second, third] = got as [Article, Article, string];
  assert.deepEqual(
    { ...first, id: first.id.replace(/-[0-9a-f]{12}$/, '-HASH') },
    {
      id: 'ledger.example-HASH',
      date: '2021-03-07',
      text: '“We will not wait,” Quill said.\n\nThe council agreed.',
      title: 'Quill backs bridge',
      url: 'https://ledger.example/quill',
      source: 'Lindenport Ledger',
      published: '2021-03-08T04:10:00.000Z',
    },
  );
  assert.equal(second.text, 'Fares rise, the operator said.');
  assert.equal(second.date, null);
  assert.match(second.id, /^id-[0-9a-f]{12}$/);
  assert.equal(third, "feeds/ledger.xml#3: feed item 'Empty one' has no content or description");
});

test('Atom: entries with alternate links, published date, content over summary', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Harbor Times</title><id>urn:harbor</id>
<entry><title>Toll plan</title><id>urn:harbor:1</id>
<link rel="self" href="https://harbor.example/api/1"/><link rel="alternate" href="https://harbor.example/toll"/>
<published>2021-03-05T09:00:00+01:00</published><updated>2021-03-06T10:00:00Z</updated>
<summary>Summary only.</summary><content type="html">&lt;p&gt;Tolls will rise, Quill said.&lt;/p&gt;</content></entry>
<entry><title>Second</title><id>urn:harbor:2</id><updated>2021-03-07T10:00:00Z</updated><summary>Just a summary.</summary></entry>
</feed>`;
  const [first, second] = articles(readFeed(atom, input)) as [Article, Article];
  assert.equal(first.url, 'https://harbor.example/toll');
  assert.equal(first.date, '2021-03-05');
  assert.equal(first.published, '2021-03-05T09:00:00+01:00');
  assert.equal(first.text, 'Tolls will rise, Quill said.');
  assert.equal(first.source, 'Harbor Times');
  assert.equal(first.title, 'Toll plan');
  assert.equal(second.text, 'Just a summary.');
  assert.equal(second.date, '2021-03-07');
});

test('a broken or empty feed is one error naming the file', () => {
  const cases: Array<[string, RegExp]> = [
    [
      '<rss version="2.0"><channel><title>X</title></channel></rss>',
      /^feeds\/ledger.xml: feed without items$/,
    ],
    ['<html><body>not a feed</body></html>', /^feeds\/ledger.xml: not a readable RSS\/Atom feed/],
  ];
  for (const [xml, message] of cases) {
    const got = articles(readFeed(xml, input));
    assert.equal(got.length, 1);
    assert.match(String(got[0]), message);
  }
});
