import { expect, test } from './fixtures';
import { articles } from './site/manifest';

const story = articles[0]!;

test('reading the same article again updates its row and never duplicates it', async ({ reader }) => {
  const first = await reader.read(story.path);
  await first.page.close();

  const again = await reader.visit(`${story.path}?utm_source=newsletter&utm_medium=email&fbclid=abc123`);
  await expect.poll(async () => (await reader.stored()).map((row) => row.readCount)).toEqual([2]);
  const [row] = await reader.stored();
  expect(row!.id).toBe(first.row.id);
  expect(row!.canonicalUrl).toBe(first.row.canonicalUrl);
  await again.page.reload();
  await expect.poll(async () => (await reader.stored()).map((row) => row.readCount)).toEqual([3]);
});

test('one row when several tabs open the same article at once', async ({ reader }) => {
  await Promise.all([reader.visit(story.path), reader.visit(`${story.path}?utm_campaign=a`), reader.visit(`${story.path}?gclid=b`)]);
  await expect.poll(async () => (await reader.stored()).map((row) => row.readCount)).toEqual([3]);
});
