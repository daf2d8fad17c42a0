import { useState } from 'preact/hooks';
import { changedFields } from '../../core/changes';
import { APPLICATION_EDITABLE_FIELDS, type Application, type ApplicationDossier, type Contact, type Reference, type Stage } from '../../core/model';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { NotesForm } from '../components/NotesForm';
import { EmployerStyleSelect } from './EmployerStyleSelect';
import { STAGE_LABEL, STAGES } from '../format';
import { companyLabel } from '../../core/application-label';

type Report = (message: string, error?: boolean) => void;

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
/** <input type=datetime-local> speaks local wall time; the store speaks ISO instants. */
const toLocalInput = (iso: string | null | undefined) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');
const fromLocalInput = (text: string) => (text ? new Date(text).toISOString() : '');

/** Every field of one application, editable; saved through the background, which re-plans it. */
export function ApplicationEditor({ dossier, report, onChanged }: { dossier: ApplicationDossier; report: Report; onChanged: () => void }) {
  // `base` is the stored version this copy started from (Options remounts the editor when the stored
  // one changes): Save sends only the fields that differ from it, so it never writes back a stale value
  // of a field the background changed meanwhile.
  const [{ base, app }, setDraft] = useState({ base: dossier.application, app: dossier.application });
  const set = (patch: Partial<Application>) => setDraft((draft) => ({ ...draft, app: { ...draft.app, ...patch } }));
  const save = async () => {
    const changes = changedFields(APPLICATION_EDITABLE_FIELDS, base, app);
    if (Object.keys(changes).length === 0) return;
    await send('application/update', { id: app.id, changes });
    setDraft({ base: app, app });
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      report(done);
      onChanged();
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), true);
    }
  };
  const setReference = (index: number, patch: Partial<Reference>) => set({ references: app.references.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  const toggleContact = (contact: Contact) => void run(() => send('contact/update', { id: contact.id, changes: { involved: !contact.involved } }), `${contact.name || contact.email} updated.`);

  return (
    <details class="app">
      <summary>
        <strong>{companyLabel(app.company)}</strong> — {app.role || 'role unknown'} <span class="av-hint">({STAGE_LABEL[app.stage]})</span>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(save, `${companyLabel(app.company)} saved.`);
        }}
      >
        <div class="options__grid">
          <Field label="Company">
            <input class="av-input" value={app.company} onInput={(e) => set({ company: value(e) })} />
          </Field>
          <Field label="Role">
            <input class="av-input" value={app.role} onInput={(e) => set({ role: value(e) })} />
          </Field>
          <Field label="Stage">
            <select class="av-input" value={app.stage} onChange={(e) => set({ stage: value(e) as Stage })}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABEL[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Employer style">
            <EmployerStyleSelect value={app.employerStyle} onChange={(employerStyle) => set({ employerStyle })} />
          </Field>
          <Field label="Their decision expected by" hint="The last day of the window they gave you.">
            <input
              class="av-input"
              type="date"
              value={app.decisionWindow?.latest ?? ''}
              onInput={(e) => {
                const latest = value(e);
                const today = new Date().toISOString().slice(0, 10);
                set({ decisionWindow: latest ? { earliest: app.decisionWindow?.earliest ?? today, latest, quote: app.decisionWindow?.quote ?? 'Entered by hand', statedOn: app.decisionWindow?.statedOn ?? today } : null });
              }}
            />
          </Field>
          <Field label="Competing offer from">
            <input
              class="av-input"
              value={app.competingOffer?.company ?? ''}
              onInput={(e) => set({ competingOffer: value(e) ? { company: value(e), deadline: app.competingOffer?.deadline ?? new Date(Date.now() + 5 * 86_400_000).toISOString(), notedAt: app.competingOffer?.notedAt ?? new Date().toISOString() } : null })}
            />
          </Field>
          {app.competingOffer ? (
            <Field label="Its deadline">
              <input
                class="av-input"
                type="datetime-local"
                value={toLocalInput(app.competingOffer.deadline)}
                onInput={(e) => app.competingOffer && value(e) && set({ competingOffer: { ...app.competingOffer, deadline: fromLocalInput(value(e)) } })}
              />
            </Field>
          ) : null}
        </div>
        <label class="av-check">
          <input type="checkbox" checked={app.finalStage} onChange={(e) => set({ finalStage: (e.currentTarget as HTMLInputElement).checked })} />
          Final stage: references are likely to be called
        </label>
        <h3>References</h3>
        {app.references.map((ref, i) => (
          <div key={ref.id} class="options__grid">
            <Field label="Name">
              <input class="av-input" value={ref.name} onInput={(e) => setReference(i, { name: value(e) })} />
            </Field>
            <Field label="Email">
              <input class="av-input" type="email" value={ref.email} onInput={(e) => setReference(i, { email: value(e) })} />
            </Field>
            <Field label="Relation">
              <input class="av-input" value={ref.relation} onInput={(e) => setReference(i, { relation: value(e) })} />
            </Field>
            <Field label="Last briefed">
              <input class="av-input" type="date" value={ref.lastBriefedAt?.slice(0, 10) ?? ''} onInput={(e) => setReference(i, { lastBriefedAt: value(e) ? new Date(`${value(e)}T12:00:00`).toISOString() : null })} />
            </Field>
          </div>
        ))}
        <div class="options__row">
          <Button onClick={() => set({ references: [...app.references, { id: crypto.randomUUID(), name: '', email: '', relation: '', lastBriefedAt: null }] })}>Add a reference</Button>
          <Button primary type="submit">
            Save {companyLabel(app.company)}
          </Button>
          <Button class="av-button--danger" onClick={() => void run(() => send('application/delete', { id: app.id }), `${companyLabel(app.company)} deleted.`)}>
            Delete application
          </Button>
        </div>
      </form>
      {dossier.contacts.length > 0 ? (
        <>
          <h3>People</h3>
          <ul class="options__people">
            {dossier.contacts.map((contact) => (
              <li key={contact.id} class="options__person">
                <label class="av-check">
                  <input type="checkbox" checked={contact.involved} onChange={() => toggleContact(contact)} />
                  {contact.name || contact.email} — involved in the process
                </label>
                <Field label={`Role of ${contact.name || contact.email}`}>
                  <input
                    class="av-input"
                    value={contact.title}
                    placeholder="Recruiter, hiring manager, CEO…"
                    onChange={(e) => void run(() => send('contact/update', { id: contact.id, changes: { title: value(e) } }), `${contact.name || contact.email} updated.`)}
                  />
                </Field>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Interviews</h3>
      {dossier.interviews.map((interview) => (
        <div key={interview.id} class="options__interview">
          <div class="options__grid">
            <Field label={`Round ${interview.round}: date and time`}>
              <input
                class="av-input"
                type="datetime-local"
                value={toLocalInput(interview.at)}
                onChange={(e) => void run(() => send('interview/update', { id: interview.id, changes: { at: fromLocalInput(value(e)) || null } }), `Round ${interview.round} saved.`)}
              />
            </Field>
            <Field label={`Round ${interview.round}: interviewers`} hint="Full names, separated by commas.">
              <input
                class="av-input"
                value={interview.interviewers.join(', ')}
                onChange={(e) => void run(() => send('interview/update', { id: interview.id, changes: { interviewers: value(e).split(',').map((n) => n.trim()).filter(Boolean) } }), `Round ${interview.round} saved.`)}
              />
            </Field>
          </div>
          <NotesForm interview={interview} interviewer={null} onSave={async (notes) => void (await send('notes/save', { interviewId: interview.id, interviewer: null, notes }))} />
        </div>
      ))}
      <Button onClick={() => void run(() => send('interview/add', { applicationId: app.id, at: null, interviewers: [] }), 'Interview round added.')}>Add an interview round</Button>
    </details>
  );
}
