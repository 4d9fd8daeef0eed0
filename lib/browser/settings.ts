import { storage } from '#imports';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../settings';

// Bump `version` and add a migration whenever the shape of Settings changes.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
