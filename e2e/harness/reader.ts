import type { Page } from '@playwright/test';
import { readStore, tabIdOf, type StoredRow } from './database';
import type { LaunchedExtension } from './launch';

/** A person reading a site with the extension installed. */
export interface Reader {
  /** Opens `path` in a new tab and waits until the page has loaded. */
  visit(path: string): Promise<Visit>;
  /** Opens an article and waits until its row is in IndexedDB. */
  read(path: string): Promise<Visit & { row: StoredRow }>;
  stored(): Promise<StoredRow[]>;
}

export interface Visit {
  page: Page;
  tabId: number;
  url: string;
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/** Polls `probe` until it returns a value, or fails after `timeoutMs` with `message`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, message: string | (() => string), timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${typeof message === 'string' ? message : message()}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

export function createReader(extension: LaunchedExtension, origin: string): Reader {
  const stored = () => readStore(extension.serviceWorker);
  const visit = async (path: string): Promise<Visit> => {
    const page = await extension.context.newPage();
    const url = new URL(path, origin).href;
    await page.goto(url);
    return { page, url, tabId: await tabIdOf(extension.serviceWorker, url) };
  };
  return {
    stored,
    visit,
    async read(path) {
      const visited = await visit(path);
      const target = withoutQuery(visited.url);
      const row = await waitFor(
        async () => (await stored()).find((r) => r.urls.some((u) => withoutQuery(u) === target)),
        `${path} should be saved`,
      );
      return { ...visited, row };
    },
  };
}
