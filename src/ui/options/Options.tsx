import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/model';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';
import { SettingsForm } from './SettingsForm';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState({ message: '', error: false });

  useEffect(() => {
    send('settings/get', {})
      .then(setSettings)
      .catch((error: unknown) => setStatus({ message: String(error instanceof Error ? error.message : error), error: true }));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!settings) return;
    try {
      setSettings(await send('settings/save', { settings }));
      setStatus({ message: 'Settings saved.', error: false });
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  return (
    <main class="options">
      <h1>Afterview settings</h1>
      {settings ? (
        <form onSubmit={(e) => void save(e)}>
          <SettingsForm settings={settings} onChange={setSettings} />
          <Button primary type="submit">
            Save settings
          </Button>
        </form>
      ) : (
        <p class="av-empty">Loading settings…</p>
      )}
      <StatusLine message={status.message} error={status.error} />
    </main>
  );
}
