import { useState } from 'preact/hooks';
import type { MailHostName } from '../../core/model';
import { Button } from '../components/Button';

const HOST_LABEL: Record<MailHostName, string> = { gmail: 'Gmail', outlook: 'Outlook' };

export function Sidebar({ host }: { host: MailHostName }) {
  const [open, setOpen] = useState(false);

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
        <p class="av-empty">
          Open an interview thread in {HOST_LABEL[host]}: Afterview shows its follow-up plan here. Nothing you read leaves this
          computer.
        </p>
      </section>
    </div>
  );
}
