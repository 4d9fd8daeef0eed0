import { expect, test } from './fixtures';
import { articles, nonArticles, outlets } from './site/manifest';

const outletHome = nonArticles.find((p) => p.kind === 'outlet-home')!;

test('a home page full of teasers is not saved, and the popup says why', async ({ reader, popup }) => {
  const { tabId } = await reader.visit(outletHome.path);
  expect(await popup.settledStatus(tabId)).toMatch(/front page or a list of stories|does not look like an article/);
  expect(await reader.stored()).toEqual([]);
});

test('none of the demo site’s non-article pages is saved, while its articles are', async ({ reader, popup }) => {
  for (const { path } of nonArticles) {
    const { tabId, page } = await reader.visit(path);
    await popup.settledStatus(tabId);
    await expect(popup.current.status, `${path} is not an article`).toBeVisible();
    await page.close();
  }
  expect(await reader.stored()).toEqual([]);

  const article = articles.find((a) => a.outlet === outlets[0]!.slug)!;
  await reader.read(article.path);
  expect(await reader.stored()).toHaveLength(1);
});
