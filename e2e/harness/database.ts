import type { StoredArticle } from '../../lib/store';
import type { Worker } from '@playwright/test';

/** A stored row as the tests read it, straight from IndexedDB. */
export type StoredRow = StoredArticle & { id: number };

/**
 * Every row of a store, read with the raw IndexedDB API inside the extension's
 * service worker: what is really on disk, not what our code says it saved.
 */
export async function readStore<T = StoredRow>(serviceWorker: Worker, store = 'articles'): Promise<T[]> {
  return serviceWorker.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        // No database yet: abort instead of creating an empty one, which would
        // then block the extension's own first open (its schema upgrade).
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
          request.transaction!.oncomplete = () => db.close();
        };
      }),
    store,
  );
}

/** The id of the tab showing `url`, for opening the popup "about" that tab. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
