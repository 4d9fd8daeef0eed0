import type { Locator, Page } from '@playwright/test';
import type { LaunchedExtension } from '../harness/launch';

/** An extension page opened as a tab (the real popup and side panel are not reachable by Playwright). */
export abstract class ExtensionPage {
  constructor(
    readonly page: Page,
    protected readonly extension: LaunchedExtension,
  ) {}

  protected async goto(path: string): Promise<void> {
    await this.page.goto(this.extension.url(path));
  }

  get articleCards(): Locator {
    return this.page.getByTestId('article-card');
  }

  get articleTitles(): Locator {
    return this.page.getByTestId('article-title');
  }

  get articleCount(): Locator {
    return this.page.getByTestId('article-count');
  }

  card(title: string): Locator {
    return this.articleCards.filter({ has: this.page.getByTestId('article-title').getByText(title, { exact: true }) });
  }
}
