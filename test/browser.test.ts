// End to end in a real browser: Debian's chromium driven by playwright-core against a server started in process on
// 127.0.0.1:0 with an SQLite store of invented articles. Screenshots go to artifacts/ (gitignored).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../src/server/create-app.js';
import { type RunningServer, startServer } from '../src/server/start-server.js';
import {
  coastProvenanceFixture,
  FERRY_CLUSTER,
  ferryClusterFixture,
  SCRIPT_QUOTE,
} from './server-fixtures.js';
import { type FilledStore, openFilledStore } from './server-store.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the browser tests`;
const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts');
const LAPTOP = { width: 1366, height: 820 };
const PHONE = { width: 390, height: 800 };

describe('web app in chromium', { skip }, () => {
  let filled: FilledStore;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filled = await openFilledStore();
    const corpus = {
      getCluster: async (id: string) => (id === FERRY_CLUSTER ? ferryClusterFixture() : null),
      getProvenance: async (id: string) => (id === 'coast-7' ? coastProvenanceFixture() : null),
    };
    server = await startServer(createApp({ store: filled.store, corpus }), 0, '127.0.0.1');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    context = await browser.newContext({ viewport: LAPTOP });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await filled?.cleanup();
  });

  async function open(path: string, viewport = LAPTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on('pageerror', (err) => problems.push(`pageerror ${path}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console ${path}: ${msg.text()}`);
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('body[data-ready]');
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  test('search: filters find the quotes, cards link on', async () => {
    const page = await open('/');
    assert.ok((await page.locator('.quote-card').count()) >= 8);
    await page.fill('input[name=q]', 'ferry');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/search\?q=ferry/);
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 2);
    assert.match((await page.textContent('.result-count')) ?? '', /^2 quotes matching “ferry”/);
    assert.deepEqual((await page.locator('.quote-card .outlet').allTextContents()).sort(), [
      'Coastline Post',
      'Daily Harbour',
    ]);
    await shot(page, 'search-laptop');

    await page.goto(`${server.url}/search?outlet=Valley%20Wire&type=direct`);
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.locator('.quote-card').count(), 1);
    assert.equal(await page.inputValue('input[name=outlet]'), 'Valley Wire');
    assert.equal(await page.inputValue('select[name=type]'), 'direct');
    await page.close();
  });

  test('search: "More quotes" pages through every quote once', async () => {
    const page = await open('/search?limit=3');
    assert.equal(await page.locator('.quote-card').count(), 3);
    await page.click('button.more');
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 6);
    await page.click('button.more');
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 8);
    assert.equal(await page.locator('button.more').count(), 0);
    const ids = await page
      .locator('.quote-card')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-quote')));
    assert.equal(new Set(ids).size, 8);
    await page.close();
  });

  test('speaker page: chart of quotes over time, bars click through to those quotes', async () => {
    const page = await open('/search?speaker=Mara%20Quill');
    await page.click('.quote-card a.speaker >> nth=0');
    await page.waitForSelector('svg.bar-chart');
    assert.equal(await page.textContent('h1'), 'Mara Quill');
    // March to June 2024: four monthly bars, three with quotes (3, 1, 1).
    assert.equal(await page.locator('svg.bar-chart rect.bar').count(), 4);
    assert.deepEqual(
      await page
        .locator('svg.bar-chart a.bar-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('data-period'))),
      ['2024-03', '2024-04', '2024-06'],
    );
    await shot(page, 'speaker-laptop');
    await page.click('svg.bar-chart a.bar-link[data-period="2024-03"]');
    await page.waitForURL(/\/search\?speakerId=.*from=2024-03&to=2024-03/);
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 3);
    const whens = await page.locator('.quote-card .published').allTextContents();
    assert.ok(
      whens.every((w) => w.endsWith('Mar 2024')),
      whens.join(),
    );
    await page.close();
  });

  test('article page: quotes highlighted by speaker, cues underlined, quote with <script> shown as text', async () => {
    const page = await open('/articles/wire-3');
    await page.waitForSelector('mark.q');
    const marks = await page.locator('.article-text mark.q').evaluateAll((ms) =>
      ms.map((m) => ({
        text: m.textContent,
        cls: m.className,
        bg: getComputedStyle(m).backgroundColor,
        shadow: getComputedStyle(m).boxShadow,
      })),
    );
    assert.ok(marks.length >= 2);
    const sandor = marks.find((m) => m.text?.includes('<script>'));
    const quill = marks.find((m) => m.text?.includes('critics'));
    assert.ok(sandor && quill);
    assert.ok(sandor.text?.includes(SCRIPT_QUOTE));
    assert.notEqual(sandor.cls.match(/sp-\d/)?.[0], quill.cls.match(/sp-\d/)?.[0], 'a colour per speaker');
    assert.notEqual(sandor.bg, 'rgba(0, 0, 0, 0)');
    // The title's markup is text too, and nothing ran.
    assert.equal(
      await page.textContent('h1'),
      'Opposition scoffs <b>loudly</b> at <img src=x onerror="window.__pwned=2"> bridge plan',
    );
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('main script, main img, main b').count(), 0);
    const cues = await page
      .locator('.article-text .cue')
      .evaluateAll((cs) => cs.map((c) => [c.textContent, getComputedStyle(c).textDecorationLine]));
    assert.deepEqual(cues, [
      ['said', 'underline'],
      ['said', 'underline'],
    ]);
    assert.deepEqual(await page.locator('.legend .speaker').allTextContents(), ['Ivo Sandor', 'Mara Quill']);
    await shot(page, 'article-laptop');
    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `article page is ${overflow}px wider than the phone`);
    await shot(page, 'article-phone');
    await page.close();
  });

  test('article page: spin, provenance panel, unsafe original link neutralised, links to the cluster', async () => {
    const page = await open('/articles/coast-7');
    assert.equal(await page.textContent('abbr.spin'), 'Republic of Eastvale');
    assert.match(
      (await page.textContent('.spin-list')) ?? '',
      /Republic of Eastvale where usage expects Eastvale/,
    );
    assert.equal(await page.getAttribute('a.original', 'href'), '#');
    assert.match(
      (await page.textContent('.provenance .sources')) ?? '',
      /harbour-1 · Daily Harbour · 4 Mar 2024 · 1 sentence \(40%\)spun/,
    );
    assert.match(
      (await page.textContent('.provenance .facts')) ?? '',
      /Spun: reuse matches only after mapping aliases/,
    );
    assert.deepEqual(
      await page
        .locator('.article-text .reused')
        .evaluateAll((rs) => rs.map((r) => [r.textContent, r.getAttribute('title')])),
      [['Mara Quill has promised a bridge.', 'found in earlier article harbour-1 (as written)']],
    );
    await shot(page, 'article-provenance-laptop');
    await page.click('a.cluster-link');
    await page.waitForSelector('svg.spread-chart');
    assert.equal(new URL(page.url()).pathname, `/clusters/${FERRY_CLUSTER}`);
    await page.close();
  });

  test('cluster page: spread across outlets over time, first report marked', async () => {
    const page = await open(`/clusters/${FERRY_CLUSTER}`);
    assert.match(
      (await page.textContent('.first-report')) ?? '',
      /First reported by Daily Harbour on 4 Mar 2024/,
    );
    assert.equal(await page.locator('svg.spread-chart a.report').count(), 2);
    assert.equal(await page.locator('svg.spread-chart a.report.first').count(), 1);
    assert.deepEqual(await page.locator('.report-item .outlet').allTextContents(), [
      'Daily Harbour',
      'Coastline Post',
    ]);
    assert.equal(await page.locator('.report-item.first .badge-first').count(), 1);
    assert.equal(await page.getAttribute('.also a', 'href'), '/clusters/cluster-other');
    await shot(page, 'cluster-laptop');
    await page.close();
  });

  test('phone: search page fits the screen without sideways scrolling', async () => {
    const page = await open('/search?speaker=Quill', PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await shot(page, 'search-phone');
    await page.close();
  });

  test('unknown ids show a clear message', async () => {
    const page = await open('/articles/no-such-article');
    assert.equal(await page.textContent('.message.error'), 'No article "no-such-article"');
    await page.close();
  });

  test('no script errors or CSP violations on any page', () => {
    assert.deepEqual(
      problems.filter((p) => !p.includes('404')),
      [],
    );
  });
});
