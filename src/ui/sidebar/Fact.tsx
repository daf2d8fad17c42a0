import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { InlineEdit, type InlineChoice, type InlineInput } from './InlineEdit';

interface Props {
  /** The field's name in words, lower case ("company"): the edit button is "Edit company". */
  name: string;
  children: ComponentChildren;
  type?: InlineInput;
  /** A closed list to pick from instead of a typed value. */
  choices?: readonly InlineChoice[];
  /** The value the form starts from. */
  initial: string;
  onSave: (value: string) => Promise<void>;
}

/** A value Afterview is sure of, shown as a fact, with a small edit button that corrects it in place. */
export function Fact({ name, children, type, choices, initial, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    return <InlineEdit label={label} type={type} choices={choices} initial={initial} onCancel={() => setEditing(false)} onSave={(v) => onSave(v).then(() => setEditing(false))} />;
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
