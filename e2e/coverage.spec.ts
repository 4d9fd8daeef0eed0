import { expect, test } from './fixtures';
import type { Reader } from './harness/reader';
import { restartServiceWorker } from './harness/worker';
import { articles, events, outlets, type DemoArticle } from './site/manifest';

const outletName = (slug: string) => outlets.find((o) => o.slug === slug)!.name;
const lorn = events[0]!;
const lornArticles = lorn.articles.map((path) => articles.find((a) => a.path === path)!);
const otherEvent = articles.find((a) => a.event === events[1]!.id)!;
const kindOf = (a: (typeof lornArticles)[number]) => outlets.find((o) => o.slug === a.outlet)!.kind;

test('after reading one event’s outlets, each article’s pill and popup list exactly the others', async ({ reader, popup, inPage }) => {
  test.setTimeout(120_000);
  for (const article of [...lornArticles, otherEvent]) (await reader.read(article.path)).page.close();

  for (const article of lornArticles) {
    const { tabId, page } = await reader.visit(article.path);
    const others = lornArticles.filter((a) => a.outlet !== article.outlet).map((a) => outletName(a.outlet));
    await expect(inPage(page).pill).toContainText(`Also reported by ${others.length} outlets`);
    await expect(inPage(page).pill, 'the pill floats in view without shifting the page').toBeInViewport();

    await popup.open(tabId);
    const { reports, copies } = await popup.coverageOutlets();
    const listed = [...reports, ...others.filter((name) => copies.includes(name))];
    expect(listed.sort(), `coverage of ${article.path}`).toEqual([...others].sort());
    await page.close();
  }
});

test('the wire rewrite shows as one story "also on" another site, not as another framing', async ({ reader, popup }) => {
  const copy = lornArticles.find((a) => a.wireCopyOf)!;
  const original = lornArticles.find((a) => a.path === copy.wireCopyOf)!;
  await reader.read(original.path);
  const { tabId } = await reader.read(copy.path);
  await popup.open(tabId);
  const { reports, copies } = await popup.coverageOutlets();
  expect(reports).toEqual([]);
  expect(copies).toContain('also on 1 site');
  expect(copies).toContain(outletName(original.outlet));
});

test('"not the same event" takes an article out of the coverage, and it stays out', async ({ reader, popup }) => {
  const [first, second] = lornArticles.filter((a) => !a.wireCopyOf);
  await reader.read(first!.path);
  const { tabId } = await reader.read(second!.path);
  await popup.open(tabId);
  await popup.page.getByRole('button', { name: 'Not the same event' }).click();
  await expect(popup.page.getByText('No other outlet’s report of this event in your history yet.')).toBeVisible();
  await reader.visit(second!.path);
  await popup.open(tabId);
  await expect(popup.page.getByTestId('coverage-item')).toHaveCount(0);
});

test('"same event" links a report matching kept apart, and the link stays', async ({ reader, popup }) => {
  const lornReport = lornArticles.find((a) => a.outlet !== otherEvent.outlet && !a.wireCopyOf)!;
  await reader.read(lornReport.path);
  const { tabId } = await reader.read(otherEvent.path);
  await popup.open(tabId);
  await expect(popup.page.getByText('No other outlet’s report of this event in your history yet.')).toBeVisible();
  await popup.page.getByText('Another report of this event you read?').click();
  await popup.page.getByRole('button', { name: `Same event: ${outletName(lornReport.outlet)}, ${lornReport.headline}` }).click();
  await expect(popup.page.getByTestId('coverage-outlet')).toHaveText([outletName(lornReport.outlet)]);

  await popup.open(tabId);
  await expect(popup.page.getByTestId('coverage-outlet'), 'the correction is stored, not just shown').toHaveText([
    outletName(lornReport.outlet),
  ]);
});

test('a near miss is offered as possibly the same event, and confirming it links the two for good', async ({ reader, popup }) => {
  // A report of the flood and a column on it: close to the same-event threshold, below it.
  const flood = articles.filter((a) => a.event === 'brannock-flood');
  const report = flood.find((a) => a.headline.startsWith('Floods kill 12'))!;
  const column = flood.find((a) => a.headline === 'Brannock was warned')!;
  await reader.read(report.path);
  const { tabId } = await reader.read(column.path);
  await popup.open(tabId);
  await expect(popup.page.getByText('No other outlet’s report of this event in your history yet.')).toBeVisible();
  await popup.page.getByText('Possibly the same event: 1 report you read').click();
  await expect(popup.page.getByTestId('link-suggestion')).toContainText('Shares names');
  await popup.page.getByRole('button', { name: `Same event: ${outletName(report.outlet)}, ${report.headline}`, exact: true }).click();
  await expect(popup.page.getByTestId('coverage-outlet')).toHaveText([outletName(report.outlet)]);
  await expect(popup.page.getByTestId('link-suggestion')).toHaveCount(0);

  await popup.open(tabId);
  await expect(popup.page.getByTestId('coverage-outlet'), 'the correction is stored, not just shown').toHaveText([
    outletName(report.outlet),
  ]);
});

test('an article of another event lists none of these', async ({ reader, popup }) => {
  for (const article of lornArticles.slice(0, 3)) await reader.read(article.path);
  const { tabId } = await reader.read(otherEvent.path);
  await popup.open(tabId);
  await expect(popup.page.getByText('No other outlet’s report of this event in your history yet.')).toBeVisible();
});

test('the pill opens a card listing the coverage, which the web page itself cannot read', async ({ reader, inPage, extension }) => {
  const [first, second] = lornArticles.filter((a) => !a.wireCopyOf);
  await reader.read(first!.path);
  const { page } = await reader.read(second!.path);
  const card = await inPage(page).openCard();
  await expect(card.getByTestId('coverage-outlet')).toHaveText([outletName(first!.outlet)]);

  // What the page's own scripts see of the card: an iframe they cannot look into.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('parallax-notice');
    const frame = host?.shadowRoot?.querySelector('iframe');
    try {
      return frame ? (frame.contentDocument?.body?.textContent ?? 'no access') : 'no frame';
    } catch {
      return 'no access';
    }
  });
  expect(seen).toBe('no access');

  // Nor can a site probe the card's fixed address to learn that Parallax is installed.
  const probe = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'reachable';
    } catch {
      return 'blocked';
    }
  }, extension.url('coverage-card.html'));
  expect(probe).toBe('blocked');
});

test('a correction in the card or the popup counts again on the pill of every open report', async ({ reader, inPage, popup }) => {
  const [first, second, third] = lornArticles.filter((a) => !a.wireCopyOf && kindOf(a) !== 'translated');
  await reader.read(first!.path);
  const { page: secondPage } = await reader.read(second!.path);
  const { page, tabId } = await reader.read(third!.path);
  await expect(inPage(page).pill).toContainText('Also reported by 2 outlets');

  const card = await inPage(page).openCard();
  await card
    .getByTestId('coverage-item')
    .filter({ hasText: outletName(first!.outlet) })
    .getByRole('button', { name: 'Not the same event' })
    .click();
  await expect(inPage(page).pill, 'the pill in the card’s own tab').toContainText('Also reported by 1 outlet');
  await expect(card.getByTestId('coverage-outlet'), 'and the card stays open').toHaveText([outletName(second!.outlet)]);
  await expect(inPage(secondPage).pill, 'and in another tab').toContainText('Also reported by 1 outlet');

  await popup.open(tabId);
  await popup.page.getByRole('button', { name: 'Not the same event' }).click();
  await expect(inPage(page).pill, 'no other outlet left: the pill goes').toHaveCount(0);
});

test('after the worker is stopped and started again, coverage comes back from the stored index and matching goes on', async ({
  reader,
  popup,
  inPage,
  extension,
}) => {
  // Plain reports: a translation matches through the event only once the original is read.
  const [first, second, third] = lornArticles.filter((a) => !a.wireCopyOf && kindOf(a) !== 'translated');
  await reader.read(first!.path);
  const { tabId: secondTab } = await reader.read(second!.path);
  expect((await restartServiceWorker(extension)).source).toBe('index');

  await popup.open(secondTab);
  expect((await popup.coverageOutlets()).reports).toEqual([outletName(first!.outlet)]);
  const { page } = await reader.read(third!.path);
  const others = new Set([first!, second!].map((a) => a.outlet).filter((o) => o !== third!.outlet));
  await expect(inPage(page).pill).toContainText(`Also reported by ${others.size} outlet`);
});

test('a page read before the other reports shows them when the reader comes back to it, until the pill is dismissed', async ({
  reader,
  inPage,
}) => {
  const kind = (a: (typeof lornArticles)[number]) => outlets.find((o) => o.slug === a.outlet)!.kind;
  const reports = lornArticles.filter((a) => !a.wireCopyOf && kind(a) !== 'translated');
  const [first, ...later] = reports;
  const { page } = await reader.read(first!.path);
  await expect(inPage(page).notice).toContainText('Saved to your Parallax history');
  // Headless tabs never hide: the event the browser fires when the reader comes back to the tab.
  const comeBack = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

  for (const article of later) (await reader.read(article.path)).page.close();
  await comeBack();
  await expect(inPage(page).pill).toContainText(`Also reported by ${later.length} outlets`);

  await inPage(page).dismiss();
  for (const article of lornArticles.filter((a) => !reports.includes(a))) (await reader.read(article.path)).page.close();
  await comeBack();
  // Nothing to wait for when nothing comes: give the background's answer time to arrive.
  await page.waitForTimeout(1_500);
  await expect(inPage(page).pill).toHaveCount(0);
  await expect(inPage(page).notice).toHaveCount(0);
});

// Event 7, the warehouse's operator charged, two weeks after event 5, the fire.
const fire = articles.filter((a) => a.event === 'saltmere-warehouse-fire');
const [charge, otherCharge] = articles.filter((a) => a.event === 'saltmere-warehouse-charges') as [DemoArticle, DemoArticle];

/** Reads the fire's reports and one report of the charges, then opens the other: the page in view. */
async function readFireThenCharges(reader: Reader) {
  for (const article of [...fire, otherCharge]) (await reader.read(article.path)).page.close();
  return reader.read(charge.path);
}

test('a later chapter of the story is listed apart from the coverage, both ways, and "not related" takes it out for good', async ({
  reader,
  popup,
  inPage,
}) => {
  const { tabId, page } = await readFireThenCharges(reader);
  const earlier = fire.filter((a) => a.outlet !== charge.outlet);

  // The pill counts the charges' own coverage only.
  await expect(inPage(page).pill).toContainText('Also reported by 1 outlet');
  await popup.open(tabId);
  await expect(popup.page.getByTestId('coverage-outlet')).toHaveText([outletName(otherCharge.outlet)]);
  const chapters = popup.page.getByRole('region', { name: 'Earlier on this story' });
  await expect(chapters.getByTestId('follow-up-item')).toHaveCount(earlier.length);
  expect((await chapters.getByTestId('follow-up-outlet').allTextContents()).sort()).toEqual(
    earlier.map((a) => outletName(a.outlet)).sort(),
  );
  await expect(chapters.getByTestId('follow-up-item').first()).toContainText('published 14 days earlier');

  const ruledOut = earlier[0]!;
  await chapters.getByRole('button', { name: `Not related: ${outletName(ruledOut.outlet)}, ${ruledOut.headline}` }).click();
  await expect(chapters.getByTestId('follow-up-item')).toHaveCount(earlier.length - 1);
  await popup.open(tabId);
  await expect(popup.page.getByTestId('follow-up-outlet'), 'the correction is stored, not just shown').toHaveCount(earlier.length - 1);

  // And the fire's reports list the charges as a later chapter.
  const { tabId: fireTab } = await reader.visit(fire.find((a) => a.outlet !== charge.outlet && a !== ruledOut)!.path);
  await popup.open(fireTab);
  await expect(popup.page.getByRole('region', { name: 'Later on this story' }).getByTestId('follow-up-item')).not.toHaveCount(0);
});

test('"same event" on a chapter joins the two events: its reports move into the coverage, and the pill counts them', async ({
  reader,
  popup,
  inPage,
}) => {
  const { tabId, page } = await readFireThenCharges(reader);
  await popup.open(tabId);
  const joined = fire.find((a) => a.outlet !== charge.outlet && a.outlet !== otherCharge.outlet)!;
  await popup.page.getByRole('button', { name: `Same event: ${outletName(joined.outlet)}, ${joined.headline}` }).click();

  // One event now: every report of the fire from another outlet is coverage, none a chapter.
  const coverage = [otherCharge, ...fire].filter((a) => a.outlet !== charge.outlet).map((a) => outletName(a.outlet));
  await expect(popup.page.getByTestId('coverage-outlet')).toHaveCount(coverage.length);
  expect((await popup.page.getByTestId('coverage-outlet').allTextContents()).sort()).toEqual(coverage.sort());
  await expect(popup.page.getByTestId('follow-ups')).toHaveCount(0);
  await expect(inPage(page).pill).toContainText(`Also reported by ${new Set(coverage).size} outlets`);
});
