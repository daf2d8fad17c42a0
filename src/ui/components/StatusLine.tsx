/** A polite live region, so saved/failed messages are announced. */
export function StatusLine({ message, error = false }: { message: string; error?: boolean }) {
  return (
    <p class={error ? 'av-status av-status--error' : 'av-status'} role="status" aria-live="polite">
      {message}
    </p>
  );
}

/** A failed action's message, announced at once; nothing when there is none. */
export function ErrorLine({ error }: { error: string }) {
  return error ? (
    <p class="av-status av-status--error" role="alert">
      {error}
    </p>
  ) : null;
}
