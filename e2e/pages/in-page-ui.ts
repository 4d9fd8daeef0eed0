import type { Locator, Page } from '@playwright/test';

/** What Parallax shows inside a web page (an open shadow root, which Playwright pierces). */
export class InPageUi {
  constructor(readonly page: Page) {}

  get notice(): Locator {
    return this.page.getByTestId('parallax-notice');
  }

  /** "Also reported by N outlets". */
  get pill(): Locator {
    return this.page.getByTestId('parallax-pill');
  }

  /** Opens the coverage card from the pill; its contents live in an extension-origin frame. */
  async openCard() {
    await this.pill.getByRole('button', { name: /Also reported by/ }).click();
    return this.page.frameLocator('[data-testid="parallax-card"]');
  }

  /** Dismisses whichever note shows: the "saved" note or the pill. */
  async dismiss(): Promise<void> {
    await this.notice.or(this.pill).getByRole('button', { name: 'Dismiss' }).click();
  }
}
