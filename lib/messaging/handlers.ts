import type { MessageName, Payload, Reply } from './protocol';
import { parsePayload } from './schemas';
import { assertSenderAllowed, type ExtensionIdentity, type MessageSender } from './sender';

export type Handler<K extends MessageName> = (payload: Payload<K>, sender: MessageSender) => Reply<K> | Promise<Reply<K>>;

/** One handler per message of a context: a missing or extra key is a type error. */
export type Handlers<K extends MessageName> = { [P in K]: Handler<P> };

/**
 * Wraps a handler so that it only ever sees a permitted sender and a valid
 * payload. Registration goes through this, so no handler can forget either check.
 */
export function guarded<K extends MessageName>(message: K, handler: Handler<K>, self: ExtensionIdentity) {
  return async (data: unknown, sender: MessageSender): Promise<Reply<K>> => {
    assertSenderAllowed(message, sender, self);
    return handler(parsePayload(message, data), sender);
  };
}
