import { expect, test } from './fixtures';
import { articles, outlets } from './site/manifest';

const outletName = (slug: string) => outlets.find((o) => o.slug === slug)!.name;

// Issue 4's acceptance check in the real browser: every demo article read in the
// site's order (lib/coverage/demo-site.test.ts reads the same pages in many orders
// through the same extraction and matching, much faster).
test('after reading the whole demo site, each article’s pill and popup list exactly the other outlets of its event', async ({
  reader,
  popup,
  inPage,
}) => {
  test.setTimeout(600_000);
  for (const article of articles) (await reader.read(article.path)).page.close();

  for (const article of articles) {
    const { tabId, page } = await reader.visit(article.path);
    const others =
      article.event === 'special'
        ? []
        : [...new Set(articles.filter((a) => a.event === article.event && a.outlet !== article.outlet).map((a) => outletName(a.outlet)))];
    await popup.open(tabId);
    if (others.length === 0) {
      await expect(popup.page.getByText('No other outlet’s report of this event in your history yet.')).toBeVisible();
      await expect(inPage(page).pill, `no pill on ${article.path}`).toHaveCount(0);
    } else {
      await expect(inPage(page).pill, `pill on ${article.path}`).toContainText(
        `Also reported by ${others.length} outlet${others.length === 1 ? '' : 's'}`,
      );
      const { reports, copies } = await popup.coverageOutlets();
      // A wire copy is listed once, as "the same wire story, also on …", not as another report.
      const listed = [...reports, ...others.filter((name) => copies.includes(name))];
      expect(listed.sort(), `coverage of ${article.path}`).toEqual([...others].sort());
    }
    await page.close();
  }
});
