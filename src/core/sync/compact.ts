// Facts written short for storage.sync, so its 100 KB holds more applications: instants as minutes
// since 2026 (a follow-up plan never needs seconds), calendar dates as days since 1970, and ids
// (store/ids.ts: crypto.randomUUID) in base64url, 22 characters instead of 36.
const DAY = 86_400_000;
const MINUTE = 60_000;
const SINCE = Date.UTC(2026, 0, 1);

export const instantToMinutes = (iso: string): number => Math.round((Date.parse(iso) - SINCE) / MINUTE);
export const minutesToInstant = (minutes: number): string => new Date(SINCE + minutes * MINUTE).toISOString();
export const optionalMinutes = (iso: string | null): number | null => (iso === null ? null : instantToMinutes(iso));
export const optionalInstant = (minutes: number | null): string | null => (minutes === null ? null : minutesToInstant(minutes));

export const dateToDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
export const dayToDate = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SHORT = /^[A-Za-z0-9_-]{22}$/;

/** A uuid in 22 characters; any other id as "=" and itself, so every id comes back. */
export function shortId(id: string): string {
  if (!UUID.test(id)) return `=${id}`;
  const hex = id.replaceAll('-', '');
  let out = '';
  // 128 bits as 21 groups of 6 bits and 2 bits left over.
  let bits = 0;
  let value = 0;
  for (const digit of hex) {
    value = (value << 4) | parseInt(digit, 16);
    bits += 4;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(value >> bits) & 63];
    }
  }
  return out + ALPHABET[(value << (6 - bits)) & 63];
}

/** The id shortId wrote, or null when the text is not one it writes. */
export function longId(short: string): string | null {
  if (short.startsWith('=')) return short.slice(1);
  if (!SHORT.test(short)) return null;
  let hex = '';
  let bits = 0;
  let value = 0;
  for (const char of short) {
    value = ((value << 6) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 6;
    while (bits >= 4 && hex.length < 32) {
      bits -= 4;
      hex += ((value >> bits) & 15).toString(16);
    }
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
