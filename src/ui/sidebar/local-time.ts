// The browser's date inputs speak local wall time without a zone; the store speaks ISO instants.

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a datetime-local input's value ("2026-11-24T15:00"), in the browser's zone. */
export function toLocalInput(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value as an ISO instant. */
export const fromLocalInput = (value: string): string => new Date(value).toISOString();
