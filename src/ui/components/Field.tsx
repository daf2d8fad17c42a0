import type { ComponentChildren } from 'preact';

/** A labelled form control: the label wraps the control, so screen readers name it. */
export function Field({ label, hint, children }: { label: string; hint?: string; children: ComponentChildren }) {
  return (
    <label class="av-field">
      <span>{label}</span>
      {children}
      {hint ? <small class="av-hint">{hint}</small> : null}
    </label>
  );
}
