import { useEffect, useState } from 'preact/hooks';
import type { Evidence, Finding, FramingArticle } from '@/lib/framing';
import { excerptOf } from './excerpt';
import { useLoaded } from './hooks';

export interface EvidenceSource {
  /** The stored article behind `Comparison.articles[index]`, for its text. */
  readArticle(index: number): Promise<FramingArticle | null>;
  /** The comparison's article that the reader's tab shows, if any: its sentences can be highlighted there. */
  pageArticle: number | null;
  highlightInPage(sentence: string): Promise<boolean>;
}

/** One sentence in its paragraph, the sentence marked; the bare quote if the text is gone or changed. */
function EvidenceExcerpt({ evidence, source }: { evidence: Evidence; source: EvidenceSource }) {
  const { value: article, error } = useLoaded(() => source.readArticle(evidence.article), [evidence.article]);
  const loading = article === undefined && error === undefined;
  const excerpt = article ? excerptOf(article, evidence) : null;
  return (
    <li class="evidence__item" data-testid="evidence">
      <p class="evidence__outlet">
        {evidence.outlet}
        {evidence.in === 'title' && <span class="muted"> · headline</span>}
      </p>
      <blockquote class="evidence__text" aria-busy={loading}>
        {excerpt ? (
          <>
            {excerpt.before}
            <mark data-testid="evidence-sentence">{excerpt.sentence}</mark>
            {excerpt.after}
          </>
        ) : (
          <mark data-testid="evidence-sentence">{evidence.sentence}</mark>
        )}
      </blockquote>
    </li>
  );
}

type PageHighlight = 'idle' | 'found' | 'missing';

/**
 * The sentences behind a finding, each in its article. The first one from the article
 * open in the reader's tab is also highlighted there, when the list appears.
 */
export function EvidenceList({ finding, source, id }: { finding: Finding; source: EvidenceSource; id: string }) {
  const inPage = finding.evidence.find((e) => e.article === source.pageArticle);
  const [highlight, setHighlight] = useState<PageHighlight>('idle');
  useEffect(() => {
    let live = true;
    if (inPage) void source.highlightInPage(inPage.sentence).then((found) => live && setHighlight(found ? 'found' : 'missing'));
    return () => void (live = false);
  }, [finding]);
  return (
    <div class="evidence" id={id}>
      <ul class="evidence__list">
        {finding.evidence.map((evidence, i) => (
          <EvidenceExcerpt key={`${evidence.article}:${evidence.start}:${i}`} evidence={evidence} source={source} />
        ))}
      </ul>
      {highlight !== 'idle' && (
        <p class="evidence__page muted" role="status" data-testid="page-highlight">
          {highlight === 'found' ? 'Highlighted in the page.' : 'This sentence could not be found in the open page.'}
        </p>
      )}
    </div>
  );
}
