export interface ChangeWatch {
  /** How long the DOM must stay quiet before a burst of changes counts as done. */
  settleMs: number;
  /** Give up after this long without a settled change. */
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * Resolves `true` once `root` has changed and then stayed quiet for `settleMs`,
 * `false` on timeout or abort. The observer is always disconnected: nothing
 * keeps watching the page after the answer.
 */
export function domChanged(root: Node, { settleMs, timeoutMs, signal }: ChangeWatch): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (changed: boolean) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      resolve(changed);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(() => finish(true), settleMs);
    });
    const deadline = setTimeout(() => finish(false), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
