import type { BackgroundMessage, Handlers } from '@/lib/messaging';
import { countArticles, deleteArticle, describeStoreError, saveArticle, type ParallaxDb } from '@/lib/store';

/** The background's side of the protocol: one handler per `*-bg-*` message. */
export function backgroundHandlers(db: ParallaxDb, now: () => number = Date.now): Handlers<BackgroundMessage> {
  return {
    'cs-bg-save-article': async (article) => {
      try {
        return { ...(await saveArticle(db, article, now())), articleCount: await countArticles(db) };
      } catch (error) {
        throw new Error(describeStoreError(error));
      }
    },
    'ui-bg-delete-article': async ({ articleId }) => ({ deleted: await deleteArticle(db, articleId) }),
  };
}
