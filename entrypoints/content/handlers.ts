import type { ContentMessage, Handlers, PageStatus } from '@/lib/messaging';

/** The content script's side of the protocol: one handler per `*-cs-*` message. */
export function contentHandlers(
  pageStatus: () => PageStatus,
  highlightSentence: (sentence: string) => boolean,
  coverageChanged: () => void,
): Handlers<ContentMessage> {
  return {
    'ui-cs-get-page-status': () => pageStatus(),
    'ui-cs-highlight-sentence': ({ sentence }) => ({ found: highlightSentence(sentence) }),
    'bg-cs-coverage-changed': () => (coverageChanged(), { done: true }),
  };
}
