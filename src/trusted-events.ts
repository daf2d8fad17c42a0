// The page Afterview lives in runs its own script, which can dispatch clicks and key presses
// (`element.click()`, `dispatchEvent`); only the browser marks an event the user made as trusted.
// Keyboard activation of a button (Enter, Space) is a trusted click too.

/** Runs `handler` for events the user made, and ignores events a page script dispatched. */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
