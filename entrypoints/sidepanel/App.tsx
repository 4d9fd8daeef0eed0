import { useEffect } from 'preact/hooks';
import type { Connector } from '@/lib/browser/connector';
import { ArticleList } from '@/components/ArticleList';
import { CompareView } from '@/components/CompareView';
import { CoverageSection } from '@/components/CoverageSection';
import { CurrentPage } from '@/components/CurrentPage';
import { useCurrentPage, useWatched } from '@/components/hooks';
import type { ArticleSummary } from '@/lib/store';

export function App({ connector }: { connector: Connector }) {
  const { page, reload } = useCurrentPage(() => connector.currentPage());
  const recent = useWatched<ArticleSummary[]>((onValue) => connector.watchRecentArticles(20, onValue));
  // The panel stays open across tabs: follow the reader's tab, and the coverage a new read brings.
  useEffect(() => connector.watchTargetTab(reload), []);
  useEffect(() => void (recent && reload()), [recent]);
  const coverageKey = page?.coverage.map((c) => c.item.articleId).join(',');
  return (
    <main class="panel">
      <h1 class="brand">Parallax</h1>
      <section aria-labelledby="this-page">
        <h2 id="this-page" class="section-heading">
          This page
        </h2>
        <CurrentPage page={page} />
      </section>
      {page?.article && page.coverage.length > 0 && (
        <section aria-labelledby="compare-heading" class="panel__compare">
          <h2 id="compare-heading" class="section-heading">
            Compare
          </h2>
          <CompareView
            key={`${page.article.id}:${coverageKey}`}
            articleId={page.article.id}
            compareEvent={(id) => connector.compareEvent(id)}
            readArticle={(id) => connector.readArticle(id)}
            // Only a tab whose content script saved the page can show a highlight (not a pinned address).
            highlightInPage={page.status.state === 'saved' ? (sentence) => connector.highlightInPage(sentence) : undefined}
          />
        </section>
      )}
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
