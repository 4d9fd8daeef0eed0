import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '@/lib/store';
import { ArticleCard } from './ArticleCard';

interface Props {
  articles: ArticleSummary[] | undefined;
  empty: ComponentChildren;
  onDelete?: (article: ArticleSummary) => void;
}

export function ArticleList({ articles, empty, onDelete }: Props) {
  if (!articles) return <p class="muted">Loading…</p>;
  if (articles.length === 0) return <div class="empty">{empty}</div>;
  return (
    <ol class="article-list" data-testid="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} onDelete={onDelete} />
        </li>
      ))}
    </ol>
  );
}
