import { browser } from '#imports';

/**
 * Opens the comparison view: Chromium's side panel, Firefox's sidebar. Both need
 * to be called from a user gesture (a click in the popup).
 */
export async function openSidePanel(windowId: number): Promise<void> {
  if (browser.sidePanel) await browser.sidePanel.open({ windowId });
  else await firefoxSidebar()?.open();
}

/** Firefox's API, absent from the Chromium typings WXT ships. */
function firefoxSidebar(): { open(): Promise<void> } | undefined {
  return (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
}

/** Chromium: let the toolbar button keep opening the popup, not the panel. */
export async function configureSidePanel(): Promise<void> {
  await browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
}
