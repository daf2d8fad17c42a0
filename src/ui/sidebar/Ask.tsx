import { useId, useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { InlineEdit, type InlineInput } from './InlineEdit';
import { ErrorLine } from '../components/StatusLine';

interface Props {
  /** "Which company?" */
  question: string;
  /** The field's name in words ("company"), for the typed answer's label. */
  name: string;
  candidates: readonly string[];
  type?: InlineInput;
  onAnswer: (value: string) => Promise<void>;
}

/** Asked where the analysis was unsure: the likely answers as buttons, and the user's own with "Other…". */
export function Ask({ question, name, candidates, type = 'text', onAnswer }: Props) {
  const id = useId();
  const [typing, setTyping] = useState(candidates.length === 0);
  const [error, setError] = useState('');
  const choose = (value: string) => void onAnswer(value).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <div class="ask" role="group" aria-labelledby={id}>
      <p id={id} class="ask__question">
        {question}
      </p>
      <div class="ask__choices">
        {candidates.map((candidate) => (
          <Button key={candidate} onClick={() => choose(candidate)}>
            {candidate}
          </Button>
        ))}
        {typing || candidates.length === 0 ? null : (
          <Button aria-label={`Other ${name}…`} onClick={() => setTyping(true)}>
            Other…
          </Button>
        )}
      </div>
      {typing ? <InlineEdit label={name.charAt(0).toUpperCase() + name.slice(1)} type={type} focus={candidates.length > 0} onSave={onAnswer} onCancel={() => setTyping(candidates.length === 0)} /> : null}
      <ErrorLine error={error} />
    </div>
  );
}
