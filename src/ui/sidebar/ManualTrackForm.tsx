import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { StatusLine } from '../components/StatusLine';
import type { ManualFields } from './types';

/** "Track this thread" when its page could not be read: the user types what Afterview would have read. */
export function ManualTrackForm({ track }: { track: (fields: ManualFields) => Promise<void> }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [when, setWhen] = useState('');
  const [failure, setFailure] = useState('');
  const submit = () => {
    if (!company.trim()) {
      setFailure('Type the company first.');
      return;
    }
    // datetime-local gives the user's wall-clock time; Date reads it in the browser's zone.
    const interviewAt = when ? new Date(when).toISOString() : null;
    track({ company: company.trim(), role: role.trim(), interviewAt }).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <form class="manual-track" aria-labelledby="afterview-manual-track" onSubmit={(event) => event.preventDefault()}>
      <h3 id="afterview-manual-track" class="thread__heading">
        Track this thread
      </h3>
      <Field label="Company">
        <input type="text" value={company} maxLength={200} required onInput={(e) => setCompany(e.currentTarget.value)} />
      </Field>
      <Field label="Role">
        <input type="text" value={role} maxLength={200} onInput={(e) => setRole(e.currentTarget.value)} />
      </Field>
      <Field label="Interview date and time" hint="Leave empty if it is not set yet.">
        <input type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      </Field>
      <Button primary onClick={submit}>
        Track this thread
      </Button>
      {failure ? <StatusLine message={failure} error /> : null}
    </form>
  );
}
