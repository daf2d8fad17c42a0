import { useEffect, useState } from 'preact/hooks';
import type { SyncView } from '../../messaging';
import { send } from '../../messaging';

type Report = (message: string, error?: boolean) => void;

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** The browser's own sync (docs/sync.md): the switch, what goes and what never does, and what stays here. */
export function SyncSection({ report }: { report: Report }) {
  const [view, setView] = useState<SyncView | null>(null);
  const load = () => send('sync/status', {}).then(setView, (e: unknown) => report(e instanceof Error ? e.message : String(e), true));
  useEffect(() => {
    void load();
    // A problem or the quota's answer may come while the page is open: a write waits a few seconds.
    const timer = setInterval(() => void load(), 5_000);
    return () => clearInterval(timer);
  }, []);
  const toggle = async (enabled: boolean) => {
    try {
      await send('sync/setEnabled', { enabled });
      report(enabled ? 'Sync through your browser account is on.' : 'Sync through your browser account is off. What was already synced stays in your browser account until you delete everything.');
      await load();
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), true);
    }
  };
  const closed = view?.leftOut.filter((l) => l.reason === 'closed') ?? [];
  const open = view?.leftOut.filter((l) => l.reason === 'open') ?? [];
  return (
    <fieldset class="options__sync" aria-describedby="sync-what">
      <legend>Sync between your computers</legend>
      <label class="av-check">
        <input type="checkbox" checked={view?.enabled ?? true} disabled={view === null} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
        Sync through your browser account
      </label>
      <p class="av-hint" id="sync-what">
        Synced through your browser account: settings, your applications' facts, check-in states, tracked threads and corrections. Mail text and drafts never leave
        this computer. Afterview uses your browser's own sync (Chrome Sync or Firefox Sync), and only when you have it turned on there; Afterview has no server.
      </p>
      {view?.problem ? (
        <p class="av-status av-status--error" role="alert">
          {view.problem}
        </p>
      ) : null}
      {closed.length > 0 ? (
        <p class="av-hint">
          Your browser's sync storage is full: {closed.length} closed application{closed.length === 1 ? '' : 's'} last changed before {day(closed.at(-1)?.lastChange ?? '')} stay on this computer
          only ({closed.map((l) => l.company).join(', ')}).
        </p>
      ) : null}
      {open.length > 0 ? (
        <p class="av-hint">
          Even without the closed ones it is full: {open.length} open application{open.length === 1 ? '' : 's'} last changed before {day(open.at(-1)?.lastChange ?? '')} stay on this computer only (
          {open.map((l) => l.company).join(', ')}).
        </p>
      ) : null}
    </fieldset>
  );
}
