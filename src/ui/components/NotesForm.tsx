import { useState } from 'preact/hooks';
import type { Interview, InterviewNotes } from '../../core/model';
import { Button } from './Button';
import { Field } from './Field';
import { StatusLine } from './StatusLine';

const FIELDS: { key: keyof InterviewNotes; label: string }[] = [
  { key: 'topics', label: 'A project, challenge or goal they raised' },
  { key: 'painPoint', label: 'A pain point they named' },
  { key: 'matchingSkill', label: 'Your matching skill or experience' },
  { key: 'gap', label: 'A gap that came up' },
  { key: 'gapStrength', label: 'A related strength (ideally with a number)' },
  { key: 'achievement', label: 'An achievement you did not get to mention' },
  { key: 'mission', label: 'What draws you to their mission' },
];

/** The interview notes that personalise drafts: per interviewer for thank-yous, for the round otherwise. */
export function NotesForm({ interview, interviewer, onSave }: { interview: Interview; interviewer: string | null; onSave: (notes: InterviewNotes) => Promise<void> }) {
  const saved = interviewer ? { ...interview.notes, ...interview.notesByInterviewer[interviewer] } : interview.notes;
  const [notes, setNotes] = useState<InterviewNotes>(saved);
  const [status, setStatus] = useState({ message: '', error: false });
  const save = async () => {
    try {
      await onSave(notes);
      setStatus({ message: 'Notes saved: the draft uses them now.', error: false });
    } catch (error) {
      setStatus({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  return (
    <details class="notes">
      <summary>Interview notes{interviewer ? ` about ${interviewer}` : ''}</summary>
      {/* Saving hangs on the button's click, not on submit: the browser marks a submit trusted even when a
          page script caused it (button.click(), requestSubmit()), while Enter in a field clicks the button
          as the user. */}
      <form onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map(({ key, label }) => (
          <Field key={key} label={label}>
            <input class="av-input" value={notes[key] ?? ''} onInput={(e) => setNotes({ ...notes, [key]: (e.currentTarget as HTMLInputElement).value })} />
          </Field>
        ))}
        <Button type="submit" onClick={() => void save()}>
          Save notes
        </Button>
        <StatusLine message={status.message} error={status.error} />
      </form>
    </details>
  );
}
