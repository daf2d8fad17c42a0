/** The one message the framed offer panel sends its parent: its height in CSS pixels. */
export const OFFER_HEIGHT_MESSAGE = 'afterview/offer-height';

/** The height a message from the frame asks for, bounded; null for any other message. */
export function frameHeightOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== OFFER_HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.min(4_000, Math.max(120, Math.round(height)));
}
