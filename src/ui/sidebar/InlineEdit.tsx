import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { ErrorLine } from '../components/StatusLine';

export type InlineInput = 'text' | 'datetime-local' | 'date';
/** A value picked from a closed list (a stage), each choice named in words. */
export interface InlineChoice {
  value: string;
  label: string;
}

interface Props {
  /** What is edited, in words: the input's name for screen readers ("Company"). */
  label: string;
  type?: InlineInput;
  initial?: string;
  onSave: (value: string) => Promise<void>;
  onCancel: () => void;
  /** Whether the input takes the focus when it appears: only when the user opened it, never on the page's load. */
  focus?: boolean;
  /** When given, a select of these instead of a typed value. */
  choices?: readonly InlineChoice[];
}

/** One value edited in place: Enter or Save keeps it, Escape or Cancel leaves it as it was. */
export function InlineEdit({ label, type = 'text', initial = '', onSave, onCancel, focus = true, choices }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    if (focus) input.current?.focus();
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    const text = value.trim();
    // A page script's synthetic submit does nothing (src/trusted-events.ts).
    if (!event.isTrusted || text === '') return;
    onSave(text).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <form class="inline-edit" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && e.isTrusted && onCancel()}>
      {choices ? (
        <select ref={input} class="av-input" aria-label={label} value={value} onChange={(e) => setValue(e.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input ref={input} class="av-input" {...(type === 'text' ? { type, maxLength: 120 } : { type })} aria-label={label} value={value} required onInput={(e) => setValue(e.currentTarget.value)} />
      )}
      <div class="inline-edit__actions">
        <Button primary type="submit" aria-label={`Save ${label.toLowerCase()}`}>
          Save
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      <ErrorLine error={error} />
    </form>
  );
}
