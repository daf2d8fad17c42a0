import type { CheckInListItem } from '../../messaging';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { CHECK_IN_LABEL, exactTime, relativeTime } from '../format';
import { insertIntoThread, openThread } from '../../thread-tabs';
import type { RenderedDraft } from '../../core/drafts';
import { companyLabel } from '../../core/application-label';

const DAY = 86_400_000;

/** The next weekday morning at 9, some days from now. */
function morningIn(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  date.setHours(9, 0, 0, 0);
  return date.toISOString();
}

function nextMonday(): string {
  const date = new Date();
  const ahead = ((8 - date.getDay()) % 7) || 7;
  return morningIn(ahead);
}

type Act = (work: () => Promise<unknown>, done: string) => Promise<void>;

export function CheckInCard({ item, act, draft }: { item: CheckInListItem; act: Act; draft: RenderedDraft | null }) {
  const { checkIn } = item;
  const label = `${CHECK_IN_LABEL[checkIn.kind] ?? checkIn.kind}${checkIn.contactName ? ` to ${checkIn.contactName}` : ''}`;
  const open = checkIn.status !== 'done';
  const log = (kind: 'phone-call' | 'voicemail') => send('contact/log', { applicationId: checkIn.applicationId, kind, direction: 'sent', checkInKey: checkIn.key, to: [] });
  return (
    <li class="card">
      <p class="card__title">
        <strong>{companyLabel(item.company)}</strong>
        {item.role ? ` — ${item.role}` : ''}
      </p>
      <p class="card__what">
        {label}
        {open ? (
          <>
            {', due '}
            <time dateTime={checkIn.dueAt} title={exactTime(checkIn.dueAt)} aria-label={`due ${exactTime(checkIn.dueAt)}`}>
              {relativeTime(checkIn.dueAt)}
            </time>
          </>
        ) : (
          ' — done'
        )}
      </p>
      {open ? (
        <div class="card__actions">
          {item.url ? (
            <Button onClick={() => void act(() => openThread(item.url ?? ''), 'Opened the thread.')} aria-label={`Open the thread with ${companyLabel(item.company)}`}>
              Open thread
            </Button>
          ) : null}
          {draft ? (
            <Button onClick={() => void act(() => navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`), 'Draft copied: paste it into your reply.')} aria-label={`Copy draft: ${label}`}>
              Copy draft
            </Button>
          ) : null}
          {draft && item.url ? (
            <Button onClick={() => void act(() => insertIntoThread(item.url ?? '', { ...draft, applicationId: checkIn.applicationId, checkInKey: checkIn.key }), 'Inserted into the reply.')} aria-label={`Insert draft: ${label}`}>
              Insert draft
            </Button>
          ) : null}
          <Button onClick={() => void act(() => send('checkIn/complete', { id: checkIn.id }), 'Marked done.')} aria-label={`Mark done: ${label}`}>
            Done
          </Button>
          <select
              class="av-input"
              aria-label={`Snooze ${label}`}
              onChange={(e) => {
                const choice = (e.currentTarget as HTMLSelectElement).value;
                const until = choice === 'tomorrow' ? morningIn(1) : choice === '3days' ? morningIn(3) : choice === 'nextweek' ? nextMonday() : '';
                if (until) void act(() => send('checkIn/snooze', { id: checkIn.id, until }), 'Snoozed.');
              }}
            >
              <option value="">Snooze…</option>
              <option value="tomorrow">Tomorrow</option>
              <option value="3days">In 3 days</option>
              <option value="nextweek">Next week</option>
            </select>
          {checkIn.channel === 'phone' ? (
            <>
              <Button onClick={() => void act(() => log('phone-call'), 'Call logged.')}>Log call</Button>
              <Button onClick={() => void act(() => log('voicemail'), 'Voicemail logged.')}>Log voicemail</Button>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
