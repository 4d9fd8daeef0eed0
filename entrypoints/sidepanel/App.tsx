import type { Connector } from '@/lib/browser/connector';
import { ArticleList } from '@/components/ArticleList';
import { CurrentPage } from '@/components/CurrentPage';
import { useLoaded, useWatched } from '@/components/hooks';
import type { ArticleSummary } from '@/lib/store';

export function App({ connector }: { connector: Connector }) {
  const page = useLoaded(() => connector.currentPage());
  const recent = useWatched<ArticleSummary[]>((onValue) => connector.watchRecentArticles(20, onValue));
  return (
    <main class="panel">
      <h1 class="brand">Parallax</h1>
      <section aria-labelledby="this-page">
        <h2 id="this-page" class="panel__heading">
          This page
        </h2>
        <CurrentPage page={page.error ? null : page.value} />
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent" class="panel__heading">
          Recently read
        </h2>
        <ArticleList articles={recent} empty="Articles you read appear here." />
      </section>
    </main>
  );
}
