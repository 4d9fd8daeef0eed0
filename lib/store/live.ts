import { liveQuery } from 'dexie';

export type Unsubscribe = () => void;

/**
 * Runs `query` now and again whenever a transaction it read from commits — in
 * any context, so extension pages follow the background's writes.
 */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
