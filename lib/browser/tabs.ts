import { browser } from '#imports';

export interface TabRef {
  id: number;
  url: string;
  windowId: number;
}

/**
 * The web address an extension page is about when it is told one: the in-page
 * card is opened as `coverage-card.html?url=…` inside the article's own page.
 */
export function pinnedUrl(pageUrl: string): string | null {
  return new URL(pageUrl).searchParams.get('url');
}

/**
 * The tab an extension page is about. Normally the active tab of the current
 * window; a page opened as `popup.html?tabId=N` (as the e2e tests do, where the
 * popup is itself a tab) is about tab N instead.
 */
export async function targetTab(pageUrl: string): Promise<TabRef | null> {
  const pinned = Number(new URL(pageUrl).searchParams.get('tabId'));
  const tab =
    Number.isInteger(pinned) && pinned > 0
      ? await browser.tabs.get(pinned).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return null;
  return { id: tab.id, url: tab.url, windowId: tab.windowId };
}

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/reading-history.html') });
}

/**
 * Calls `onChange` when the active tab changes or loads another address: a side
 * panel stays open across tabs and must follow the one the reader looks at.
 */
export function watchActiveTab(onChange: () => void): () => void {
  const activated = () => onChange();
  const updated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
    if (tab.active && (change.url !== undefined || change.status === 'complete')) onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** True when an extension page is about a fixed tab (`?tabId=`) or address (`?url=`), not the active tab. */
export function isPinned(pageUrl: string): boolean {
  const params = new URL(pageUrl).searchParams;
  return params.has('tabId') || params.has('url');
}
