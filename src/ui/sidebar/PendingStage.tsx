import type { Application, PendingStage } from '../../core/model';
import { Button } from '../components/Button';
import { STAGE_LABEL } from '../format';
import type { SidebarActions } from './types';

/** An offer or a rejection from a thread that joined this application on its own: only the user makes it the stage. */
export function PendingStageQuestion({ application, proposal, actions }: { application: Application; proposal: PendingStage; actions: SidebarActions }) {
  return (
    <div class="thread__pending" role="group" aria-label="Stage to confirm">
      <p class="thread__line">
        A newer message says: <strong>{STAGE_LABEL[proposal.stage]}</strong>. Is that right?
      </p>
      <div class="draft__actions">
        <Button primary onClick={() => void actions.confirmStage(true)}>
          Yes, update the stage
        </Button>
        <Button onClick={() => void actions.confirmStage(false)}>No, keep “{STAGE_LABEL[application.stage] ?? application.stage}”</Button>
      </div>
    </div>
  );
}
