import { useMemo } from 'preact/hooks';
import type { Comparison, FramingArticle } from '@/lib/framing';
import { ComparisonGrid } from './ComparisonGrid';
import type { EvidenceSource } from './EvidenceList';
import { FindingItem } from './FindingItem';
import { useLoaded } from './hooks';

/** What a comparison of one article means: the rest of the coverage was copies of it. */
export const ONLY_COPIES = 'The other reports are copies of this same wire story: there is no other telling to compare.';

interface Props {
  articleId: number;
  compareEvent(articleId: number): Promise<Comparison>;
  readArticle(articleId: number): Promise<FramingArticle | null>;
  /** Highlights a sentence in the reader's tab; absent when this view is not about a tab's live page. */
  highlightInPage?: (sentence: string) => Promise<boolean>;
}

/** The full comparison: the few most telling differences in words, then the outlets side by side. */
export function CompareView({ articleId, compareEvent, readArticle, highlightInPage }: Props) {
  const { value: comparison, error } = useLoaded(() => compareEvent(articleId), [articleId]);
  const current = comparison?.articles.findIndex((a) => a.id === String(articleId)) ?? -1;
  const source = useMemo((): EvidenceSource | null => {
    if (!comparison) return null;
    // Each stored text is read once, however many findings quote it.
    const texts = new Map<number, Promise<FramingArticle | null>>();
    return {
      readArticle(index) {
        const id = Number(comparison.articles[index]?.id);
        if (!texts.has(index)) texts.set(index, Number.isInteger(id) ? readArticle(id) : Promise.resolve(null));
        return texts.get(index)!;
      },
      pageArticle: highlightInPage && current >= 0 ? current : null,
      highlightInPage: highlightInPage ?? (async () => false),
    };
  }, [comparison, Boolean(highlightInPage)]);

  if (error) {
    return (
      <p class="muted compare-empty" role="alert">
        The comparison could not be made: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  if (!comparison || !source) {
    return (
      <p class="muted compare-empty" aria-busy="true">
        Comparing the reports…
      </p>
    );
  }
  if (comparison.articles.length < 2) {
    return (
      <p class="muted compare-empty" data-testid="compare-alone">
        {ONLY_COPIES}
      </p>
    );
  }
  return (
    <div class="compare" data-testid="compare-view">
      <section aria-labelledby="compare-overview">
        <h3 id="compare-overview" class="compare-section__title">
          What differs most
        </h3>
        {comparison.overview.length === 0 ? (
          <p class="muted">No clear differences in framing between these reports.</p>
        ) : (
          <ol class="compare-overview" data-testid="compare-overview">
            {comparison.overview.map((finding, i) => (
              <li key={i}>
                <FindingItem finding={finding} source={source} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ComparisonGrid comparison={comparison} source={source} current={current} />
    </div>
  );
}
