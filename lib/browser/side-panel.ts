import { browser } from '#imports';

/**
 * Opens the comparison view: Chromium's side panel, Firefox's sidebar. Both need
 * to be called from a user gesture (a click in the popup).
 */
export async function openSidePanel(windowId: number): Promise<void> {
  if (browser.sidePanel) await browser.sidePanel.open({ windowId });
  else await firefoxSidebar()?.open();
}

/**
 * Firefox's sidebar, opened at once when there is one. Firefox honours a user action
 * only in the synchronous part of its handler, so this must run before any `await`;
 * undefined in Chromium, whose side panel needs a window and keeps the gesture a moment longer.
 */
export function openFirefoxSidebarNow(): Promise<void> | undefined {
  return browser.sidePanel ? undefined : firefoxSidebar()?.open();
}

/** Firefox's API, absent from the Chromium typings WXT ships. */
function firefoxSidebar(): { open(): Promise<void> } | undefined {
  return (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
}

/** Chromium: let the toolbar button keep opening the popup, not the panel. */
export async function configureSidePanel(): Promise<void> {
  await browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
}
