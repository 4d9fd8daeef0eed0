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

/** What the article's page highlights: the CSS Custom Highlight's text, or the <mark> fallback's. */
export function highlightedInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    const highlight = registry?.get('parallax-evidence');
    if (highlight) return [...highlight].map((range) => range.toString()).join(' ');
    return [...document.querySelectorAll('mark[data-parallax-highlight]')].map((m) => m.textContent).join('');
  });
}
