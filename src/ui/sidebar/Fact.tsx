import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { InlineEdit, type InlineInput } from './InlineEdit';

interface Props {
  /** The field's name in words, lower case ("company"): the edit button is "Edit company". */
  name: string;
  children: ComponentChildren;
  type?: InlineInput;
  /** The value the form starts from. */
  initial: string;
  onSave: (value: string) => Promise<void>;
}

/** A value Afterview is sure of, shown as a fact, with a small edit button that corrects it in place. */
export function Fact({ name, children, type, initial, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    return <InlineEdit label={label} type={type} initial={initial} onCancel={() => setEditing(false)} onSave={(v) => onSave(v).then(() => setEditing(false))} />;
  }
  return (
    <div class="fact">
      <div class="fact__value">{children}</div>
      <Button class="fact__edit" aria-label={`Edit ${name}`} onClick={() => setEditing(true)}>
        Edit
      </Button>
    </div>
  );
}
