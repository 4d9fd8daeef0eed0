import { expect, test } from './fixtures';
import { articles } from './site/manifest';

test('pausing saving in Options stops new reads from being kept', async ({ reader, options, popup, inPage }) => {
  await options.open();
  const saving = options.setting('Save articles as I read');
  await expect(saving).toBeChecked();
  await saving.uncheck();

  await options.open();
  await expect(options.setting('Save articles as I read')).not.toBeChecked();

  const { tabId, page } = await reader.visit(articles[0]!.path);
  expect(await popup.settledStatus(tabId)).toMatch(/Saving is paused/);
  await expect(inPage(page).notice).toHaveCount(0);
  expect(await reader.stored()).toEqual([]);
});

test('turning off the in-page note still saves, quietly', async ({ reader, options, inPage }) => {
  await options.open();
  await options.setting('Show a note in the page when an article is saved').uncheck();
  const { page } = await reader.read(articles[1]!.path);
  await page.waitForTimeout(300);
  await expect(inPage(page).notice).toHaveCount(0);
});
