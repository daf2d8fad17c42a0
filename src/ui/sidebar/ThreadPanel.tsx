import type { Settings, ThreadAnalysis } from '../../core/model';
import { nextCheckIn } from '../../core/schedule';
import type { ThreadState } from '../../messaging';
import { Button } from '../components/Button';
import { CHECK_IN_LABEL, exactTime, relativeTime } from '../format';
import { ApplicationFacts } from './ApplicationFacts';
import { NextStep } from './NextStep';
import { OfferSection } from './OfferSection';
import { PendingStageQuestion } from './PendingStage';
import type { SidebarActions } from './types';

export function ThreadPanel({ analysis, state, settings, actions }: { analysis: ThreadAnalysis; state: ThreadState; settings: Settings; actions: SidebarActions }) {
  const dossier = state.dossier;
  if (!dossier) return <p class="av-empty">This thread's application was deleted.</p>;
  const app = dossier.application;
  const pending = state.checkIns.filter((c) => c.status === 'pending' || c.status === 'snoozed');
  const next = nextCheckIn(pending);
  return (
    <div class="thread">
      <ApplicationFacts analysis={analysis} dossier={dossier} settings={settings} actions={actions} />
      {app.pendingStage ? <PendingStageQuestion application={app} proposal={app.pendingStage} actions={actions} /> : null}
      {app.stage === 'offer' ? <OfferSection application={app} actions={actions} /> : null}
      <h3 class="thread__heading">Next step</h3>
      {next ? (
        <p class="thread__next">
          {CHECK_IN_LABEL[next.kind] ?? next.kind}
          {next.contactName ? ` to ${next.contactName}` : ''}, due{' '}
          <time dateTime={next.dueAt} title={exactTime(next.dueAt)}>
            {relativeTime(next.dueAt)} ({exactTime(next.dueAt)})
          </time>
          <br />
          <span class="av-hint">{next.reason}</span>
        </p>
      ) : (
        <p class="av-empty">Nothing to do now. {analysis.stage === 'scheduled' ? 'Good luck with the interview!' : ''}</p>
      )}
      <NextStep key={next?.id ?? 'none'} state={state} settings={settings} next={next} actions={actions} />
      <div class="thread__footer">
        <Button onClick={() => void actions.dismiss()}>Not an interview</Button>
      </div>
    </div>
  );
}
