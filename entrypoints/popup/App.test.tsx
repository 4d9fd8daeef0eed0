// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '@/lib/browser/mock-connector';
import { compareArticles } from '@/lib/framing';
import { coverageOfFirst, demoEvent } from '@/lib/testing/event';
import { summaryOf } from '@/lib/testing/summaries';
import { App } from './App';

const article = summaryOf({
  id: 1,
  canonicalUrl: 'https://wire.example/ministers-meet.html',
  title: 'Ministers meet in Lorn',
  authors: ['Jana Petrov'],
  publishedAt: '2026-11-18T08:30:00.000Z',
  wordCount: 540,
  firstReadAt: Date.now() - 60_000,
  readAt: Date.now() - 60_000,
});

afterEach(cleanup);

/** The mock compares in this thread, and the first comparison decodes the word table: on a loaded CI machine that outlasts the default second. */
const COMPARING = { timeout: 10_000 };

describe('popup', () => {
  it('shows the current tab’s article and the size of the history', async () => {
    render(<App connector={createMockConnector({ articles: [article], page: { url: article.canonicalUrl } })} />);
    expect(await screen.findByText('Ministers meet in Lorn')).toBeTruthy();
    expect(screen.getByTestId('article-outlet').textContent).toBe('Continental Wire');
    expect(screen.getByTestId('article-read-at').textContent).toBe('read 1 minute ago');
    expect(screen.getByTestId('article-count').textContent).toBe('1 article in your history');
  });

  it('explains a page that is not an article', async () => {
    const status = {
      state: 'not-article',
      reason: 'listing-page',
      explanation: 'This is a front page or a list of stories, not an article.',
    } as const;
    render(<App connector={createMockConnector({ page: { url: 'https://wire.example/', status } })} />);
    expect((await screen.findByTestId('page-status')).textContent).toBe(status.explanation);
    expect(screen.getByTestId('article-count').textContent).toBe('0 articles in your history');
  });

  it('opens the side panel and the reading history', async () => {
    const connector = createMockConnector();
    render(<App connector={connector} />);
    fireEvent.click(screen.getByRole('button', { name: 'Side panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reading history' }));
    await waitFor(() => expect(connector.calls).toMatchObject({ openSidePanel: 1, openReadingHistory: 1 }));
  });

  it('never turns a stored non-web URL into a link', async () => {
    render(
      <App
        connector={createMockConnector({
          articles: [{ ...article, canonicalUrl: 'javascript:alert(1)' }],
          page: { url: 'javascript:alert(1)' },
        })}
      />,
    );
    await screen.findByText('Ministers meet in Lorn');
    expect(document.querySelector('a')).toBeNull();
  });
});

describe('popup coverage', () => {
  const other = (id: number, outlet: string, syndicated = false) => ({
    item: {
      articleId: id,
      outlet: outlet.toLowerCase(),
      score: 0.97,
      syndicated,
      evidence: { sharedNames: ['Annika Sorvald'], sharedNumbers: ['14000|troop'], sharedTerms: ['kessel'], daysApart: 0, resemblance: 0 },
    },
    article: {
      ...article,
      id,
      outlet,
      title: `${outlet} on the talks`,
      canonicalUrl: `https://${id}.example/a.html`,
      publishedAt: '2026-11-18T10:30:00.000Z',
    },
  });

  it('lists other outlets with timing, confidence and why, and wire copies as one story', async () => {
    const coverage = [other(2, 'The Eastern Herald'), other(3, 'The Harbor Ledger', true)];
    render(<App connector={createMockConnector({ articles: [article], page: { url: article.canonicalUrl, coverage } })} />);
    const item = await screen.findByTestId('coverage-item');
    expect(item.textContent).toContain('The Eastern Herald');
    expect(item.textContent).toContain('published 2 h later · very likely the same event');
    expect(item.textContent).toContain('Shares names Annika Sorvald; numbers 14000; words kessel');
    expect(screen.getByTestId('coverage-copies').textContent).toContain('also on 1 site');
  });

  it('takes an article out when the reader says it is not the same event', async () => {
    const connector = createMockConnector({
      articles: [article],
      page: { url: article.canonicalUrl, coverage: [other(2, 'The Eastern Herald')] },
    });
    render(<App connector={connector} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not the same event' }));
    await waitFor(() => expect(screen.queryByTestId('coverage-item')).toBeNull());
    expect(connector.markedApart).toEqual([[1, 2]]);
  });

  it('links a report that matching missed when the reader says it is the same event', async () => {
    const missed = summaryOf({ id: 5, outlet: 'Ridgeline', title: 'Lorn summit ends', publishedAt: '2026-11-19T09:00:00.000Z' });
    const sameOutlet = summaryOf({ id: 6, title: 'Another wire story', publishedAt: '2026-11-18T09:00:00.000Z' });
    const monthsAway = summaryOf({ id: 7, outlet: 'Ridgeline', title: 'Old story', publishedAt: '2026-05-01T09:00:00.000Z' });
    const connector = createMockConnector({ articles: [article, missed, sameOutlet, monthsAway], page: { url: article.canonicalUrl } });
    render(<App connector={connector} />);
    const candidates = await screen.findAllByTestId('link-candidate');
    expect(candidates.map((c) => c.textContent)).toEqual(['Ridgeline Lorn summit endsSame event']);
    fireEvent.click(screen.getByRole('button', { name: 'Same event: Ridgeline, Lorn summit ends' }));
    await waitFor(() => expect(screen.getByTestId('coverage-outlet').textContent).toBe('Ridgeline'));
    expect(connector.markedSame).toEqual([[1, 5]]);
    expect(screen.queryByTestId('link-report')).toBeNull();
  });
});

describe('popup suggestions', () => {
  const nearMiss = {
    item: {
      articleId: 8,
      outlet: 'ridgeline notes',
      score: 0.81,
      syndicated: false,
      evidence: { sharedNames: ['Brannock'], sharedNumbers: [], sharedTerms: ['flood', 'levee'], daysApart: 1, resemblance: 0 },
    },
    article: summaryOf({
      id: 8,
      outlet: 'Ridgeline Notes',
      title: 'Brannock was warned',
      canonicalUrl: 'https://ridgeline.example/warned.html',
      publishedAt: '2026-11-19T08:30:00.000Z',
    }),
  };
  const withSuggestion = () =>
    createMockConnector({ articles: [article, nearMiss.article], page: { url: article.canonicalUrl, suggested: [nearMiss] } });

  it('offers a near miss under the coverage, with why, for the reader to confirm', async () => {
    const connector = withSuggestion();
    render(<App connector={connector} />);
    const report = await screen.findByTestId('link-report');
    expect(report.querySelector('summary')?.textContent).toBe('Possibly the same event: 1 report you read');
    const suggestion = screen.getByTestId('link-suggestion');
    expect(suggestion.textContent).toContain('published 24 h later · possibly the same event');
    expect(suggestion.textContent).toContain('Shares names Brannock; words flood, levee');
    // Offered once, not again among the recent reads.
    expect(screen.queryAllByTestId('link-candidate')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Same event: Ridgeline Notes, Brannock was warned' }));
    await waitFor(() => expect(screen.getByTestId('coverage-outlet').textContent).toBe('Ridgeline Notes'));
    expect(connector.markedSame).toEqual([[1, 8]]);
    expect(screen.queryByTestId('link-suggestion')).toBeNull();
  });

  it('drops a near miss the reader rules out', async () => {
    const connector = withSuggestion();
    render(<App connector={connector} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not the same event: Ridgeline Notes, Brannock was warned' }));
    await waitFor(() => expect(screen.queryByTestId('link-suggestion')).toBeNull());
    expect(connector.markedApart).toEqual([[1, 8]]);
    expect(screen.queryByTestId('coverage-item')).toBeNull();
  });
});

describe('popup follow-ups', () => {
  const chapter = (id: number, outlet: string, publishedAt: string, title: string) => ({
    item: {
      articleId: id,
      outlet: outlet.toLowerCase(),
      score: 0.82,
      syndicated: false,
      evidence: {
        sharedNames: ['Annika Sorvald', 'Dmitar Kessel'],
        sharedNumbers: [],
        sharedTerms: ['talks'],
        daysApart: 20,
        resemblance: 0,
      },
    },
    article: summaryOf({ id, outlet, title, canonicalUrl: `https://${id}.example/a.html`, publishedAt }),
  });
  const later = chapter(9, 'Ridgeline Notes', '2026-12-08T08:30:00.000Z', 'Kessel resigns over Lorn talks');
  const earlier = chapter(10, 'The Harbor Ledger', '2026-10-29T08:30:00.000Z', 'Sorvald and Kessel to meet in Lorn');
  const withFollowUps = (followUps = [later, earlier]) =>
    createMockConnector({ articles: [article, later.article, earlier.article], page: { url: article.canonicalUrl, followUps } });

  it('lists the story’s other chapters apart from the coverage, oldest first, with timing and why', async () => {
    render(<App connector={withFollowUps()} />);
    const section = await screen.findByRole('region', { name: 'Earlier and later on this story' });
    const items = screen.getAllByTestId('follow-up-item');
    expect(items.map((i) => i.querySelector('.coverage__title')?.textContent)).toEqual([
      'Sorvald and Kessel to meet in Lorn',
      'Kessel resigns over Lorn talks',
    ]);
    expect(items[1]!.textContent).toContain('published 20 days later · another chapter of the story');
    expect(items[1]!.textContent).toContain('Shares names Annika Sorvald, Dmitar Kessel; words talks');
    expect(section.querySelector('a')?.getAttribute('href')).toBe('https://10.example/a.html');
    // Not coverage of this event: the coverage list says there is none.
    expect(screen.queryByTestId('coverage-item')).toBeNull();
    expect(screen.getByText('No other outlet’s report of this event in your history yet.')).toBeTruthy();
  });

  it('says "Later" when every chapter came after this one', async () => {
    render(<App connector={withFollowUps([later])} />);
    expect(await screen.findByRole('region', { name: 'Later on this story' })).toBeTruthy();
  });

  it('drops a chapter the reader says is not related', async () => {
    const connector = withFollowUps();
    render(<App connector={connector} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not related: Ridgeline Notes, Kessel resigns over Lorn talks' }));
    await waitFor(() => expect(screen.getAllByTestId('follow-up-item')).toHaveLength(1));
    expect(connector.markedApart).toEqual([[1, 9]]);
    expect(screen.getByRole('region', { name: 'Earlier on this story' })).toBeTruthy();
  });

  it('joins a chapter the reader counts as the same event', async () => {
    const connector = withFollowUps();
    render(<App connector={connector} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Same event: The Harbor Ledger, Sorvald and Kessel to meet in Lorn' }));
    await waitFor(() => expect(connector.markedSame).toEqual([[1, 10]]));
    expect(connector.markedApart).toEqual([]);
  });
});

describe('popup comparison', () => {
  it('shows the sharpest differences under the coverage, at most three, and opens the side panel', async () => {
    const { event, summaries } = demoEvent(5);
    const connector = createMockConnector({
      articles: summaries,
      event,
      page: { url: summaries[0]!.canonicalUrl, coverage: coverageOfFirst(summaries) },
    });
    render(<App connector={connector} />);
    const items = await screen.findAllByTestId('compare-teaser-item', {}, COMPARING);
    const { overview } = compareArticles(event);
    expect(overview.length).toBeGreaterThan(3);
    expect(items.map((i) => i.textContent)).toEqual(overview.slice(0, 3).map((f) => f.summary));
    // One primary action: the footer's Side panel stays, plainer than Compare.
    expect(screen.getByRole('button', { name: 'Compare' }).className).toContain('button--primary');
    expect(screen.getByRole('button', { name: 'Side panel' }).className).not.toContain('button--primary');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(connector.calls.openSidePanel).toBe(1));
    expect(screen.queryByTestId('compare-note')).toBeNull();
  }, 20_000);

  it('offers no comparison when no other outlet reported the article', async () => {
    const connector = createMockConnector({ articles: [article], page: { url: article.canonicalUrl } });
    render(<App connector={connector} />);
    await screen.findByText('Ministers meet in Lorn');
    expect(screen.queryByRole('button', { name: 'Compare' })).toBeNull();
    expect(connector.calls.compareEvent).toBe(0);
  });
});
