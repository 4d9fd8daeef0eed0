import { ExtensionPage } from './extension-page';

export class ReadingHistoryPage extends ExtensionPage {
  async open(): Promise<this> {
    await this.goto('reading-history.html');
    return this;
  }

  async delete(title: string): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: /^Delete/ })
      .click();
  }
}
