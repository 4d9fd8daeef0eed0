// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '@/lib/browser/mock-connector';
import { compareArticles } from '@/lib/framing';
import { coverageOfFirst, demoEvent } from '@/lib/testing/event';
import { App } from './App';

afterEach(cleanup);

function panelFor(count: number, { pageText, status }: { pageText?: string; status?: 'saved' | 'unavailable' } = {}) {
  const { event, summaries } = demoEvent(count);
  const connector = createMockConnector({
    articles: summaries,
    event,
    page: {
      url: summaries[0]!.canonicalUrl,
      coverage: coverageOfFirst(summaries),
      text: pageText ?? event[0]!.text,
      ...(status === 'unavailable' && { status: { state: 'unavailable' as const } }),
    },
  });
  render(<App connector={connector} />);
  return { connector, event };
}

describe('side panel comparison', () => {
  it('shows the overview in words, the outlets as columns and their headlines and ledes side by side', async () => {
    const { event } = panelFor(3);
    const expected = compareArticles(event);
    const overview = await screen.findByTestId('compare-overview');
    expect(
      within(overview)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(expected.overview.map((f) => f.summary));
    expect(screen.getAllByTestId('compare-outlet').map((o) => o.textContent)).toEqual(event.map((a) => a.outlet));
    expect(screen.getAllByTestId('headline-title').map((t) => t.textContent)).toEqual(event.map((a) => a.title));
    expect(screen.getAllByTestId('headline-lede')[0]!.textContent).toBe(
      'The foreign ministers of both countries met in Lorn on Monday for talks on the border.',
    );
    const headlines = screen.getByRole('region', { name: 'Headlines' });
    expect(within(headlines).getByRole('group', { name: 'Kestrel Daily' }).textContent).toContain('Troops mass at border');
  });

  it('opens a finding to its sentences, marked in their paragraphs, and highlights the tab’s own in the page', async () => {
    const { connector } = panelFor(3);
    const headlines = await screen.findByRole('region', { name: 'Headlines' });
    const wireCell = within(headlines).getByRole('group', { name: 'Continental Wire' });
    const finding = within(wireCell).getAllByRole('button')[0]!;
    expect(finding.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(finding);
    expect(finding.getAttribute('aria-expanded')).toBe('true');
    const evidence = document.getElementById(finding.getAttribute('aria-controls')!)!;
    await waitFor(() =>
      expect(within(evidence).getAllByTestId('evidence-sentence')[0]!.textContent).toBe('Foreign ministers meet in Lorn for border talks'),
    );
    expect(within(evidence).getAllByTestId('evidence')[0]!.textContent).toContain('Continental Wire · headline');
    expect((await within(evidence).findByTestId('page-highlight')).textContent).toBe('This sentence could not be found in the open page.');
    expect(connector.highlighted).toEqual(['Foreign ministers meet in Lorn for border talks']);
  });

  it('says the sentence is highlighted when the page has it, and never asks a page it is not about', async () => {
    const { event } = demoEvent(3);
    panelFor(3, { pageText: `${event[0]!.title}\n${event[0]!.text}` });
    const wireCell = within(await screen.findByRole('region', { name: 'Headlines' })).getByRole('group', { name: 'Continental Wire' });
    fireEvent.click(within(wireCell).getAllByRole('button')[0]!);
    expect((await screen.findByTestId('page-highlight')).textContent).toBe('Highlighted in the page.');
    cleanup();

    const { connector } = panelFor(3, { status: 'unavailable' });
    const cell = within(await screen.findByRole('region', { name: 'Headlines' })).getByRole('group', { name: 'Continental Wire' });
    fireEvent.click(within(cell).getAllByRole('button')[0]!);
    await screen.findAllByTestId('evidence-sentence');
    expect(connector.highlighted).toEqual([]);
    expect(screen.queryByTestId('page-highlight')).toBeNull();
  });

  it('shows a sentence of another outlet inside its own paragraph', async () => {
    panelFor(3);
    const headlines = await screen.findByRole('region', { name: 'Headlines' });
    const finding = within(within(headlines).getByRole('group', { name: 'Kestrel Daily' })).getAllByRole('button')[0]!;
    fireEvent.click(finding);
    const evidence = document.getElementById(finding.getAttribute('aria-controls')!)!;
    await waitFor(() =>
      expect(within(evidence).getAllByTestId('evidence-sentence')).toHaveLength(within(evidence).getAllByTestId('evidence').length),
    );
    const marked = within(evidence)
      .getAllByTestId('evidence-sentence')
      .map((m) => m.textContent);
    expect(marked[0]).toBe('Troops mass at border as ministers talk');
    expect(marked.slice(1).every((sentence) => !sentence?.includes('\n'))).toBe(true);
  });

  it('keeps four columns in view and scrolls sideways past them', async () => {
    panelFor(5);
    await screen.findByTestId('compare-overview');
    const grid = screen.getByRole('region', { name: 'Outlets side by side' });
    expect(screen.getAllByTestId('compare-outlet')).toHaveLength(5);
    expect(grid.tabIndex).toBe(0);
    expect((grid.firstElementChild as HTMLElement).style.gridTemplateColumns).toContain('/ 4');
    cleanup();
    panelFor(3);
    await screen.findByTestId('compare-overview');
    expect((screen.getByRole('region', { name: 'Outlets side by side' }).firstElementChild as HTMLElement).style.gridTemplateColumns).toBe(
      'repeat(3, minmax(11rem, 1fr))',
    );
  });

  it('follows the reader to another tab and compares that tab’s article', async () => {
    const { connector, event } = panelFor(3);
    await screen.findByTestId('compare-overview');
    expect(screen.getAllByTestId('compare-outlet')[0]!.textContent).toBe(event[0]!.outlet);
    const kestrel = demoEvent(3).summaries[1]!;
    const others = demoEvent(3).summaries.filter((a) => a !== kestrel);
    connector.showPage({ url: kestrel.canonicalUrl, coverage: coverageOfFirst([kestrel, ...others]), text: event[1]!.text });
    await waitFor(() => expect(screen.getAllByTestId('compare-outlet')[0]!.textContent).toBe(event[1]!.outlet));
    expect(screen.getAllByTestId('article-title')[0]!.textContent).toBe(kestrel.title);
  });

  it('offers no comparison for an article no other outlet reported', async () => {
    const { event, summaries } = demoEvent(1);
    render(<App connector={createMockConnector({ articles: summaries, event, page: { url: summaries[0]!.canonicalUrl } })} />);
    await screen.findByText(summaries[0]!.title);
    expect(screen.queryByTestId('compare-view')).toBeNull();
  });
});

describe('side panel comparison of wire copies', () => {
  it('says there is nothing to compare when every other report is a copy of this one', async () => {
    const { event, summaries } = demoEvent(2);
    // The store counts copies once: the background's comparison holds the article alone.
    const connector = createMockConnector({
      articles: summaries,
      event: [event[0]!],
      page: {
        url: summaries[0]!.canonicalUrl,
        coverage: coverageOfFirst(summaries).map((c) => ({ ...c, item: { ...c.item, syndicated: true } })),
      },
    });
    render(<App connector={connector} />);
    expect((await screen.findByTestId('compare-alone')).textContent).toMatch(/copies of this same wire story/);
    expect(screen.queryByTestId('compare-outlet')).toBeNull();
  });
});
