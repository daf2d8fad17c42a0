import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ApplicationDossier, Settings } from '../../core/model';
import { send, type CheckInListItem } from '../../messaging';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';
import { CheckInCard } from './CheckInCard';
import { draftFor } from './draft-for';
import { groupCheckIns, type GroupName } from './groups';
import { TemplateBrowser } from './TemplateBrowser';
import { OfferPanel } from '../offer/OfferPanel';

type State = { kind: 'loading' } | { kind: 'ready'; items: CheckInListItem[]; dossiers: ApplicationDossier[]; settings: Settings } | { kind: 'failed'; message: string };

const GROUPS: GroupName[] = ['Overdue', 'Due this week', 'Waiting on the employer', 'Done recently'];

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState({ message: '', error: false });
  const [tab, setTab] = useState<'check-ins' | 'templates'>('check-ins');

  const load = () =>
    Promise.all([send('checkIns/list', {}), send('applications/list', {}), send('settings/get', {})])
      .then(([items, dossiers, settings]) => setState({ kind: 'ready', items, dossiers, settings }))
      .catch((error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  useEffect(() => void load(), []);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setStatus({ message: done, error: false });
      await load();
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const groups = state.kind === 'ready' ? groupCheckIns(state.items, new Date()) : null;
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup__header">
        <h1 id="popup-title">Afterview</h1>
        <div role="tablist" aria-label="Views" class="popup__tabs">
          <button role="tab" aria-selected={tab === 'check-ins'} class="av-button" onClick={() => setTab('check-ins')}>
            Check-ins
          </button>
          <button role="tab" aria-selected={tab === 'templates'} class="av-button" onClick={() => setTab('templates')}>
            Templates
          </button>
        </div>
      </header>
      {tab === 'check-ins' ? <OfferPanel hideWhenNone /> : null}
      {state.kind === 'loading' ? <p class="av-empty">Loading your check-ins…</p> : null}
      {state.kind === 'failed' ? <StatusLine error message={state.message} /> : null}
      {tab === 'check-ins' && state.kind === 'ready' && state.items.length === 0 ? (
        <p class="av-empty">
          No interviews tracked yet. Open an interview thread in Gmail or Outlook on the web: Afterview recognises it, shows the follow-up
          plan beside the mail, and counts overdue check-ins here. Mail it missed? Open the thread and choose “Track this thread”.
        </p>
      ) : null}
      {tab === 'check-ins' && groups
        ? GROUPS.filter((name) => groups[name].length > 0).map((name) => (
            <section key={name} class="popup__group" aria-labelledby={`group-${name}`}>
              <h2 id={`group-${name}`}>
                {name} <span class="popup__count">{groups[name].length}</span>
              </h2>
              <ul class="popup__list">
                {groups[name].map((item) => (
                  <CheckInCard
                    key={item.checkIn.id}
                    item={item}
                    act={act}
                    draft={state.kind === 'ready' ? draftFor(item.checkIn, state.dossiers.find((d) => d.application.id === item.checkIn.applicationId), state.settings) : null}
                  />
                ))}
              </ul>
            </section>
          ))
        : null}
      {tab === 'templates' ? <TemplateBrowser /> : null}
      <StatusLine message={status.message} error={status.error} />
      <footer>
        <Button onClick={() => void browser.runtime.openOptionsPage()}>Settings and data</Button>
      </footer>
    </main>
  );
}
