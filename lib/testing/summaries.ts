import type { ArticleSummary } from '../store';

/** A stored article's summary for component tests; override what the test is about. */
export function summaryOf(change: Partial<ArticleSummary> & { id: number }): ArticleSummary {
  return {
    title: `Story ${change.id}`,
    canonicalUrl: `https://news.example/${change.id}.html`,
    outlet: 'Continental Wire',
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    lang: 'en',
    section: null,
    excerpt: '',
    imageUrl: null,
    paywall: { declared: false, truncated: false },
    wordCount: 300,
    extractMs: 12,
    firstReadAt: change.readAt ?? 1_000,
    readAt: 1_000,
    readCount: 1,
    ...change,
  };
}
