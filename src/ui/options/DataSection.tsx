import { useState } from 'preact/hooks';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { download } from '../download';

type Report = (message: string, error?: boolean) => void;

/** Backup, calendar export and deleting everything — the last behind a typed confirmation. */
export function DataSection({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const run = async (work: () => Promise<string>) => {
    try {
      report(await work());
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), true);
    }
  };
  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const counts = await send('backup/import', { json: await file.text() });
      onChanged();
      return `Backup restored: ${counts.applications ?? 0} applications, ${counts.checkIns ?? 0} check-ins.`;
    }).finally(() => (input.value = ''));
  };
  return (
    <fieldset>
      <legend>Your data</legend>
      <p class="av-hint">Everything stays in this browser, apart from what its own sync carries (above). These files are the only other way it leaves, and only when you choose.</p>
      <div class="options__row">
        <Button
          onClick={() =>
            void run(async () => {
              const { json, fileName } = await send('backup/export', {});
              download(fileName, json, 'application/json');
              return `Backup saved as ${fileName}.`;
            })
          }
        >
          Export backup (JSON)
        </Button>
        <Button
          onClick={() =>
            void run(async () => {
              const { ics, fileName } = await send('calendar/export', {});
              download(fileName, ics, 'text/calendar');
              return `Calendar saved as ${fileName}.`;
            })
          }
        >
          Export check-ins to calendar (.ics)
        </Button>
      </div>
      <Field label="Restore a backup" hint="Replaces everything with the file's content. A damaged or foreign file changes nothing.">
        <input class="av-input" type="file" accept="application/json,.json" onChange={importFile} />
      </Field>
      {confirming ? (
        <div class="options__danger" role="group" aria-label="Confirm deleting everything">
          <p class="av-hint" id="delete-synced">
            This also clears Afterview's copy in your browser account: with sync on, your other computers delete it too; with sync off, only the synced copy is removed
            and your other computers keep theirs.
          </p>
          <Field label='Type "delete everything" to confirm'>
            <input class="av-input" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
          </Field>
          <div class="options__row">
            <Button
              class="av-button--danger"
              disabled={typed !== 'delete everything'}
              onClick={() =>
                void run(async () => {
                  await send('data/deleteAll', { confirm: 'delete everything' });
                  setConfirming(false);
                  setTyped('');
                  onChanged();
                  return 'Everything Afterview held has been deleted.';
                })
              }
            >
              Delete everything now
            </Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <Button class="av-button--danger" onClick={() => setConfirming(true)}>
          Delete everything…
        </Button>
      )}
    </fieldset>
  );
}
