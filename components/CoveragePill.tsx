import { useState } from 'preact/hooks';
import { plural } from './format';

interface Props {
  outlets: number;
  /** The extension page that lists the coverage: loaded in an iframe the web page cannot read. */
  cardUrl: string;
  onDismiss: () => void;
}

/**
 * The in-page pill. It lives in the page's DOM, where the page's scripts can
 * reach it, so it shows a count and nothing from the reader's history; the list
 * opens in an extension-origin iframe.
 */
export function CoveragePill({ outlets, cardUrl, onDismiss }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div class="pill" data-testid="parallax-pill">
      {open && <iframe class="pill__card" src={cardUrl} title="Parallax: other coverage of this event" data-testid="parallax-card" />}
      <div class="notice" role="status">
        <span class="notice__mark" aria-hidden="true">
          ◐
        </span>
        <button type="button" class="notice__open" aria-expanded={open} onClick={() => setOpen(!open)}>
          Also reported by {plural(outlets, 'outlet')}
        </button>
        <button type="button" class="notice__close" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}
