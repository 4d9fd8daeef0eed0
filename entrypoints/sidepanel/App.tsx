import type { Connector } from '@/lib/browser/connector';
import { ArticleList } from '@/components/ArticleList';
import { CoverageSection } from '@/components/CoverageSection';
import { CurrentPage } from '@/components/CurrentPage';
import { useCurrentPage, useWatched } from '@/components/hooks';
import type { ArticleSummary } from '@/lib/store';

export function App({ connector }: { connector: Connector }) {
  const { page, reload } = useCurrentPage(() => connector.currentPage());
  const recent = useWatched<ArticleSummary[]>((onValue) => connector.watchRecentArticles(20, onValue));
  return (
    <main class="panel">
      <h1 class="brand">Parallax</h1>
      <section aria-labelledby="this-page">
        <h2 id="this-page" class="section-heading">
          This page
        </h2>
        <CurrentPage page={page} />
      </section>
      {page && (
        <CoverageSection
          page={page}
          recent={recent}
          onNotSameEvent={(a, b) => void connector.markNotSameEvent(a, b).then(reload)}
          onSameEvent={(a, b) => void connector.markSameEvent(a, b).then(reload)}
        />
      )}
      <section aria-labelledby="recent">
        <h2 id="recent" class="section-heading">
          Recently read
        </h2>
        <ArticleList articles={recent} empty="Articles you read appear here." />
      </section>
    </main>
  );
}
