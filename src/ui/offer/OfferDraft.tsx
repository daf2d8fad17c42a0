import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyFix, lintDraft, recipientFor, renderDraft, type Finding } from '../../core/drafts';
import { composeUrl } from '../../core/compose-url';
import { companyLabel } from '../../core/application-label';
import type { ApplicationDossier, CheckIn, DraftKind, Settings } from '../../core/model';
import { send } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { Findings } from '../components/Findings';
import { StatusLine } from '../components/StatusLine';

interface Props {
  kind: Extract<DraftKind, 'competing-offer' | 'withdrawal' | 'offer-decline'>;
  dossier: ApplicationDossier;
  settings: Settings;
  /** The check-in this note answers, when the plan has one (the note about the offer). */
  checkIn: CheckIn | null;
  /** The application's thread; without one the note goes out as a new message. */
  url: string | null;
  accountUrl: string | null;
  onSent: () => Promise<void>;
}

/** One note of the offer panel: rendered from the application's facts, editable, checked, one click into its thread. */
export function OfferDraft({ kind, dossier, settings, checkIn, url, accountUrl, onSent }: Props) {
  const company = companyLabel(dossier.application.company);
  const recipient = recipientFor(checkIn, dossier);
  const rendered = useMemo(() => renderDraft(kind, { dossier, settings, recipient, now: new Date().toISOString() }), [kind, dossier, settings]);
  const [subject, setSubject] = useState(rendered.subject);
  const [body, setBody] = useState(rendered.body);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [status, setStatus] = useState({ message: '', error: false });
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const draft = { kind, subject, body, to: rendered.to };

  useEffect(() => {
    setFindings(null);
    // The linter with the spell checker lives in the background; checked here too when it cannot answer.
    const check = setTimeout(() => {
      send('draft/lint', { applicationId: dossier.application.id, draft, recipient: recipient ? { name: recipient.name, email: recipient.email } : null }).then(setFindings, () =>
        setFindings(lintDraft(draft, { dossier, settings, recipient, now: new Date().toISOString() })),
      );
    }, 250);
    return () => clearTimeout(check);
  }, [subject, body]);

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ message: await work(), error: false });
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  const fix = (finding: Finding) => {
    const fixed = finding.fix ? applyFix(body, finding.fix) : null;
    if (fixed === null || !finding.fix) return setStatus({ message: 'The draft changed since it was checked: read the new findings.', error: true });
    setBody(fixed);
    setStatus({ message: `Fixed: “${finding.fix.original}” is now “${finding.fix.replacement}”.`, error: false });
    bodyField.current?.focus();
  };
  const insert = () =>
    run(async () => (await send('offer/insert', { applicationId: dossier.application.id, checkInKey: checkIn?.key ?? null, draft: { subject, body, to: rendered.to } })).said);
  const markSent = () =>
    run(async () => {
      await send('contact/log', { applicationId: dossier.application.id, kind: 'email', direction: 'sent', checkInKey: checkIn?.key ?? null, to: rendered.to });
      await onSent();
      return 'Logged as sent.';
    });

  return (
    <div class="offer-draft">
      <Field label={`Subject to ${company}`}>
        <input class="av-input" value={subject} onInput={(e) => setSubject((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <Field label={`Message to ${company}`}>
        <textarea ref={bodyField} class="av-input offer-draft__body" rows={9} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      <Findings findings={findings ?? []} pending={findings === null} onFix={fix} />
      <div class="offer-draft__actions">
        {url ? (
          <Button primary onClick={() => void insert()}>
            Insert into the {company} thread
          </Button>
        ) : (
          <a class="av-button av-button--primary" href={composeUrl(accountUrl, rendered.to, subject, body)} target="_blank" rel="noopener noreferrer">
            Write a new message to {company}
          </a>
        )}
        {checkIn?.status === 'done' ? <span class="offer-draft__sent">Sent</span> : <Button onClick={() => void markSent()}>Mark the note to {company} as sent</Button>}
      </div>
      <StatusLine message={status.message} error={status.error} />
    </div>
  );
}
