import type { ExtractionResult } from '@/lib/extract';
import type { PageStatus, SaveArticleResult } from '@/lib/messaging';

export interface ReadPageSteps {
  extract(): ExtractionResult;
  save(result: Extract<ExtractionResult, { isArticle: true }>): Promise<SaveArticleResult>;
  onStatus(status: PageStatus): void;
}

/**
 * Extracts the page and hands an article to the background. Every outcome,
 * failures included, ends as a status: nothing here throws into the page.
 */
export async function readPage({ extract, save, onStatus }: ReadPageSteps): Promise<SaveArticleResult | null> {
  try {
    const result = extract();
    if (!result.isArticle) {
      onStatus({ state: 'not-article', reason: result.reason, explanation: result.explanation });
      return null;
    }
    const saved = await save(result);
    onStatus({ state: 'saved', canonicalUrl: result.canonicalUrl });
    return saved;
  } catch (error) {
    onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
