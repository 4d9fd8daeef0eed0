import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Reader } from './harness/reader';
import { highlightSeenByPage, type ComparePanel } from './pages/compare';
import type { SidePanelPage } from './pages/side-panel';
import { articles, events, outlets, type DemoArticle } from './site/manifest';

const outletName = (slug: string) => outlets.find((o) => o.slug === slug)!.name;
const lorn = events[0]!;
const lornArticles = lorn.articles.map((path) => articles.find((a) => a.path === path)!);
/** The article the reader has open: not a wire copy, with a headline of its own. */
const subject = lornArticles.find((a) => a.outlet === 'eastern-herald')!;
const wireCopy = lornArticles.find((a) => a.wireCopyOf)!;
const wireOriginal = lornArticles.find((a) => a.path === wireCopy.wireCopyOf)!;

/** Side panels of the extension open now, as Chromium counts them. */
function sidePanelsOpen(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length,
  );
}

interface Compared {
  compare: ComparePanel;
  /** The subject's tab, still open. */
  page: Page;
  tabId: number;
}

/**
 * Reads all five reports of the Lorn talks, the subject first and left open, then
 * opens the side panel about the subject's tab. Every check of the comparison starts here,
 * including those of the planted differences (`lorn.planted`: quotes, one-outlet facts,
 * omissions, disagreeing numbers, word choice), which read a section by its title:
 * `compare.findings('Who is quoted', outletName(slug))`, `compare.section('Numbers that disagree')`.
 */
async function compareLorn(reader: Reader, sidePanel: SidePanelPage): Promise<Compared> {
  const { page, tabId } = await reader.read(subject.path);
  for (const article of lornArticles.filter((a) => a !== subject)) await (await reader.read(article.path)).page.close();
  await sidePanel.open(tabId);
  await expect(sidePanel.compare.view).toBeVisible();
  return { compare: sidePanel.compare, page, tabId };
}

/** The outlets the comparison should have: each report once, and one of the two copies of the wire story. */
function expectedColumns(shown: string[]): DemoArticle[] {
  const copy = shown.includes(outletName(wireCopy.outlet)) ? wireCopy : wireOriginal;
  return lornArticles.filter((a) => a === copy || (a !== wireCopy && a !== wireOriginal));
}

test('the side panel compares the Lorn talks outlet by outlet: overview, columns, headlines and ledes', async ({ reader, sidePanel }) => {
  test.setTimeout(120_000);
  const { compare } = await compareLorn(reader, sidePanel);

  const overview = await compare.overview.allTextContents();
  expect(overview.length, 'a few differences in words').toBeGreaterThanOrEqual(1);
  expect(overview.length).toBeLessThanOrEqual(5);
  // Plain sentences; those quoting an article end with its (possibly shortened) sentence.
  for (const words of overview) expect(words).toMatch(/^[A-Z].{10,}[.”]$/);

  const shown = await compare.outlets.allTextContents();
  const columns = expectedColumns(shown);
  expect(shown[0], 'the article the reader has open comes first').toBe(outletName(subject.outlet));
  expect([...shown].sort(), 'each report once, the wire story and its reprint as one').toEqual(
    columns.map((a) => outletName(a.outlet)).sort(),
  );

  const byOutlet = new Map(columns.map((a) => [outletName(a.outlet), a]));
  await expect(compare.headlines).toHaveText(shown.map((outlet) => byOutlet.get(outlet)!.headline));
  await expect(compare.ledes).toHaveCount(shown.length);
  await expect(compare.cell('Headlines', outletName(subject.outlet))).toContainText(subject.headline);
});

test('the side panel shows the quotes, the one-outlet facts and the disagreeing number the demo was written with', async ({
  reader,
  sidePanel,
}) => {
  test.setTimeout(120_000);
  const { compare } = await compareLorn(reader, sidePanel);
  const shown = new Set(await compare.outlets.allTextContents());
  const { quotes, uniqueFacts, numbers } = lorn.planted;

  // Who is quoted: every planted speaker in the column of each outlet that quotes them.
  for (const { speaker, outlets: quoting } of quotes) {
    for (const slug of quoting.filter((s) => shown.has(outletName(s))))
      await expect(compare.cell('Who is quoted', outletName(slug)).getByTestId('voice'), `${slug} quotes ${speaker}`).toContainText([
        speaker.split(' ').at(-1)!,
      ]);
  }

  // Only here: each planted one-outlet fact in its outlet's column.
  for (const fact of uniqueFacts) {
    await expect(compare.cell('Only here', outletName(fact.outlet)), `only ${fact.outlet}`).toContainText(fact.text);
  }

  // Numbers that disagree: the outlet with the odd value, and the value the others give.
  const [{ values }] = numbers as [(typeof numbers)[number]];
  const odd = values.find((v) => values.filter((w) => w.value === v.value).length === 1)!;
  const numbersSection = compare.section('Numbers that disagree');
  await expect(numbersSection).toContainText(outletName(odd.outlet));
  await expect(numbersSection).toContainText(odd.value.replace(/^more than /, ''));
  await expect(numbersSection).toContainText(values.find((v) => v !== odd)!.value);
});

test('a finding opens to its sentences, and the open tab highlights its own', async ({ reader, sidePanel }) => {
  test.setTimeout(120_000);
  const { compare, page } = await compareLorn(reader, sidePanel);

  // The subject's headline leads with words the others put further down ("Kovin").
  const finding = compare.findings('Headlines', outletName(subject.outlet)).first();
  await expect(finding).toContainText(`${outletName(subject.outlet)}'s headline leads with`);
  const headline = page.getByRole('heading', { level: 1, name: subject.headline });
  const unmarked = await headline.screenshot();
  const { sentences, evidence, pageHighlight } = await compare.openFinding(finding);
  await expect(finding).toHaveAttribute('aria-expanded', 'true');
  await expect(sentences.first()).toHaveText(subject.headline);
  expect(await evidence.count(), 'the headline and where the others mention it').toBeGreaterThan(1);
  await expect(evidence.nth(1)).not.toContainText(outletName(subject.outlet));

  await expect(pageHighlight).toHaveText('Highlighted in the page.');
  expect((await headline.screenshot()).equals(unmarked), 'the headline is marked on screen').toBe(false);
  expect(await highlightSeenByPage(page), 'the page’s scripts learn nothing of which sentence').toEqual({
    registered: 0,
    marks: 0,
    hosts: 1,
    readable: false,
  });
});

test('the popup shows the sharpest differences and opens the side panel from Compare', async ({ reader, popup, extension }) => {
  test.setTimeout(120_000);
  for (const article of lornArticles.filter((a) => a !== subject)) await (await reader.read(article.path)).page.close();
  const { tabId } = await reader.read(subject.path);
  await popup.open(tabId);
  const differences = popup.page.getByTestId('compare-teaser-item');
  await expect(differences.first()).toBeVisible();
  expect(await differences.count()).toBeLessThanOrEqual(3);

  const pagesBefore = extension.context.pages().length;
  await popup.page.getByRole('button', { name: 'Compare' }).click();
  await expect.poll(() => sidePanelsOpen(extension.serviceWorker), 'the side panel opened').toBe(1);
  await expect(popup.page.getByTestId('compare-note')).toHaveCount(0);
  expect(extension.context.pages().length, 'no fallback to a tab').toBe(pagesBefore);
});

test('the in-page card shows the differences and its Compare opens the comparison', async ({ reader, inPage, extension }) => {
  test.setTimeout(120_000);
  for (const article of lornArticles.filter((a) => a !== subject)) await (await reader.read(article.path)).page.close();
  const { page } = await reader.read(subject.path);
  const card = await inPage(page).openCard();
  await expect(card.getByTestId('compare-teaser-item').first()).toBeVisible();
  const pagesBefore = extension.context.pages().length;
  // Chromium takes the click in the extension-origin frame as the gesture the side panel needs.
  await card.getByRole('button', { name: 'Compare' }).click();
  await expect.poll(() => sidePanelsOpen(extension.serviceWorker), 'the side panel opened from the card').toBe(1);
  await expect(card.getByTestId('compare-note')).toHaveCount(0);
  expect(extension.context.pages().length, 'no fallback to a tab').toBe(pagesBefore);
});

test('a wire story and its reprint are one telling: nothing to compare', async ({ reader, sidePanel }) => {
  await reader.read(wireOriginal.path);
  const { tabId } = await reader.read(wireCopy.path);
  await sidePanel.open(tabId);
  await expect(sidePanel.page.getByTestId('compare-alone')).toContainText('copies of this same wire story');
  await expect(sidePanel.compare.outlets).toHaveCount(0);
});
