import type { Locator, Page } from '@playwright/test';

/** The side panel's Compare view: the overview, the outlet columns and the sections per kind of difference. */
export class ComparePanel {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('compare-view');
  }

  /** The most telling differences, in words (each a button that opens its sentences). */
  get overview(): Locator {
    return this.page.getByTestId('compare-overview').getByRole('button');
  }

  /** Outlet names heading the columns, in column order. */
  get outlets(): Locator {
    return this.page.getByTestId('compare-outlet');
  }

  /** A section by its plain title: "Headlines", "Who is quoted", "Only here", "Numbers that disagree", … */
  section(title: string): Locator {
    return this.view.getByRole('region', { name: title, exact: true });
  }

  /** One outlet's column within a section. */
  cell(section: string, outlet: string): Locator {
    return this.section(section).getByRole('group', { name: outlet, exact: true });
  }

  /** The findings an outlet's column of a section shows, in words. */
  findings(section: string, outlet: string): Locator {
    return this.cell(section, outlet).getByTestId('finding').getByRole('button');
  }

  get headlines(): Locator {
    return this.section('Headlines').getByTestId('headline-title');
  }

  get ledes(): Locator {
    return this.section('Headlines').getByTestId('headline-lede');
  }

  /** Opens a finding; returns what it shows: each supporting sentence and whether the page highlighted one. */
  async openFinding(finding: Locator): Promise<{ sentences: Locator; evidence: Locator; pageHighlight: Locator }> {
    await finding.click();
    const panel = this.page.locator(`[id="${await finding.getAttribute('aria-controls')}"]`);
    return {
      sentences: panel.getByTestId('evidence-sentence'),
      evidence: panel.getByTestId('evidence'),
      pageHighlight: panel.getByTestId('page-highlight'),
    };
  }
}

/**
 * What the page's own scripts can learn of a highlight: the CSS highlight registry,
 * marks in its DOM, and the contents of the element Parallax draws in.
 */
export function highlightSeenByPage(page: Page): Promise<{ registered: number; marks: number; hosts: number; readable: boolean }> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights;
    const hosts = [...document.querySelectorAll('parallax-highlight')];
    return {
      registered: registry?.size ?? 0,
      marks: document.querySelectorAll('mark').length,
      hosts: hosts.length,
      readable: hosts.some((host) => host.shadowRoot !== null || host.childNodes.length > 0),
    };
  });
}
