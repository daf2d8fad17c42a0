import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send, type Overview } from '../../messaging';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';

type State = { kind: 'loading' } | { kind: 'ready'; overview: Overview } | { kind: 'failed'; message: string };

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    send('overview/get', {})
      .then((overview) => setState({ kind: 'ready', overview }))
      .catch((error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">Afterview</h1>
      {state.kind === 'loading' ? <p class="av-empty">Loading your check-ins…</p> : null}
      {state.kind === 'failed' ? <StatusLine error message={state.message} /> : null}
      {state.kind === 'ready' ? <OverviewCounts overview={state.overview} /> : null}
      <footer>
        <Button onClick={() => void browser.runtime.openOptionsPage()}>Settings and data</Button>
      </footer>
    </main>
  );
}

function OverviewCounts({ overview }: { overview: Overview }) {
  if (overview.applications === 0) {
    return (
      <p class="av-empty">
        No interviews tracked yet. Open an interview thread in Gmail or Outlook on the web: Afterview recognises it, shows the
        follow-up plan beside the mail, and counts overdue check-ins here.
      </p>
    );
  }
  return (
    <section aria-label="Check-ins">
      <p class="av-count">
        <span>Overdue</span> <strong>{overview.overdue}</strong>
      </p>
      <p class="av-count">
        <span>Due this week</span> <strong>{overview.dueThisWeek}</strong>
      </p>
      <p class="av-count">
        <span>Waiting on the employer</span> <strong>{overview.waiting}</strong>
      </p>
    </section>
  );
}
