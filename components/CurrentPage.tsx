import type { CurrentPage as Page } from '@/lib/browser/connector';
import { ArticleCard } from './ArticleCard';

const STATUS_WORDS = {
  pending: 'Reading this page…',
  disabled: 'Saving is paused. Turn it on in Options.',
  saved: 'Saved.',
  unavailable: 'Parallax does not read this kind of page.',
} as const;

/** The tab's article, or in words why there is none. */
export function CurrentPage({ page }: { page: Page | null | undefined }) {
  if (page === undefined) return <p class="muted">Loading…</p>;
  if (page === null) {
    return (
      <p class="muted" data-testid="page-status">
        {STATUS_WORDS.unavailable}
      </p>
    );
  }
  if (page.article) return <ArticleCard article={page.article} />;
  const { status } = page;
  const words =
    status.state === 'not-article' ? status.explanation : status.state === 'failed' ? status.message : STATUS_WORDS[status.state];
  return (
    <p class="muted" data-testid="page-status">
      {words}
    </p>
  );
}
