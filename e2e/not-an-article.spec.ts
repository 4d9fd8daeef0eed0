import { expect, test } from './fixtures';
import { articles, nonArticles } from './site/manifest';

test('a home page full of teasers is not saved, and the popup says why', async ({ reader, popup }) => {
  const outletHome = nonArticles.find((p) => p.kind === 'outlet-home')!;
  const { tabId } = await reader.visit(outletHome.path);
  expect(await popup.settledStatus(tabId)).toMatch(/front page or a list of stories|does not look like an article/);
  expect(await reader.stored()).toEqual([]);
});

for (const { path, kind } of nonArticles) {
  test(`the ${kind} page ${path} is refused with a reason`, async ({ reader, popup }) => {
    const { tabId } = await reader.visit(path);
    expect(await popup.settledStatus(tabId)).toMatch(/not an article|does not look like an article|too short/);
    expect(await reader.stored()).toEqual([]);
  });
}

test('articles are saved beside refused pages in the same session', async ({ reader, popup }) => {
  const { tabId } = await reader.visit(nonArticles.find((p) => p.kind === 'section-front')!.path);
  await popup.settledStatus(tabId);
  await reader.read(articles[0]!.path);
  expect((await reader.stored()).map((row) => row.title)).toEqual([articles[0]!.headline]);
});
