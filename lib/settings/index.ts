import * as v from 'valibot';

/** The reader's preferences. Small, so they live in extension storage, not the database. */
export interface Settings {
  /** Read and keep articles while browsing. */
  saveArticles: boolean;
  /** Show a short note in the page when an article was saved. */
  showInPageNotice: boolean;
}

export const DEFAULT_SETTINGS: Settings = { saveArticles: true, showInPageNotice: true };

const settingsSchema = v.object({ saveArticles: v.boolean(), showInPageNotice: v.boolean() });

/** Stored settings, with any field that is missing or malformed replaced by its default. */
export function validateSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (v.is(settingsSchema.entries[key], stored[key])) merged[key] = stored[key] as boolean;
  }
  return merged;
}
