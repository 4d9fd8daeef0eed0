import { ComparePanel } from './compare';
import { ExtensionPage } from './extension-page';

export class SidePanelPage extends ExtensionPage {
  async open(tabId: number): Promise<this> {
    await this.goto(`sidepanel.html?tabId=${tabId}`);
    return this;
  }

  get compare(): ComparePanel {
    return new ComparePanel(this.page);
  }

  get recent() {
    return this.page.getByRole('region', { name: 'Recently read' }).getByTestId('article-title');
  }
}
