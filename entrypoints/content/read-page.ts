import type { ExtractedArticle, ExtractionResult, NotArticleReason } from '@/lib/extract';
import type { PageStatus, SaveArticleResult } from '@/lib/messaging';

export interface ReadPageSteps {
  extract(): ExtractionResult | Promise<ExtractionResult>;
  save(article: ExtractedArticle): Promise<SaveArticleResult>;
  onStatus(status: PageStatus): void;
  /**
   * Starts watching the page at once; resolves true when it has changed enough to be
   * worth reading again, false on timeout or when `signal` aborts.
   */
  pageChanged(signal: AbortSignal): Promise<boolean>;
  signal: AbortSignal;
}

/** Reasons that a page still rendering its article gives before the text arrives. */
const MAY_STILL_RENDER: ReadonlySet<NotArticleReason> = new Set(['empty-document', 'not-readerable', 'too-short']);
/** An article shorter than this may be a lede whose body is still loading: keep watching. */
const LOOKS_COMPLETE_WORDS = 150;
/** Each retry runs the extractor on the page's main thread: keep them few. */
const MAX_RETRIES = 4;

/**
 * Extracts the page and hands an article to the background — again after the
 * page changes, a few times, while what it shows is no article yet or looks
 * cut short (late-rendered text). Every outcome ends as a status; nothing here
 * throws into the page.
 */
export async function readPage({ extract, save, onStatus, pageChanged, signal }: ReadPageSteps): Promise<SaveArticleResult | null> {
  let saved: { article: ExtractedArticle; reply: SaveArticleResult } | null = null;
  try {
    for (let attempt = 0; !signal.aborted; attempt++) {
      // Watch from before the extraction: text a script adds while we extract, or while the
      // background saves, is a change to read again, not one to miss.
      const watching = new AbortController();
      const changed = pageChanged(AbortSignal.any([signal, watching.signal]));
      try {
        const result = await extract();
        if (result.isArticle && result.wordCount > (saved?.article.wordCount ?? -1)) {
          saved = { article: result, reply: await save(result) };
          if (!signal.aborted) onStatus({ state: 'saved', canonicalUrl: result.canonicalUrl });
        } else if (!result.isArticle && !saved) {
          // Said at once, so the popup never waits on a page that may never change.
          onStatus({ state: 'not-article', reason: result.reason, explanation: result.explanation });
          if (!MAY_STILL_RENDER.has(result.reason)) break;
        }
        if ((saved && saved.article.wordCount >= LOOKS_COMPLETE_WORDS) || attempt === MAX_RETRIES || !(await changed)) break;
      } finally {
        watching.abort();
      }
    }
  } catch (error) {
    if (!signal.aborted) onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  return saved?.reply ?? null;
}
