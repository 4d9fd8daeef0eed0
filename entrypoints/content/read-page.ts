import type { ExtractedArticle, ExtractionResult, NotArticleReason } from '@/lib/extract';
import type { PageStatus, SaveArticleResult } from '@/lib/messaging';

export interface ReadPageSteps {
  extract(): ExtractionResult;
  save(article: ExtractedArticle): Promise<SaveArticleResult>;
  onStatus(status: PageStatus): void;
  /** Resolves true when the page changed enough to be worth reading again. */
  pageChanged(): Promise<boolean>;
  signal: AbortSignal;
}

/** Reasons that a page still rendering its article gives before the text arrives. */
const MAY_STILL_RENDER: ReadonlySet<NotArticleReason> = new Set(['empty-document', 'not-readerable', 'too-short']);
/** Each retry runs the extractor on the page's main thread: keep them few. */
const MAX_RETRIES = 4;

/**
 * Extracts the page — again after it changes, a few times, for articles that
 * render late — and hands an article to the background. Every outcome ends as a
 * status; nothing here throws into the page.
 */
export async function readPage({ extract, save, onStatus, pageChanged, signal }: ReadPageSteps): Promise<SaveArticleResult | null> {
  try {
    let result = extract();
    for (let retry = 0; !result.isArticle && MAY_STILL_RENDER.has(result.reason) && retry < MAX_RETRIES; retry++) {
      if (!(await pageChanged()) || signal.aborted) break;
      result = extract();
    }
    if (signal.aborted) return null;
    if (!result.isArticle) {
      onStatus({ state: 'not-article', reason: result.reason, explanation: result.explanation });
      return null;
    }
    const saved = await save(result);
    if (!signal.aborted) onStatus({ state: 'saved', canonicalUrl: result.canonicalUrl });
    return saved;
  } catch (error) {
    if (!signal.aborted) onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
