import { useState } from 'preact/hooks';
import type { OpenedIn } from '@/lib/browser/connector';
import type { Comparison } from '@/lib/framing';
import { ONLY_COPIES } from './CompareView';
import { useLoaded } from './hooks';

interface Props {
  articleId: number;
  compareEvent(articleId: number): Promise<Comparison>;
  /** Opens the full comparison; called straight from the click, which the side panel needs. */
  onCompare(): Promise<OpenedIn>;
  limit?: number;
}

const OPENED_IN_TAB = 'The browser did not let Parallax open its side panel from here, so the comparison opened in a new tab.';

/** The sharpest few differences under the coverage list, and the way to the full comparison. */
export function CompareTeaser({ articleId, compareEvent, onCompare, limit = 3 }: Props) {
  const { value: comparison, error } = useLoaded(() => compareEvent(articleId), [articleId]);
  const [note, setNote] = useState<string | null>(null);
  const compare = () => {
    setNote(null);
    onCompare().then(
      (openedIn) => setNote(openedIn === 'tab' ? OPENED_IN_TAB : null),
      (failure: unknown) => setNote(`The comparison could not be opened: ${failure instanceof Error ? failure.message : String(failure)}`),
    );
  };
  const overview = comparison?.overview.slice(0, limit) ?? [];
  return (
    <section class="compare-teaser" aria-labelledby="compare-teaser-heading" data-testid="compare-teaser">
      <h2 id="compare-teaser-heading" class="section-heading">
        How they differ
      </h2>
      {error ? (
        <p class="muted">The differences could not be worked out: {error instanceof Error ? error.message : String(error)}</p>
      ) : !comparison ? (
        <p class="muted compare-teaser__loading" aria-busy="true">
          Comparing…
        </p>
      ) : comparison.articles.length < 2 ? (
        <p class="muted">{ONLY_COPIES}</p>
      ) : overview.length === 0 ? (
        <p class="muted">No clear differences in framing between these reports.</p>
      ) : (
        <ul class="compare-teaser__list" data-testid="compare-teaser-item-list">
          {overview.map((finding, i) => (
            <li key={i} data-testid="compare-teaser-item">
              {finding.summary}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button button--primary" onClick={compare}>
        Compare
      </button>
      {note && (
        <p class="muted compare-teaser__note" role="status" data-testid="compare-note">
          {note}
        </p>
      )}
    </section>
  );
}
