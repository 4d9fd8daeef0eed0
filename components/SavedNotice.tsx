interface Props {
  onDismiss: () => void;
}

/**
 * The in-page note after a save. It lives in the page's DOM (a shadow root), so
 * it says nothing about the reader's history: no titles, no counts.
 */
export function SavedNotice({ onDismiss }: Props) {
  return (
    <div class="notice" role="status" data-testid="parallax-notice">
      <span class="notice__mark" aria-hidden="true">
        ◐
      </span>
      <span>Saved to your Parallax history</span>
      <button type="button" class="notice__close" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
