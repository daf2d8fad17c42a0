import { cloneElement, isValidElement, type ComponentChildren, type VNode } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A labelled form control. The label points at the control by id (not by wrapping it), so its
 * accessible name is the label alone, never the options of a select inside it.
 */
export function Field({ label, hint, children }: { label: string; hint?: string; children: ComponentChildren }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const control = isValidElement(children) ? cloneElement(children as VNode<Record<string, unknown>>, { id, ...(hint ? { 'aria-describedby': hintId } : {}) }) : children;
  return (
    <div class="av-field">
      <label for={id}>{label}</label>
      {control}
      {hint ? (
        <small id={hintId} class="av-hint">
          {hint}
        </small>
      ) : null}
    </div>
  );
}
