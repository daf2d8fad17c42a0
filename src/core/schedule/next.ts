import type { CheckIn } from '../model';

/**
 * The check-in an application's thread should put forward: a note about a competing offer outranks any
 * older one, since its answer must come before the other offer's deadline; otherwise the first pending one
 * (`pending` comes in due order).
 */
export function nextCheckIn<T extends Pick<CheckIn, 'kind'>>(pending: readonly T[]): T | null {
  return pending.find((checkIn) => checkIn.kind === 'competing-offer') ?? pending[0] ?? null;
}
