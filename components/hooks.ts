import { useEffect, useState } from 'preact/hooks';
import type { CurrentPage } from '@/lib/browser/connector';

/** The latest value of a subscription; `undefined` until it first reports. */
export function useWatched<T>(subscribe: (onValue: (value: T) => void) => () => void, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => subscribe(setValue), deps);
  return value;
}

/** The result of a promise-returning load, re-run when `deps` change. */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[] = []): { value?: T; error?: unknown } {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value }),
      (error: unknown) => live && setState({ error }),
    );
    return () => void (live = false);
  }, deps);
  return state;
}

/** The page an extension page is about, and a way to read it again after a change. */
export function useCurrentPage(load: () => Promise<CurrentPage | null>): { page: CurrentPage | null | undefined; reload: () => void } {
  const [version, setVersion] = useState(0);
  const { value, error } = useLoaded(load, [version]);
  return { page: error ? null : value, reload: () => setVersion((v) => v + 1) };
}
