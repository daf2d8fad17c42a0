// Applying a finding's one-click fix to the draft's body.
import type { Fix } from './types';

/**
 * The body with the fix applied, or null when the span no longer holds the text the linter saw
 * (the user edited the draft since): a stale fix must never overwrite other words.
 */
export function applyFix(body: string, fix: Fix): string | null {
  const [start, end] = fix.span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > body.length) return null;
  if (body.slice(start, end) !== fix.original) return null;
  return `${body.slice(0, start)}${fix.replacement}${body.slice(end)}`;
}
