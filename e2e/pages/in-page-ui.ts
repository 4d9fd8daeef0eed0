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

  async dismiss(): Promise<void> {
    await this.notice.getByRole('button', { name: 'Dismiss' }).click();
  }
}
