import { useState } from 'preact/hooks';
import type { Connector } from '@/lib/browser/connector';
import { CoverageList } from '@/components/CoverageList';
import { useLoaded } from '@/components/hooks';

/**
 * The card the in-page pill opens. It is an extension page in an iframe, so the
 * web page around it can never read the reader's history that it shows.
 */
export function App({ connector }: { connector: Connector }) {
  const [version, setVersion] = useState(0);
  const page = useLoaded(() => connector.currentPage(), [version]);
  const article = page.value?.article;
  if (page.value === undefined && !page.error) return <p class="muted card">Loading…</p>;
  if (!article) return <p class="muted card">This article is not in your history.</p>;
  return (
    <main class="card" aria-label="Other coverage">
      <h1 class="card__heading">Also reported by</h1>
      <CoverageList
        entries={page.value!.coverage}
        publishedAt={article.publishedAt}
        onNotSameEvent={(otherId) => void connector.markNotSameEvent(article.id, otherId).then(() => setVersion((v) => v + 1))}
      />
    </main>
  );
}
