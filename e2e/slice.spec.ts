import { expect, test } from './fixtures';
import { articles, outlets } from './site/manifest';

const outletName = (slug: string) => outlets.find((o) => o.slug === slug)!.name;
const wireStory = articles.find((a) => outlets.find((o) => o.slug === a.outlet)?.kind === 'wire')!;
const otherStory = articles.find((a) => a.outlet !== wireStory.outlet && !a.wireCopyOf)!;

test('saves the article being read and shows it in the popup, side panel and reading history', async ({
  reader,
  popup,
  sidePanel,
  readingHistory,
  inPage,
}) => {
  const { page, tabId, row } = await reader.read(wireStory.path);

  expect(row).toMatchObject({ title: wireStory.headline, outlet: outletName(wireStory.outlet), authors: wireStory.authors });
  expect(row.paragraphs.length).toBeGreaterThan(3);
  expect(Date.parse(row.publishedAt!)).toBe(Date.parse(wireStory.publishedAt));
  await expect(inPage(page).notice).toContainText('Saved to your Parallax history');

  await popup.open(tabId);
  await expect(popup.current.title).toHaveText(wireStory.headline);
  await expect(popup.current.outlet).toHaveText(outletName(wireStory.outlet));
  await expect(popup.current.readAt).toHaveText(/read (now|\d+ seconds? ago)/);
  await expect(popup.articleCount).toHaveText('1 article in your history');

  await sidePanel.open(tabId);
  await expect(sidePanel.recent).toHaveText([wireStory.headline]);

  await readingHistory.open();
  await expect(readingHistory.articleTitles).toHaveText([wireStory.headline]);
});

test('pages already open follow new reads without a reload', async ({ reader, readingHistory }) => {
  await readingHistory.open();
  await expect(readingHistory.articleCount).toHaveText('0 articles, kept on this computer only');
  await reader.read(wireStory.path);
  await reader.read(otherStory.path);
  await expect(readingHistory.articleTitles).toHaveText([otherStory.headline, wireStory.headline]);
  await expect(readingHistory.articleCount).toHaveText('2 articles, kept on this computer only');
});

test('deleting from the reading history removes that article only', async ({ reader, readingHistory }) => {
  await reader.read(wireStory.path);
  await reader.read(otherStory.path);
  await readingHistory.open();
  await readingHistory.delete(wireStory.headline);
  await expect(readingHistory.articleTitles).toHaveText([otherStory.headline]);
  expect((await reader.stored()).map((row) => row.title)).toEqual([otherStory.headline]);
});

test('the in-page note can be dismissed from the keyboard', async ({ reader, inPage }) => {
  const { page } = await reader.read(otherStory.path);
  const ui = inPage(page);
  await expect(ui.notice).toBeVisible();
  await ui.notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(ui.notice).toHaveCount(0);
});
