import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/lib/browser/connector';
import { SettingsForm } from '@/components/SettingsForm';
import type { Settings } from '@/lib/settings';

export function App({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => void connector.loadSettings().then(setSettings), []);
  return (
    <main class="options">
      <h1 class="brand">Parallax options</h1>
      <p class="muted">Everything Parallax reads stays on this computer.</p>
      {settings ? (
        <SettingsForm settings={settings} onChange={(change) => void connector.updateSettings(change).then(setSettings)} />
      ) : (
        <p class="muted">Loading…</p>
      )}
    </main>
  );
}
