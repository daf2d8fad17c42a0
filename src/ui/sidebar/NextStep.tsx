import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyFix, draftKindFor, recipientFor, renderDraft, type Finding } from '../../core/drafts';
import type { CheckIn, DraftKind, Settings, Stage } from '../../core/model';
import type { ThreadState } from '../../messaging';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { Findings } from '../components/Findings';
import { StatusLine } from '../components/StatusLine';
import { NotesForm } from '../components/NotesForm';
import type { DraftInput, SidebarActions } from './types';

const CLOSED_STAGES = new Set<Stage>(['offer', 'rejected']);

/** The draft for the next step: editable, checked by the linter as it changes, one click into the reply. */
export function NextStep({ state, settings, next, actions }: { state: ThreadState; settings: Settings; next: CheckIn | null; actions: SidebarActions }) {
  const dossier = state.dossier;
  const kind: DraftKind = next ? draftKindFor(next.kind) : 'check-in';
  const recipient = dossier ? recipientFor(next, dossier) : null;
  const interview = dossier?.interviews.find((i) => i.id === next?.interviewId) ?? dossier?.interviews.at(-1) ?? null;
  const rendered = useMemo(
    () =>
      dossier
        ? renderDraft(kind, { dossier, settings, recipient, interview, now: new Date().toISOString() })
        : { subject: '', body: '', to: [] },
    [dossier, settings, kind, recipient?.name, interview],
  );
  // The user's own edits, kept by the background, win over the template when the sidebar opens again.
  const saved = state.drafts.find((d) => d.checkInKey === (next?.key ?? null) && d.kind === kind);
  const [subject, setSubject] = useState(saved?.subject ?? rendered.subject);
  const [body, setBody] = useState(saved?.body ?? rendered.body);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [status, setStatus] = useState({ message: '', error: false });
  const firstRender = useRef(true);
  useEffect(() => {
    // New notes make a new template: show it (the first render keeps the saved edits).
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setSubject(rendered.subject);
    setBody(rendered.body);
    // By its text, not the object: the same plan shown again (a remembered answer, then the background's) keeps the edits.
  }, [rendered.subject, rendered.body]);

  const draft: DraftInput = { kind, subject, body, to: rendered.to };
  useEffect(() => {
    setFindings(null);
    const lint = setTimeout(() => {
      actions.lint(draft).then(setFindings, () => setFindings([]));
    }, 250);
    const edited = subject !== rendered.subject || body !== rendered.body;
    const save = edited ? setTimeout(() => void actions.saveDraft(next, draft).catch(() => undefined), 800) : undefined;
    return () => {
      clearTimeout(lint);
      if (save) clearTimeout(save);
    };
  }, [subject, body]);

  const bodyField = useRef<HTMLTextAreaElement>(null);
  // A fact check's one-click fix: applied only if the words it corrects are still there, then shown selected.
  const fix = (finding: Finding) => {
    const fixed = finding.fix ? applyFix(body, finding.fix) : null;
    if (!finding.fix || fixed === null) {
      setStatus({ message: 'The draft changed since it was checked: read the new findings.', error: true });
      return;
    }
    const { span, original, replacement } = finding.fix;
    setBody(fixed);
    setStatus({ message: `Fixed: “${original}” is now “${replacement}”.`, error: false });
    setTimeout(() => {
      bodyField.current?.focus();
      bodyField.current?.setSelectionRange(span[0], span[0] + replacement.length);
    }, 0);
  };

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      const said = await work();
      setStatus({ message: typeof said === 'string' && said ? said : done, error: false });
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  if (!dossier) return null;
  const notes = interview ? <NotesForm interview={interview} interviewer={next?.kind === 'thank-you' ? next.contactName : null} onSave={(notes) => actions.saveNotes(interview.id, next?.kind === 'thank-you' ? next.contactName : null, notes)} /> : null;
  // With nothing due after an offer or a rejection, a note asking about the timeline would be wrong: only the notes stay.
  if (!next && CLOSED_STAGES.has(dossier.application.stage)) return <div class="draft">{notes}</div>;
  return (
    <div class="draft">
      <h3 class="thread__heading">Draft{recipient?.name ? ` to ${recipient.name}` : ''}</h3>
      <Field label="Subject">
        <input class="av-input" value={subject} onInput={(e) => setSubject((e.currentTarget as HTMLInputElement).value)} />
      </Field>
      <Field label="Message">
        <textarea ref={bodyField} class="av-input draft__body" rows={12} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      <Findings findings={findings ?? []} pending={findings === null} onFix={fix} />
      <div class="draft__actions">
        <Button primary onClick={() => void run(() => actions.insert(draft), 'Inserted into the reply.')}>
          Insert into reply
        </Button>
        <Button onClick={() => void run(async () => navigator.clipboard.writeText(`${subject}\n\n${body}`), 'Copied.')}>Copy</Button>
        <Button onClick={() => void run(() => actions.markSent(next, draft), 'Logged as sent.')}>Mark as sent</Button>
        {next ? <Button onClick={() => void run(() => actions.snooze(next, 1), 'Snoozed until tomorrow.')}>Snooze</Button> : null}
      </div>
      <StatusLine message={status.message} error={status.error} />
      {notes}
    </div>
  );
}
