import type { Settings } from '@/lib/settings';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const FIELDS: { key: keyof Settings; label: string; hint: string }[] = [
  {
    key: 'saveArticles',
    label: 'Save articles as I read',
    hint: 'News and blog articles you open are kept in your reading history on this computer.',
  },
  {
    key: 'showInPageNotice',
    label: 'Show a note in the page when an article is saved',
    hint: 'A small note in the corner for a few seconds.',
  },
];

export function SettingsForm({ settings, onChange }: Props) {
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map(({ key, label, hint }) => (
        <label class="setting" key={key}>
          <input
            type="checkbox"
            name={key}
            checked={settings[key]}
            onChange={(event) => onChange({ [key]: event.currentTarget.checked })}
          />
          <span>
            <span class="setting__label">{label}</span>
            <span class="setting__hint">{hint}</span>
          </span>
        </label>
      ))}
    </form>
  );
}
