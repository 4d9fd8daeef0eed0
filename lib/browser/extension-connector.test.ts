import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParallaxDb } from '../store';
import { createExtensionConnector } from './extension-connector';

// The fake browser has no side panel: each test gives it one that opens or refuses.
type WithSidePanel = { sidePanel?: { open(options: { windowId: number }): Promise<void> } };

let db: ParallaxDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ParallaxDb(`connector-${crypto.randomUUID()}`);
});
afterEach(async () => {
  delete (fakeBrowser as WithSidePanel).sidePanel;
  vi.restoreAllMocks();
  await db.delete();
});

async function connectorForArticleTab(open: (options: { windowId: number }) => Promise<void>) {
  (fakeBrowser as WithSidePanel).sidePanel = { open };
  const tab = await fakeBrowser.tabs.create({ url: 'https://wire.example/a.html', active: true });
  const connector = createExtensionConnector(`chrome-extension://parallax/popup.html?tabId=${tab.id}`, db);
  return { connector, tab };
}

describe('opening the comparison', () => {
  it('opens the side panel of the tab’s window', async () => {
    const open = vi.fn(async () => undefined);
    const { connector, tab } = await connectorForArticleTab(open);
    await expect(connector.openSidePanel()).resolves.toBe('side-panel');
    expect(open).toHaveBeenCalledWith({ windowId: tab.windowId });
  });

  it('opens the side panel page in a tab about the same tab when the browser refuses', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connector, tab } = await connectorForArticleTab(() =>
      Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.')),
    );
    await expect(connector.openSidePanel()).resolves.toBe('tab');
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL(`/sidepanel.html?tabId=${tab.id}` as '/sidepanel.html'));
  });
});
