// storage.sync's limits and how it measures an item: the key's length plus its value as JSON, in UTF-8
// bytes (Chrome's QUOTA_BYTES_PER_ITEM; Firefox keeps the same figures).

export interface SyncLimits {
  totalBytes: number;
  itemBytes: number;
  items: number;
}

export const BROWSER_LIMITS: SyncLimits = { totalBytes: 102_400, itemBytes: 8_192, items: 512 };

/**
 * What Afterview plans to: 4% under the browser's limits, because the browser serialises values with
 * its own JSON writer, which need not spell every number as JSON.stringify does.
 */
export const PLANNED_LIMITS: SyncLimits = { totalBytes: 98_304, itemBytes: 7_864, items: 500 };

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const itemBytes = (key: string, value: unknown): number => utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
