import { ExtensionPage } from './extension-page';

export class OptionsPage extends ExtensionPage {
  async open(): Promise<this> {
    await this.goto('options.html');
    return this;
  }

  setting(label: string) {
    return this.page.getByRole('checkbox', { name: label });
  }
}
