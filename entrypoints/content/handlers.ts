import type { ContentMessage, Handlers, PageStatus } from '@/lib/messaging';

/** The content script's side of the protocol: one handler per `*-cs-*` message. */
export function contentHandlers(pageStatus: () => PageStatus): Handlers<ContentMessage> {
  return {
    'ui-cs-get-page-status': () => pageStatus(),
  };
}
