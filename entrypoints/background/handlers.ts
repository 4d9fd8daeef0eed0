import { injectExtractor } from '@/lib/browser/extractor';
import { sendToEveryTab } from '@/lib/browser/messenger';
import { cleanUrl } from '@/lib/extract/canonical-url';
import { ComparisonCache } from '@/lib/coverage/comparisons';
import type { CoverageService } from '@/lib/coverage/service';
import { compareArticles } from '@/lib/framing';
import type { BackgroundMessage, Handlers } from '@/lib/messaging';
import {
  countArticles,
  deleteArticle,
  describeStoreError,
  eventArticles,
  pageCoverage,
  pageOutlets,
  saveArticle,
  type ParallaxDb,
} from '@/lib/store';

/** The background's side of the protocol: one handler per `*-bg-*` message. */
export function backgroundHandlers(
  db: ParallaxDb,
  coverage: CoverageService,
  now: () => number = Date.now,
  inject: typeof injectExtractor = injectExtractor,
  /** Tells every tab's in-page pill that the stored coverage changed. */
  coverageChanged: () => Promise<void> = () => sendToEveryTab('bg-cs-coverage-changed', undefined),
): Handlers<BackgroundMessage> {
  // A pill that misses the news only keeps its count until the reader is back on its tab.
  const tellTabs = () => void coverageChanged().catch(() => undefined);
  const comparisons = new ComparisonCache();
  return {
    'cs-bg-save-article': async (article) => {
      let saved;
      try {
        saved = await saveArticle(db, article, now());
      } catch (error) {
        throw new Error(describeStoreError(error));
      }
      // Matching is a bonus on top of a safe save: its failure must never lose the read.
      const { outlets } = await coverage
        .articleSaved({
          id: saved.articleId,
          outlet: article.outlet,
          title: article.title,
          paragraphs: article.paragraphs,
          publishedAt: article.publishedAt,
          lang: article.lang,
        })
        .catch((error: unknown) => (console.error('Parallax: matching failed', error), { outlets: 0 }));
      return { ...saved, articleCount: await countArticles(db), otherOutlets: outlets };
    },
    'cs-bg-load-extractor': async (_, sender) => {
      // The sender check already proved a content script in a web page tab.
      await inject(sender.tab!.id!, sender.frameId ?? 0);
      return { loaded: true };
    },
    'cs-bg-page-outlets': async (_, sender) => {
      // The sender check already proved a web page: its own address, never one it names.
      const page = (sender.url ?? sender.tab!.url)!;
      return { otherOutlets: await pageOutlets(db, cleanUrl(page) ?? page) };
    },
    'ui-bg-delete-article': async ({ articleId }) => {
      const deleted = await deleteArticle(db, articleId);
      if (deleted) {
        await coverage.articleDeleted(articleId);
        tellTabs();
      }
      return { deleted };
    },
    'ui-bg-get-page-coverage': ({ url }) => pageCoverage(db, url),
    'ui-bg-mark-not-same-event': async ({ articleId, otherId }) => {
      await coverage.markApart(articleId, otherId);
      tellTabs();
      return { done: true };
    },
    'ui-bg-mark-same-event': async ({ articleId, otherId }) => {
      await coverage.markSame(articleId, otherId);
      tellTabs();
      return { done: true };
    },
    'ui-bg-compare-event': async ({ articleId }) => {
      const articles = await eventArticles(db, articleId);
      if (!articles) throw new Error('This article is no longer in your reading history.');
      return comparisons.get(articles, () => compareArticles(articles));
    },
  };
}
