import { useState } from 'preact/hooks';
import type { Connector } from '@/lib/browser/connector';
import { CoverageList } from '@/components/CoverageList';
import { CurrentPage } from '@/components/CurrentPage';
import { plural } from '@/components/format';
import { useLoaded, useWatched } from '@/components/hooks';

export function App({ connector }: { connector: Connector }) {
  const [version, setVersion] = useState(0);
  const page = useLoaded(() => connector.currentPage(), [version]);
  const count = useWatched<number>((onValue) => connector.watchArticleCount(onValue));
  const current = page.error ? null : page.value;
  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="brand">Parallax</h1>
        <button type="button" class="button button--quiet" onClick={() => void connector.openOptions()}>
          Options
        </button>
      </header>
      <section class="popup__page" aria-label="This page">
        <CurrentPage page={current} />
      </section>
      {current?.article && (
        <section class="popup__coverage" aria-labelledby="coverage-heading">
          <h2 id="coverage-heading" class="popup__heading">
            Also reported by
          </h2>
          <CoverageList
            entries={current.coverage}
            publishedAt={current.article.publishedAt}
            onNotSameEvent={(otherId) => void connector.markNotSameEvent(current.article!.id, otherId).then(() => setVersion((v) => v + 1))}
          />
        </section>
      )}
      <footer class="popup__footer">
        <p class="muted" data-testid="article-count">
          {count === undefined ? '' : `${plural(count, 'article')} in your history`}
        </p>
        <div class="popup__actions">
          <button type="button" class="button" onClick={() => void connector.openReadingHistory()}>
            Reading history
          </button>
          <button type="button" class="button button--primary" onClick={() => void connector.openSidePanel()}>
            Side panel
          </button>
        </div>
      </footer>
    </main>
  );
}
