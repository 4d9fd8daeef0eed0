// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '@/lib/browser/mock-connector';
import type { ArticleSummary } from '@/lib/store';
import { App } from './App';

const article: ArticleSummary = {
  id: 1,
  canonicalUrl: 'https://wire.example/ministers-meet.html',
  title: 'Ministers meet in Lorn',
  outlet: 'Continental Wire',
  authors: ['Jana Petrov'],
  publishedAt: '2026-11-18T08:30:00.000Z',
  modifiedAt: null,
  lang: 'en',
  section: null,
  excerpt: '',
  imageUrl: null,
  paywall: { declared: false, truncated: false },
  wordCount: 540,
  extractMs: 12,
  firstReadAt: Date.now() - 60_000,
  readAt: Date.now() - 60_000,
  readCount: 1,
};

afterEach(cleanup);

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
