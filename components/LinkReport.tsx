import type { ArticleSummary } from '@/lib/store';

interface Props {
  candidates: ArticleSummary[];
  onSameEvent: (otherId: number) => void;
}

/** The reader's correction the other way: "this other report I read is the same event". */
export function LinkReport({ candidates, onSameEvent }: Props) {
  if (candidates.length === 0) return null;
  return (
    <details class="link-report" data-testid="link-report">
      <summary>Another report of this event you read?</summary>
      <ul class="link-report__list">
        {candidates.map((candidate) => (
          <li key={candidate.id} class="link-report__item" data-testid="link-candidate">
            <span class="link-report__text">
              <span class="coverage__outlet">{candidate.outlet}</span> {candidate.title}
            </span>
            <button
              type="button"
              class="button button--quiet"
              aria-label={`Same event: ${candidate.outlet}, ${candidate.title}`}
              onClick={() => onSameEvent(candidate.id)}
            >
              Same event
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
