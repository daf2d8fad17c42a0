import { useEffect, useRef, useState } from 'preact/hooks';
import type { Application } from '../../core/model';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { StatusLine } from '../components/StatusLine';
import { exactTime, relativeTime } from '../format';
import { frameHeightOf } from '../offer/frame-height';
import type { SidebarActions } from './types';

/** A datetime-local value (the user's wall clock) as an ISO instant; null when it is empty or unreadable. */
function instantOf(local: string): string | null {
  const time = new Date(local).getTime();
  return local && !Number.isNaN(time) ? new Date(time).toISOString() : null;
}

/**
 * This thread's offer: its deadline, typed in when the mail gave none, and the offer panel. The panel is
 * Afterview's own page in a frame (src/ui/offer/): the other applications it lists never enter this
 * content script or the mail page, which only learns that the thread's application has an offer.
 */
export function OfferSection({ application, actions }: { application: Application; actions: SidebarActions }) {
  const offer = application.offer ?? null;
  const [local, setLocal] = useState('');
  const [status, setStatus] = useState({ message: '', error: false });
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    // Only the frame's own messages size it: a page script's message has another source.
    const listen = (event: MessageEvent) => {
      const asked = event.source !== null && event.source === frame.current?.contentWindow ? frameHeightOf(event.data) : null;
      if (asked !== null) setHeight(asked);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, []);
  const save = async () => {
    const deadline = instantOf(local);
    if (!deadline) return setStatus({ message: 'Pick the date and time by which they need your answer.', error: true });
    try {
      await actions.setOfferDeadline(deadline);
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  if (!offer) {
    return (
      <div class="thread__offer" role="group" aria-label="Your offer">
        <p class="thread__line">
          <strong>An offer!</strong> By when do they need your answer? Afterview then helps you tell your other applications.
        </p>
        <Field label="Answer the offer by">
          <input class="av-input" type="datetime-local" value={local} onInput={(e) => setLocal((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <div class="draft__actions">
          <Button primary onClick={() => void save()}>
            Save the deadline
          </Button>
        </div>
        <StatusLine message={status.message} error={status.error} />
      </div>
    );
  }
  return (
    <div class="thread__offer" role="group" aria-label="Your offer">
      <p class="thread__line">
        {offer.decision === null ? 'Answer this offer by ' : `You ${offer.decision} this offer; its deadline was `}
        <time dateTime={offer.deadline}>{exactTime(offer.deadline)}</time>
        {offer.decision === null ? ` (${relativeTime(offer.deadline)})` : ''}.
      </p>
      <iframe
        ref={frame}
        class="thread__offer-frame"
        title="Your offer and your other applications"
        src={actions.offerPanelUrl(application.id)}
        style={height !== null ? { height: `${height}px` } : undefined}
      />
    </div>
  );
}
