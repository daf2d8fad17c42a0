import { useEffect, useMemo, useState } from 'preact/hooks';
import { DRAFT_KINDS, renderDraft } from '../../core/drafts';
import type { ApplicationDossier, DraftKind, Settings } from '../../core/model';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { applicationLabel } from '../../core/application-label';

const KIND_LABEL: Record<DraftKind, string> = {
  'thank-you': 'Thank-you note',
  'status-check': 'Status check',
  'check-in': 'Check-in',
  'extended-delay': 'Extended delay',
  'competing-offer': 'Competing offer',
  'value-add': 'Value-add note',
  'phone-script': 'Phone script',
  voicemail: 'Voicemail',
  'reference-update': 'Reference briefing',
  withdrawal: 'Withdrawal (you accepted another offer)',
  'offer-decline': 'Declining an offer',
};

/** Every draft kind, previewed with one of the user's applications. */
export function TemplateBrowser() {
  const [dossiers, setDossiers] = useState<ApplicationDossier[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [kind, setKind] = useState<DraftKind>('thank-you');
  const [applicationId, setApplicationId] = useState('');

  useEffect(() => {
    void (async () => {
      setSettings(await send('settings/get', {}));
      const list = await send('applications/list', {});
      setDossiers(list);
      setApplicationId(list[0]?.application.id ?? '');
    })();
  }, []);

  const dossier = dossiers.find((d) => d.application.id === applicationId);
  const draft = useMemo(() => {
    if (!dossier || !settings) return null;
    const person = dossier.interviews.at(-1)?.interviewers[0] ?? dossier.contacts[0]?.name;
    const recipient = person ? { name: person, email: dossier.contacts.find((c) => c.name === person)?.email ?? '' } : null;
    return renderDraft(kind, { dossier, settings, recipient, now: new Date().toISOString() });
  }, [dossier, settings, kind]);

  if (dossiers.length === 0) return <p class="av-empty">Templates are previewed with one of your applications: track an interview thread first.</p>;
  return (
    <section aria-label="Templates" class="templates">
      <Field label="Template">
        <select class="av-input" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as DraftKind)}>
          {DRAFT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Application">
        <select class="av-input" value={applicationId} onChange={(e) => setApplicationId((e.currentTarget as HTMLSelectElement).value)}>
          {dossiers.map((d) => (
            <option key={d.application.id} value={d.application.id}>
              {applicationLabel(d.application)}
            </option>
          ))}
        </select>
      </Field>
      {draft ? (
        <>
          <p class="templates__subject">
            <strong>Subject:</strong> {draft.subject}
          </p>
          <pre class="templates__body" tabIndex={0} aria-label="Preview">
            {draft.body}
          </pre>
          <Button onClick={() => void navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`)}>Copy</Button>
        </>
      ) : null}
    </section>
  );
}
