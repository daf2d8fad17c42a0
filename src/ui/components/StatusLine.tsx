/** A polite live region, so saved/failed messages are announced. */
export function StatusLine({ message, error = false }: { message: string; error?: boolean }) {
  return (
    <p class={error ? 'av-status av-status--error' : 'av-status'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
