import type { Connector } from '@/lib/browser/connector';
import { CompareTeaser } from '@/components/CompareTeaser';
import { CoverageSection } from '@/components/CoverageSection';
import { CurrentPage } from '@/components/CurrentPage';
import { plural } from '@/components/format';
import { useCurrentPage, useWatched } from '@/components/hooks';
import type { ArticleSummary } from '@/lib/store';

/** Recent reads offered for "same event": enough to cover a few days of reading. */
const RECENT_FOR_LINKING = 50;

export function App({ connector }: { connector: Connector }) {
  const { page, reload } = useCurrentPage(() => connector.currentPage());
  const count = useWatched<number>((onValue) => connector.watchArticleCount(onValue));
  const recent = useWatched<ArticleSummary[]>((onValue) => connector.watchRecentArticles(RECENT_FOR_LINKING, onValue));
  const compared = page?.article && page.coverage.length > 0 ? page.article : null;
  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="brand">Parallax</h1>
        <button type="button" class="button button--quiet" onClick={() => void connector.openOptions()}>
          Options
        </button>
      </header>
      <section class="popup__page" aria-label="This page">
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
      {compared && (
        <CompareTeaser
          articleId={compared.id}
          compareEvent={(id) => connector.compareEvent(id)}
          onCompare={() => connector.openSidePanel()}
        />
      )}
      <footer class="popup__footer">
        <p class="muted" data-testid="article-count">
          {count === undefined ? '' : `${plural(count, 'article')} in your history`}
        </p>
        <div class="popup__actions">
          <button type="button" class="button" onClick={() => void connector.openReadingHistory()}>
            Reading history
          </button>
          {/* Always in reach while the list scrolls; the teaser's Compare is the one primary action. */}
          <button type="button" class="button" onClick={() => void connector.openSidePanel()}>
            Side panel
          </button>
        </div>
      </footer>
    </main>
  );
}
