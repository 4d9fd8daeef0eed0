import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, NotAnArticle } from '@/lib/extract';
import type { PageStatus } from '@/lib/messaging';
import { readPage } from './read-page';

const article = { isArticle: true, canonicalUrl: 'https://news.example/a.html' } as ExtractedArticle;
const notArticle: NotAnArticle = { isArticle: false, url: 'https://news.example/', reason: 'listing-page', explanation: 'A front page.', ms: 1 };

describe('readPage', () => {
  it('saves an article and reports it saved', async () => {
    const statuses: PageStatus[] = [];
    const saved = await readPage({ extract: () => article, save: async () => ({ articleId: 7, created: true, articleCount: 1 }), onStatus: (s) => statuses.push(s) });
    expect(saved?.articleId).toBe(7);
    expect(statuses).toEqual([{ state: 'saved', canonicalUrl: article.canonicalUrl }]);
  });

  it('does not send a page that is not an article', async () => {
    let sent = false;
    const statuses: PageStatus[] = [];
    await readPage({ extract: () => notArticle, save: async () => ((sent = true), { articleId: 1, created: true, articleCount: 1 }), onStatus: (s) => statuses.push(s) });
    expect(sent).toBe(false);
    expect(statuses).toEqual([{ state: 'not-article', reason: 'listing-page', explanation: 'A front page.' }]);
  });

  it('turns a refused save into a status instead of an error in the page', async () => {
    const statuses: PageStatus[] = [];
    const result = await readPage({
      extract: () => article,
      save: () => Promise.reject(new Error('cs-bg-save-article: title Invalid length')),
      onStatus: (s) => statuses.push(s),
    });
    expect(result).toBeNull();
    expect(statuses).toEqual([{ state: 'failed', message: 'cs-bg-save-article: title Invalid length' }]);
  });
});
