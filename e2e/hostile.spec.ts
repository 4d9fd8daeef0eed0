import { expect, test } from './fixtures';
import { articlePage } from '../lib/testing/pages';

/** Serves `html` at `path` on the demo site's origin, as if the site had sent it. */
async function serve(context: import('@playwright/test').BrowserContext, url: string, html: string) {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

// A failure trace snapshots the page's tree before every step: for the 10 MB page below that is
// seconds a step, spent in the test's own time. Here the tree is no evidence, so none is taken.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false } });

const SABOTAGE = `<script>
  Array.prototype.map = function () { throw new Error('sabotaged'); };
  Array.prototype.filter = null;
  JSON.parse = JSON.stringify = function () { throw new Error('sabotaged'); };
  window.MutationObserver = undefined;
  Promise.prototype.then = function () { throw new Error('sabotaged'); };
</script>`;

test('a page that sabotages its own JavaScript globals is still read, and the page keeps working', async ({ extension, site, reader }) => {
  const url = `${site.origin}/hostile/sabotage.html`;
  const html = articlePage({ title: 'A page that breaks its globals', canonical: url }).replace('</head>', `${SABOTAGE}</head>`);
  await serve(extension.context, url, html);
  const { row, page } = await reader.read('/hostile/sabotage.html');
  expect(row.title).toBe('A page that breaks its globals');
  expect(await page.evaluate(() => document.title)).toContain('A page that breaks its globals');
});

test('page text that looks like markup is stored as text, never run', async ({ extension, site, reader, popup }) => {
  const url = `${site.origin}/hostile/markup.html`;
  const title = '<img src=x onerror="document.title=\'pwned\'"> Ministers <b>meet</b>';
  await serve(extension.context, url, articlePage({ title, canonical: url }));
  const { row, tabId } = await reader.read('/hostile/markup.html');
  expect(row.title).toBe(title);
  await popup.open(tabId);
  await expect(popup.current.title).toHaveText(title);
  expect(await popup.page.title()).not.toBe('pwned');
  await expect(popup.page.locator('img')).toHaveCount(0);
});

test('a 10 MB page neither hangs the page nor loses the history', async ({ extension, site, reader, popup }) => {
  const first = `${site.origin}/hostile/first.html`;
  await serve(extension.context, first, articlePage({ title: 'Read before the huge page', canonical: first }));
  await reader.read('/hostile/first.html');

  const huge = `${site.origin}/hostile/huge.html`;
  const filler = `<div class="rail">${'<p><a href="/x">Related story link text that goes on</a></p>'.repeat(150_000)}</div>`;
  await serve(extension.context, huge, `<!doctype html><html><head><title>Huge</title></head><body>${filler}</body></html>`);
  const { tabId, page } = await reader.visit('/hostile/huge.html');
  expect(await popup.settledStatus(tabId)).toMatch(/article|list of stories|too short/);
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect((await reader.stored()).map((row) => row.title)).toEqual(['Read before the huge page']);
});
