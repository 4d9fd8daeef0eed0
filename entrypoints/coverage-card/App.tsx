import type { Connector } from '@/lib/browser/connector';
import { CompareTeaser } from '@/components/CompareTeaser';
import { CoverageSection } from '@/components/CoverageSection';
import { useCurrentPage } from '@/components/hooks';

/**
 * The card the in-page pill opens. It is an extension page in an iframe, so the
 * web page around it can never read the reader's history that it shows.
 */
export function App({ connector }: { connector: Connector }) {
  const { page, reload } = useCurrentPage(() => connector.currentPage());
  if (page === undefined) return <p class="muted card">Loading…</p>;
  if (!page?.article) return <p class="muted card">This article is not in your history.</p>;
  return (
    <main class="card">
      <CoverageSection
        page={page}
        onNotSameEvent={(a, b) => void connector.markNotSameEvent(a, b).then(reload)}
        onSameEvent={(a, b) => void connector.markSameEvent(a, b).then(reload)}
      />
      {page.coverage.length > 0 && (
        <CompareTeaser
          articleId={page.article.id}
          compareEvent={(id) => connector.compareEvent(id)}
          onCompare={() => connector.openSidePanel()}
        />
      )}
    </main>
  );
}
