import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../components/Button';
import type { Person } from '../../core/model';
import { ReportProblem } from './CopyDiagnostics';
import { ProfileOffer } from './ProfileOffer';
import { ThreadPanel } from './ThreadPanel';
import { UnreadableThread } from './UnreadableThread';
import type { SidebarActions, SidebarView } from './types';

interface Props {
  view: SidebarView;
  actions: SidebarActions;
  /** The page's account, offered as the profile while the profile is empty. */
  offer?: Person | null;
  /** Called when the panel opens or closes, so the page can make room for it. */
  onOpenChange?: (open: boolean) => void;
}

export function Sidebar({ view, actions, offer = null, onOpenChange }: Props) {
  const interview = view.kind === 'tracked';
  // The panel opens on an interview and closes elsewhere; what the user chose holds until the thread's
  // application changes. Worked out in the render, not an effect: an effect opened the panel a frame
  // after the plan arrived (about 20 ms of the time to show a thread).
  const shown = `${interview}:${view.kind === 'tracked' ? view.state.dossier?.application.id : ''}`;
  const chosen = useRef<{ shown: string; open: boolean } | null>(null);
  if (chosen.current?.shown !== shown) chosen.current = null;
  const [, rerender] = useState(0);
  const open = chosen.current?.open ?? interview;
  const setOpen = (next: boolean) => {
    chosen.current = { shown, open: next };
    rerender((n) => n + 1);
  };
  // Before paint, so the panel never shows over the mail text for a frame.
  useLayoutEffect(() => onOpenChange?.(open), [open]);

  if (!open) {
    return (
      <div class="sidebar">
        <Button class="sidebar__tab" aria-expanded="false" aria-controls="afterview-panel" onClick={() => setOpen(true)}>
          Afterview
        </Button>
      </div>
    );
  }
  return (
    <div class="sidebar">
      <section id="afterview-panel" class="sidebar__panel" aria-labelledby="afterview-title">
        <header class="sidebar__header">
          <h2 id="afterview-title">Afterview</h2>
          <Button aria-expanded="true" aria-controls="afterview-panel" onClick={() => setOpen(false)}>
            Collapse
          </Button>
        </header>
        {offer && view.kind !== 'idle' ? <ProfileOffer account={offer} adopt={actions.adoptProfile} edit={actions.openOptions} /> : null}
        <Body view={view} actions={actions} />
        {view.kind === 'tracked' || view.kind === 'untracked' ? <ReportProblem copy={actions.copyDiagnostics} /> : null}
      </section>
    </div>
  );
}

function Body({ view, actions }: { view: SidebarView; actions: SidebarActions }) {
  switch (view.kind) {
    case 'idle':
      return <p class="av-empty">Open an interview thread: Afterview shows its follow-up plan here. Nothing you read leaves this computer.</p>;
    case 'unreadable':
      return <UnreadableThread reason={view.reason} missing={view.missing} track={actions.trackManually} copyDiagnostics={actions.copyDiagnostics} />;
    case 'untracked':
      return (
        <div class="sidebar__untracked">
          <p class="av-empty">{view.dismissed ? 'You marked this thread as not an interview.' : 'This thread does not look like an interview.'}</p>
          {view.analysis.reasons.length > 0 ? (
            <ul class="sidebar__reasons">
              {view.analysis.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          <Button primary onClick={() => void actions.track()}>
            Track this thread
          </Button>
        </div>
      );
    case 'tracked':
      return <ThreadPanel analysis={view.analysis} state={view.state} settings={view.settings} actions={actions} />;
  }
}
