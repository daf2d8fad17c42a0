import { useState } from 'preact/hooks';
import { onTrusted } from '../../trusted-events';
import { Button } from '../components/Button';
import { InlineEdit } from './InlineEdit';
import { ErrorLine } from '../components/StatusLine';

interface Props {
  names: readonly string[];
  /** People in the thread who may have interviewed the user, offered while no one is known. */
  candidates: readonly string[];
  onChange: (names: string[]) => Promise<void>;
}

/** The interviewers as chips: add, rename or remove one, each a correction of the whole list. */
export function InterviewerChips({ names, candidates, onChange }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState('');
  const change = (next: string[]) => onChange([...new Set(next)]).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const offered = candidates.filter((c) => !names.includes(c));
  return (
    <div class="chips" role="group" aria-label="Interviewers">
      <p class="ask__question">{names.length > 0 ? 'Interviewers' : 'Who interviewed you?'}</p>
      <ul class="chips__list">
        {names.map((name) =>
          editing === name ? (
            <li key={name} class="chips__editing">
              <InlineEdit label={`Rename ${name}`} initial={name} onCancel={() => setEditing(null)} onSave={(v) => change(names.map((n) => (n === name ? v : n))).then(() => setEditing(null))} />
            </li>
          ) : (
            <li key={name} class="chip">
              <button type="button" class="chip__name" aria-label={`Rename ${name}`} onClick={onTrusted(() => setEditing(name))}>
                {name}
              </button>
              <button type="button" class="chip__remove" aria-label={`Remove ${name}`} onClick={onTrusted(() => void change(names.filter((n) => n !== name)))}>
                ×
              </button>
            </li>
          ),
        )}
      </ul>
      <div class="ask__choices">
        {offered.map((name) => (
          <Button key={name} aria-label={`Add ${name}`} onClick={() => void change([...names, name])}>
            + {name}
          </Button>
        ))}
        {adding ? null : <Button onClick={() => setAdding(true)}>{offered.length > 0 ? 'Someone else…' : 'Add interviewer'}</Button>}
      </div>
      {adding ? <InlineEdit label="Interviewer's name" onCancel={() => setAdding(false)} onSave={(v) => change([...names, v]).then(() => setAdding(false))} /> : null}
      <ErrorLine error={error} />
    </div>
  );
}
