import { browser } from '#imports';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { guarded, type Handlers, type MessageName, type Payload, type ProtocolMap, type Reply } from '../messaging';

const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

function identity() {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

/** Registers a context's handlers, each behind the sender and payload checks of lib/messaging. */
export function registerHandlers<K extends MessageName>(handlers: Handlers<K>): () => void {
  const self = identity();
  const removers = (Object.keys(handlers) as K[]).map((name) => {
    const handle = guarded(name, handlers[name], self);
    // The library's per-message typing cannot follow a generic key; `guarded` restores it.
    return messenger.onMessage(name, (message) => handle(message.data, message.sender) as never);
  });
  return () => removers.forEach((remove) => remove());
}

export function sendToBackground<K extends MessageName>(name: K, payload: Payload<K>): Promise<Reply<K>> {
  return messenger.sendMessage(name, payload as never) as Promise<Reply<K>>;
}

export function sendToTab<K extends MessageName>(tabId: number, name: K, payload: Payload<K>): Promise<Reply<K>> {
  return messenger.sendMessage(name, payload as never, tabId) as Promise<Reply<K>>;
}

/** Sends to the content scripts of every open tab; a tab without one (a browser page, a store page) is passed over. */
export async function sendToEveryTab<K extends MessageName>(name: K, payload: Payload<K>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, name, payload).catch(() => undefined))));
}
