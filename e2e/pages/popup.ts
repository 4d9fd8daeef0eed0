import type { Locator } from '@playwright/test';
import { waitFor } from '../harness/reader';
import { ExtensionPage } from './extension-page';

export class PopupPage extends ExtensionPage {
  /** Opens the popup about tab `tabId`, as if its toolbar button were clicked there. */
  async open(tabId: number): Promise<this> {
    await this.goto(`popup.html?tabId=${tabId}`);
    return this;
  }

  get current(): { title: Locator; outlet: Locator; readAt: Locator; status: Locator } {
    return {
      title: this.page.getByTestId('article-title'),
      outlet: this.page.getByTestId('article-outlet'),
      readAt: this.page.getByTestId('article-read-at'),
      status: this.page.getByTestId('page-status'),
    };
  }

  /** Outlet names the "Also reported by" list shows: one per report, and those of wire copies. */
  async coverageOutlets(): Promise<{ reports: string[]; copies: string }> {
    await this.page.getByRole('region', { name: 'Also reported by' }).waitFor();
    const reports = await this.page.getByTestId('coverage-outlet').allTextContents();
    const copies =
      (await this.page.getByTestId('coverage-copies').count()) > 0 ? await this.page.getByTestId('coverage-copies').innerText() : '';
    return { reports, copies };
  }

  /**
   * Reopens the popup until the tab's content script has finished with its page,
   * and returns what the popup then says: the saved title or why nothing was saved.
   */
  async settledStatus(tabId: number): Promise<string> {
    let last: string | null = null;
    return waitFor(
      async () => {
        await this.open(tabId);
        const shown = this.current.status.or(this.current.title).first();
        last = await shown.textContent({ timeout: 1_000 }).catch(() => null);
        return last && !last.startsWith('Reading this page') ? last : undefined;
      },
      () => `the popup for tab ${tabId} should say what became of the page; it last said ${JSON.stringify(last)}`,
    );
  }
}
