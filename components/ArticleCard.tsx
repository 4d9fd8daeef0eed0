import type { ArticleSummary } from '@/lib/store';
import { safeHref, shortDate, timeAgo } from './format';

interface Props {
  article: ArticleSummary;
  onDelete?: (article: ArticleSummary) => void;
}

/** One stored article: what it is, who published it, when the reader read it. */
export function ArticleCard({ article, onDelete }: Props) {
  const href = safeHref(article.canonicalUrl);
  const published = shortDate(article.publishedAt);
  return (
    <article class="article-card" data-testid="article-card">
      <p class="article-card__outlet" data-testid="article-outlet">
        {article.outlet}
      </p>
      <h3 class="article-card__title" data-testid="article-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </h3>
      <p class="article-card__meta">
        {article.authors.length > 0 && <span>{article.authors.join(', ')} · </span>}
        {published && <span>published {published} · </span>}
        <span data-testid="article-read-at">read {timeAgo(article.readAt)}</span>
      </p>
      {onDelete && (
        <button
          type="button"
          class="button button--quiet"
          onClick={() => onDelete(article)}
          aria-label={`Delete “${article.title}” from history`}
        >
          Delete
        </button>
      )}
    </article>
  );
}
