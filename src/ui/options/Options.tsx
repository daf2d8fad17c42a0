import { useEffect, useState } from 'preact/hooks';
import type { ApplicationDossier, Settings, Stage } from '../../core/model';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { StatusLine } from '../components/StatusLine';
import { ApplicationEditor } from './ApplicationEditor';
import { CorrectionsSection } from './CorrectionsSection';
import { DataSection } from './DataSection';
import { SettingsForm } from './SettingsForm';
import { SyncSection } from './SyncSection';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dossiers, setDossiers] = useState<ApplicationDossier[]>([]);
  const [status, setStatus] = useState({ message: '', error: false });
  const report = (message: string, error = false) => setStatus({ message, error });

  const loadApplications = () => send('applications/list', {}).then(setDossiers, (e: unknown) => report(String(e instanceof Error ? e.message : e), true));
  useEffect(() => {
    send('settings/get', {}).then(setSettings, (e: unknown) => report(String(e instanceof Error ? e.message : e), true));
    void loadApplications();
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!settings) return;
    try {
      setSettings(await send('settings/save', { settings }));
      report('Settings saved.');
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), true);
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
      <section aria-labelledby="applications-title" class="options__section">
        <h2 id="applications-title">Applications</h2>
        {dossiers.length === 0 ? <p class="av-empty">No applications yet. Interview threads you open are tracked here; or add one by hand.</p> : null}
        {dossiers.map((d) => (
          <ApplicationEditor key={`${d.application.id}:${d.application.updatedAt}:${d.contacts.map((c) => c.involved).join()}`} dossier={d} report={report} onChanged={() => void loadApplications()} />
        ))}
        <AddApplication report={report} onAdded={() => void loadApplications()} />
      </section>
      <CorrectionsSection report={report} />
      <SyncSection report={report} />
      <DataSection report={report} onChanged={() => void loadApplications()} />
    </main>
  );
}

/** For an interview the mail did not show: arranged by phone, or missed by detection. */
function AddApplication({ report, onAdded }: { report: (m: string, e?: boolean) => void; onAdded: () => void }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [when, setWhen] = useState('');
  const [who, setWho] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    try {
      const stage: Stage = when && new Date(when).getTime() > Date.now() ? 'scheduled' : 'awaiting-decision';
      await send('application/add', {
        company,
        role,
        stage,
        interviewAt: when ? new Date(when).toISOString() : null,
        interviewers: who.split(',').map((n) => n.trim()).filter(Boolean),
      });
      report(`${company} added.`);
      setCompany('');
      setRole('');
      setWhen('');
      setWho('');
      onAdded();
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), true);
    }
  };
  const input = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <form class="options__add" onSubmit={(e) => void add(e)} aria-label="Add an application">
      <h3>Add an application by hand</h3>
      <div class="options__grid">
        <Field label="Company">
          <input class="av-input" required value={company} onInput={input(setCompany)} />
        </Field>
        <Field label="Role">
          <input class="av-input" value={role} onInput={input(setRole)} />
        </Field>
        <Field label="Interview date and time">
          <input class="av-input" type="datetime-local" value={when} onInput={input(setWhen)} />
        </Field>
        <Field label="Interviewers" hint="Full names, separated by commas.">
          <input class="av-input" value={who} onInput={input(setWho)} />
        </Field>
      </div>
      <Button type="submit">Add application</Button>
    </form>
  );
}
