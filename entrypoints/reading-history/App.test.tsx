// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { createMockConnector } from '@/lib/browser/mock-connector';
import { summaryOf } from '@/lib/testing/summaries';
import { App } from './App';

afterEach(cleanup);

const summary = (id: number, title: string, readAt: number) => summaryOf({ id, title, readAt, outlet: 'The Harbor Ledger' });

it('lists the most recent reads first and follows deletions', async () => {
  const connector = createMockConnector({ articles: [summary(1, 'Older', 1_000), summary(2, 'Newer', 2_000)] });
  render(<App connector={connector} />);
  await waitFor(() => expect(screen.getAllByTestId('article-title').map((el) => el.textContent)).toEqual(['Newer', 'Older']));
  fireEvent.click(screen.getByRole('button', { name: 'Delete “Newer” from history' }));
  await waitFor(() => expect(screen.getAllByTestId('article-title').map((el) => el.textContent)).toEqual(['Older']));
  expect(screen.getByTestId('article-count').textContent).toBe('1 article, kept on this computer only');
});

it('says how to start when nothing was read yet', async () => {
  render(<App connector={createMockConnector()} />);
  expect(await screen.findByText(/Nothing read yet/)).toBeTruthy();
});
