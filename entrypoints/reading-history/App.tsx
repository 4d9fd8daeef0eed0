import type { Connector } from '@/lib/browser/connector';
import { ArticleList } from '@/components/ArticleList';
import { plural } from '@/components/format';
import { useWatched } from '@/components/hooks';
import type { ArticleSummary } from '@/lib/store';

/** Enough for a first screen; search and paging arrive with the history issue. */
const SHOWN = 500;

export function App({ connector }: { connector: Connector }) {
  const articles = useWatched<ArticleSummary[]>((onValue) => connector.watchRecentArticles(SHOWN, onValue));
  const count = useWatched<number>((onValue) => connector.watchArticleCount(onValue));
  return (
    <main class="history">
      <header class="history__header">
        <h1 class="brand">Reading history</h1>
        <p class="muted" data-testid="article-count">
          {count === undefined ? '' : `${plural(count, 'article')}, kept on this computer only`}
        </p>
      </header>
      <ArticleList
        articles={articles}
        empty="Nothing read yet. Open a news article and it will appear here."
        onDelete={(article) => void connector.deleteArticle(article.id)}
      />
    </main>
  );
}
