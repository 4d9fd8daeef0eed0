// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '@/lib/browser/mock-connector';
import { coverageOfFirst, demoEvent } from '@/lib/testing/event';
import { App } from './App';

afterEach(cleanup);

/** The mock compares in this thread, and the first comparison decodes the word table: on a loaded CI machine that outlasts the default second. */
const COMPARING = { timeout: 10_000 };

function card(sidePanelRefused: boolean) {
  const { event, summaries } = demoEvent(3);
  const connector = createMockConnector({
    articles: summaries,
    event,
    sidePanelRefused,
    page: { url: summaries[0]!.canonicalUrl, coverage: coverageOfFirst(summaries) },
  });
  render(<App connector={connector} />);
  return connector;
}

describe('in-page coverage card', () => {
  it('lists the differences under the coverage and opens the side panel from Compare', async () => {
    const connector = card(false);
    expect((await screen.findAllByTestId('compare-teaser-item', {}, COMPARING)).length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('coverage-item')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByRole('button', { name: 'Compare' });
    expect(connector.calls.openSidePanel).toBe(1);
    expect(screen.queryByTestId('compare-note')).toBeNull();
  }, 20_000);

  it('says so when the browser refused the side panel and the comparison opened in a tab', async () => {
    card(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare' }));
    expect((await screen.findByTestId('compare-note')).textContent).toMatch(/did not let Parallax open its side panel.*new tab/);
  });
});
