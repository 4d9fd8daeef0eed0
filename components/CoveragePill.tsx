import { plural } from './format';

interface Props {
  outlets: number;
  onDismiss: () => void;
}

/**
 * The in-page pill. It lives in the page's DOM (a shadow root the page's scripts
 * can reach), so it shows a count and nothing from the reader's history.
 */
export function CoveragePill({ outlets, onDismiss }: Props) {
  return (
    <div class="notice" role="status" data-testid="parallax-pill">
      <span class="notice__mark" aria-hidden="true">
        ◐
      </span>
      <span>Also reported by {plural(outlets, 'outlet')}</span>
      <button type="button" class="notice__close" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
