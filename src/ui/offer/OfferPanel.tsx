import { useEffect, useState } from 'preact/hooks';
import { companyLabel } from '../../core/application-label';
import type { ApplicationDossier } from '../../core/model';
import { send, type OfferOther, type OfferPanel as PanelView } from '../../messaging';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';
import { download } from '../download';
import { calendarDay, exactTime, relativeTime, STAGE_LABEL } from '../format';
import { OfferDraft } from './OfferDraft';

type State = { kind: 'loading' } | { kind: 'none' } | { kind: 'ready'; panel: PanelView } | { kind: 'failed'; message: string };

function windowText(dossier: ApplicationDossier): string {
  const window = dossier.application.decisionWindow;
  if (!window) return 'No decision date given';
  return window.earliest === window.latest ? `Decision expected ${calendarDay(window.latest)}` : `Decision expected ${calendarDay(window.earliest)} – ${calendarDay(window.latest)}`;
}

function stageText(dossier: ApplicationDossier): string {
  const stage = STAGE_LABEL[dossier.application.stage] ?? dossier.application.stage;
  return dossier.application.finalStage ? `Final round · ${stage}` : stage;
}

/**
 * The offer orchestrator: the offer and its deadline, every other open process in the order to write to
 * them, the note to each the user picks, the decision timeline, and the notes once the offer is answered.
 * An extension page (the popup renders it, the sidebar frames it): the mail page never sees these applications.
 */
export function OfferPanel({ applicationId, hideWhenNone = false }: { applicationId?: string; hideWhenNone?: boolean }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState({ message: '', error: false });

  const show = (panel: PanelView | null) => setState(panel ? { kind: 'ready', panel } : { kind: 'none' });
  const load = () => send('offer/panel', applicationId ? { applicationId } : {}).then(show, (error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  useEffect(() => void load(), [applicationId]);

  const act = async (work: () => Promise<string>) => {
    try {
      setStatus({ message: await work(), error: false });
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  if (state.kind === 'loading') return hideWhenNone ? null : <p class="av-empty">Loading the offer…</p>;
  if (state.kind === 'failed') return <StatusLine error message={state.message} />;
  if (state.kind === 'none') return hideWhenNone ? null : <p class="av-empty">No offer with a deadline to answer.</p>;

  const { panel } = state;
  const offer = panel.offer.dossier.application;
  const company = companyLabel(offer.company);
  const decision = panel.offer.terms.decision;
  const deadline = panel.offer.terms.deadline;
  const unasked = panel.others.filter((o) => o.askBy === null);
  const chosen = unasked.filter((o) => picked.has(o.dossier.application.id));
  const toggle = (id: string, on: boolean) => setPicked((current) => new Set([...current].filter((x) => x !== id).concat(on ? [id] : [])));

  const ask = () =>
    act(async () => {
      show(await send('offer/ask', { offerApplicationId: offer.id, applicationIds: chosen.map((o) => o.dossier.application.id) }));
      setPicked(new Set());
      return `Drafted ${chosen.length === 1 ? 'the note' : `${chosen.length} notes`}: each is due now, and their other check-ins wait for ${calendarDay(deadline.slice(0, 10))}.`;
    });
  const timeline = () =>
    act(async () => {
      const { ics, fileName } = await send('offer/timeline', { offerApplicationId: offer.id });
      download(fileName, ics, 'text/calendar');
      return 'Decision timeline downloaded.';
    });
  const decide = (answer: 'accepted' | 'declined') =>
    act(async () => {
      show(await send('offer/decide', { applicationId: offer.id, decision: answer }));
      return answer === 'accepted' ? `Congratulations! Below: a note to withdraw from each other process.` : `Below: a note to thank ${company} and decline.`;
    });

  const note = (other: OfferOther, kind: 'competing-offer' | 'withdrawal') => (
    <OfferDraft key={`${kind}-${other.dossier.application.id}`} kind={kind} dossier={other.dossier} settings={panel.settings} checkIn={other.checkIn} url={other.url} accountUrl={panel.accountUrl} onSent={load} />
  );

  return (
    <section class="offer" aria-labelledby="offer-title">
      <h2 id="offer-title">
        Offer from {company}
        {offer.role ? ` — ${offer.role}` : ''}
      </h2>
      <p class="offer__deadline">
        {decision === null ? 'Answer by ' : 'Its deadline was '}
        <time dateTime={deadline}>{exactTime(deadline)}</time>
        {decision === null ? ` (${relativeTime(deadline)})` : ''}
        {decision ? `. You ${decision} it.` : '.'}
      </p>
      {decision === null ? (
        <>
          <p class="av-hint">Tell the employers you would rather join now, truthfully, and ask each for an answer within 48–72 hours and before your deadline. No ultimatum.</p>
          <h3 class="offer__heading" id="offer-others">
            Your other applications, closest to a decision first
          </h3>
          {panel.others.length === 0 ? <p class="av-empty">No other open applications.</p> : null}
          <ol class="offer__list" aria-labelledby="offer-others">
            {panel.others.map((other) => {
              const app = other.dossier.application;
              const name = companyLabel(app.company);
              return (
                <li key={app.id} class="offer__item">
                  {other.askBy === null ? (
                    <label class="offer__pick">
                      <input type="checkbox" checked={picked.has(app.id)} onChange={(e) => toggle(app.id, (e.currentTarget as HTMLInputElement).checked)} />
                      <span>
                        <strong>{name}</strong>
                        {app.role ? ` — ${app.role}` : ''}
                      </span>
                    </label>
                  ) : (
                    <p class="offer__pick">
                      <strong>{name}</strong>
                      {app.role ? ` — ${app.role}` : ''}
                    </p>
                  )}
                  <p class="offer__facts">
                    {stageText(other.dossier)} · {windowText(other.dossier)}
                    {other.askBy ? (
                      <>
                        {' · asked to answer by '}
                        <time dateTime={other.askBy}>{exactTime(other.askBy)}</time>
                      </>
                    ) : null}
                  </p>
                  {other.askBy ? note(other, 'competing-offer') : null}
                </li>
              );
            })}
          </ol>
          <div class="offer__actions">
            {unasked.length > 0 ? (
              <Button primary disabled={chosen.length === 0} onClick={() => void ask()}>
                {chosen.length > 0 ? `Draft the note to ${chosen.length === 1 ? companyLabel(chosen[0]?.dossier.application.company ?? '') : `${chosen.length} employers`}` : 'Pick the employers to tell'}
              </Button>
            ) : null}
            <Button onClick={() => void timeline()}>Download the decision timeline (.ics)</Button>
          </div>
          <h3 class="offer__heading">Your answer to {company}</h3>
          <div class="offer__actions">
            <Button onClick={() => void decide('accepted')}>I accepted the offer</Button>
            <Button onClick={() => void decide('declined')}>I declined the offer</Button>
          </div>
        </>
      ) : null}
      {decision === 'accepted' ? (
        <>
          <h3 class="offer__heading">Withdraw politely from the others</h3>
          {panel.others.length === 0 ? <p class="av-empty">No other open applications to withdraw from.</p> : null}
          <ol class="offer__list">
            {panel.others.map((other) => (
              <li key={other.dossier.application.id} class="offer__item">
                <p class="offer__pick">
                  <strong>{companyLabel(other.dossier.application.company)}</strong>
                </p>
                {note(other, 'withdrawal')}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {decision === 'declined' ? (
        <>
          <h3 class="offer__heading">Thank {company} and decline</h3>
          <OfferDraft kind="offer-decline" dossier={panel.offer.dossier} settings={panel.settings} checkIn={null} url={panel.offer.url} accountUrl={panel.accountUrl} onSent={load} />
        </>
      ) : null}
      <StatusLine message={status.message} error={status.error} />
    </section>
  );
}
