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

describe('following the reader’s tab', () => {
  it('hears of a switch to another tab and of the active tab loading another page, and of nothing else', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ url: 'https://wire.example/a.html', active: true });
    const connector = createExtensionConnector('chrome-extension://parallax/sidepanel.html', db);
    let changes = 0;
    const stop = connector.watchTargetTab(() => changes++);
    const second = await fakeBrowser.tabs.create({ url: 'https://herald.example/b.html', active: true });
    expect(changes, 'switched to the new tab').toBe(1);
    await fakeBrowser.tabs.onUpdated.trigger(second.id!, { url: 'https://herald.example/c.html' }, { ...second, active: true });
    expect(changes, 'the active tab loaded another page').toBe(2);
    await fakeBrowser.tabs.onUpdated.trigger(first.id!, { status: 'complete' }, { ...first, active: false });
    expect(changes, 'a background tab finished loading').toBe(2);
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: first.id!, windowId: first.windowId });
    expect(changes).toBe(2);
  });

  it('stays with a pinned tab', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://wire.example/a.html', active: true });
    const connector = createExtensionConnector(`chrome-extension://parallax/sidepanel.html?tabId=${tab.id}`, db);
    let changes = 0;
    connector.watchTargetTab(() => changes++);
    await fakeBrowser.tabs.create({ url: 'https://herald.example/b.html', active: true });
    expect(changes).toBe(0);
  });
});
