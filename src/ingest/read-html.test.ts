import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, readHtml } from './read-html.js';

const input = { name: 'bridge', path: 'pages/bridge.html' };

const BODY = `<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
  <h1>Mayor backs bridge</h1>
  <p>The mayor of Lindenport, Ada Quill, said on Tuesday that the bridge would open
     “before the winter rains”, according to a statement from the harbour office.</p>
  <p>“We will not wait another year,” Quill told reporters. She added that the council
     had approved the <b>budget</b> for the works, and that the tender would close soon.</p>
  <figure><img src="b.jpg"><figcaption>The old bridge (Photo: Archive)</figcaption></figure>
  <p>Critics said the plan was rushed and that the costs had not been checked by anyone.</p>
  <script>var tracking = 1;</script>
</article>
<footer>© Harbor Times</footer>`;

function page(head: string, body = BODY): string {
  return `<!doctype html><html><head><title>Mayor backs bridge | Harbor Times</title>${head}</head><body>${body}</body></html>`;
}

test('body text: paragraphs separated by blank lines, whitespace collapsed, chrome and captions dropped', () => {
  const reading = extractHtml(page(''), input);
  assert.ok(reading);
  const paragraphs = reading.article.text.split('\n\n');
  assert.deepEqual(
    paragraphs.map((p) => p.slice(0, 30)),
    ['The mayor of Lindenport, Ada Q', '“We will not wait another year', 'Critics said the plan was rush'],
  );
  assert.match(reading.article.text, /would open “before the winter rains”/);
  assert.match(reading.article.text, /approved the budget for/);
  assert.doesNotMatch(reading.article.text, /Photo|tracking|Home|©/);
  assert.equal(reading.rules.text, 'ingest/html/text-from-readability');
});

test('metadata: each field from the first rule that has it', () => {
  const cases: Array<[string, Record<string, string | undefined>, Record<string, string>]> = [
    [
      '<meta property="og:site_name" content="Harbor Times"><meta property="article:published_time" content="2021-03-05T09:00:00+01:00"><meta property="og:title" content="Mayor backs bridge"><link rel="canonical" href="https://harbor.example/bridge">',
      {
        date: '2021-03-05',
        published: '2021-03-05T09:00:00+01:00',
        source: 'Harbor Times',
        title: 'Mayor backs bridge',
        url: 'https://harbor.example/bridge',
      },
      {
        date: 'ingest/html/published-from-meta',
        source: 'ingest/html/outlet-from-meta',
        title: 'ingest/html/title-from-meta',
        url: 'ingest/html/url-from-meta',
      },
    ],
    [
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Bridge to open","datePublished":"2021-03-04","publisher":{"@type":"Organization","name":"Lindenport Ledger"}}]}</script>',
      {
        date: '2021-03-04',
        published: undefined,
        source: 'Lindenport Ledger',
        title: 'Bridge to open',
        url: undefined,
      },
      {
        date: 'ingest/html/published-from-json-ld',
        source: 'ingest/html/outlet-from-json-ld',
        title: 'ingest/html/title-from-json-ld',
      },
    ],
    [
      '<script type="application/ld+json">{broken</script><meta name="date" content="not a date">',
      {
        date: '2021-03-03',
        published: undefined,
        source: undefined,
        title: 'Mayor backs bridge | Harbor Times',
        url: undefined,
      },
      { date: 'ingest/html/published-from-time-element', title: 'ingest/html/title-from-title-element' },
    ],
  ];
  const withTime = BODY.replace('<h1>', '<time datetime="2021-03-03">3 March</time><h1>');
  for (const [head, expected, rules] of cases) {
    const reading = extractHtml(page(head, withTime), input);
    assert.ok(reading, head);
    const { date, published, source, title, url } = reading.article;
    assert.deepEqual({ date, published, source, title, url }, expected, head);
    const { text: _text, ...metaRules } = reading.rules;
    assert.deepEqual(metaRules, rules, head);
    assert.equal(reading.article.id, 'bridge');
  }
});

test('fallbacks: the fetch url and date when the page has none', () => {
  const reading = extractHtml(page(''), input, {
    id: 'x-1',
    url: 'https://harbor.example/b?x=1',
    fallbackDate: '2021-03-09T12:00:00Z',
  });
  assert.ok(reading);
  assert.equal(reading.article.id, 'x-1');
  assert.equal(reading.article.url, 'https://harbor.example/b?x=1');
  assert.equal(reading.article.date, '2021-03-09');
  assert.equal(reading.rules.date, 'ingest/html/date-from-fallback');
});

test('a short page falls back to its body text', () => {
  const reading = extractHtml('<html><body><p>Quill said yes.</p><p>Then left.</p></body></html>', input);
  assert.ok(reading);
  assert.equal(reading.article.text, 'Quill said yes.\n\nThen left.');
});

test('a fragment without <html> is read as a page', () => {
  const cases: Array<[string, string]> = [
    ['<!-- saved --> <p>Quill said yes.</p>', 'Quill said yes.'],
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
  ];
  for (const [html, text] of cases) assert.equal(extractHtml(html, input)?.article.text, text, html);
});

test('a page without text is an error naming it', () => {
  assert.deepEqual(
    readHtml('<html><head><title>Empty</title></head><body><script>x()</script></body></html>', input),
    [{ error: { where: 'pages/bridge.html', message: 'HTML page without readable text' } }],
  );
});
