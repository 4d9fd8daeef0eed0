import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractionResult, NotAnArticle } from '@/lib/extract';
import type { PageStatus } from '@/lib/messaging';
import { readPage, type ReadPageSteps } from './read-page';

const article = { isArticle: true, canonicalUrl: 'https://news.example/a.html', wordCount: 400 } as ExtractedArticle;
const lede = { ...article, wordCount: 52 };
const notArticle = (reason: NotAnArticle['reason']): NotAnArticle => ({
  isArticle: false,
  url: 'https://news.example/',
  reason,
  explanation: `because ${reason}`,
  ms: 1,
});
const savedReply = { articleId: 7, created: true, articleCount: 1, otherOutlets: 0 };

/** Runs readPage with extraction results given in order, recording what it did. */
async function run(results: ExtractionResult[], overrides: Partial<ReadPageSteps> = {}) {
  const statuses: PageStatus[] = [];
  let extractions = 0;
  let saves = 0;
  const outcome = await readPage({
    extract: () => results[Math.min(extractions++, results.length - 1)]!,
    save: async () => (saves++, savedReply),
    onStatus: (status) => statuses.push(status),
    pageChanged: async () => true,
    signal: new AbortController().signal,
    ...overrides,
  });
  return { outcome, statuses, extractions, saves };
}

describe('readPage', () => {
  it('saves an article and reports it saved', async () => {
    const { outcome, statuses } = await run([article]);
    expect(outcome).toEqual(savedReply);
    expect(statuses).toEqual([{ state: 'saved', canonicalUrl: article.canonicalUrl }]);
  });

  it('reads again when a page renders its article after load', async () => {
    const { statuses, extractions, saves } = await run([notArticle('too-short'), notArticle('too-short'), article]);
    expect(extractions).toBe(3);
    expect(saves).toBe(1);
    expect(statuses.at(-1)).toEqual({ state: 'saved', canonicalUrl: article.canonicalUrl });
  });

  it('saves a lede at once and the whole story when the rest of it renders', async () => {
    const saved: number[] = [];
    const { statuses, extractions } = await run([lede, lede, article], { save: async (a) => (saved.push(a.wordCount), savedReply) });
    expect(extractions).toBe(3);
    expect(saved).toEqual([52, 400]);
    expect(statuses.at(-1)).toEqual({ state: 'saved', canonicalUrl: article.canonicalUrl });
  });

  it('stops watching once the article looks complete', async () => {
    const { extractions } = await run([article, article]);
    expect(extractions).toBe(1);
  });

  it('gives up after a few changes that never become an article', async () => {
    const { statuses, extractions, saves } = await run([notArticle('too-short')]);
    expect(extractions).toBe(5);
    expect(saves).toBe(0);
    expect(new Set(statuses.map((s) => JSON.stringify(s)))).toEqual(
      new Set([JSON.stringify({ state: 'not-article', reason: 'too-short', explanation: 'because too-short' })]),
    );
  });

  it('does not wait on a page that is plainly a list of stories', async () => {
    const { extractions } = await run([notArticle('listing-page')]);
    expect(extractions).toBe(1);
  });

  it('says at once that a page is not an article, while it watches for late text', async () => {
    const statuses: PageStatus[] = [];
    let release: (changed: boolean) => void = () => {};
    const reading = readPage({
      extract: () => notArticle('not-readerable'),
      save: async () => savedReply,
      onStatus: (status) => statuses.push(status),
      pageChanged: () => new Promise((resolve) => (release = resolve)),
      signal: new AbortController().signal,
    });
    await Promise.resolve();
    expect(statuses).toEqual([{ state: 'not-article', reason: 'not-readerable', explanation: 'because not-readerable' }]);
    release(false);
    await reading;
  });

  it('watches for changes from before each extraction, so text added while it extracts or saves is not missed', async () => {
    const steps: string[] = [];
    let extractions = 0;
    await readPage({
      extract: () => (steps.push('extract'), [lede, article][extractions++]!),
      save: async () => (steps.push('save'), savedReply),
      onStatus: () => {},
      pageChanged: async () => (steps.push('watch'), true),
      signal: new AbortController().signal,
    });
    expect(steps).toEqual(['watch', 'extract', 'save', 'watch', 'extract', 'save']);
  });

  it('stops watching the page once it has read it', async () => {
    const watches: AbortSignal[] = [];
    await run([article], { pageChanged: (signal) => (watches.push(signal), new Promise(() => {})) });
    expect(watches.map((s) => s.aborted)).toEqual([true]);
  });

  it('stops without a word when the page navigates away mid-read', async () => {
    const controller = new AbortController();
    const { outcome, statuses, saves } = await run([notArticle('too-short'), article], {
      signal: controller.signal,
      pageChanged: async () => (controller.abort(), true),
    });
    expect(outcome).toBeNull();
    expect(saves).toBe(0);
    expect(statuses.map((s) => s.state)).not.toContain('saved');
  });

  it('turns a refused save into a status instead of an error in the page', async () => {
    const { outcome, statuses } = await run([article], {
      save: () => Promise.reject(new Error('cs-bg-save-article: title Invalid length')),
    });
    expect(outcome).toBeNull();
    expect(statuses).toEqual([{ state: 'failed', message: 'cs-bg-save-article: title Invalid length' }]);
  });
});
