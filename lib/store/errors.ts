/** Error names IndexedDB and Dexie use; Dexie keeps the original under `inner`. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (typeof e.name === 'string') names.push(e.name);
  }
  return names;
}

/**
 * A failed write in words a reader understands. Writes are single transactions,
 * so a failure never touches what was saved before — and the message says so.
 */
export function describeStoreError(error: unknown): string {
  const names = errorNames(error);
  const intact = 'Everything saved before is intact.';
  if (names.includes('QuotaExceededError')) return `The disk is full, so this article was not saved. ${intact}`;
  if (names.some((n) => n === 'InvalidStateError' || n === 'DatabaseClosedError' || n === 'VersionError')) {
    return `The reading history could not be opened just now, so this article was not saved. ${intact}`;
  }
  return `This article could not be saved (${error instanceof Error ? error.message : String(error)}). ${intact}`;
}
