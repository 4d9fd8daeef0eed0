import type { MessageName } from './protocol';

/** The parts of `runtime.MessageSender` the checks read; a plain object so lib/ stays browser-free. */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. `chrome-extension://abc…/` */
  baseUrl: string;
}

export class SenderRejected extends Error {
  override name = 'SenderRejected';
}

const isWebPage = (url: string | undefined): boolean => /^https?:\/\//i.test(url ?? '');

/**
 * Throws unless `sender` may send `message`. The first segment of the name says
 * who may: `cs` a content script in a web page tab, `ui` one of our own pages,
 * `bg` the background.
 */
export function assertSenderAllowed(message: MessageName, sender: MessageSender, self: ExtensionIdentity): void {
  if (sender.id !== self.id) throw new SenderRejected(`${message}: message from another extension`);
  const from = message.split('-')[0];
  if (from === 'cs') {
    if (sender.tab?.id === undefined || !isWebPage(sender.url ?? sender.tab.url)) {
      throw new SenderRejected(`${message}: accepted only from a content script in a web page`);
    }
  } else if (!(sender.url ?? '').startsWith(self.baseUrl)) {
    throw new SenderRejected(`${message}: accepted only from the extension's own pages`);
  }
}
