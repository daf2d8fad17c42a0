// The five mail sites Afterview works on (manifest.json's host permissions and content-script matches).
import type { MailHostName } from './model';
import { ShapeError, type Check } from './shape';

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

/** Which mail app a page belongs to, from its URL alone; null for any other page. */
export function mailHostOf(url: string): MailHostName | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  if (parsed.hostname === 'mail.google.com') return 'gmail';
  if (OUTLOOK_HOSTS.has(parsed.hostname)) return 'outlook';
  return null;
}

const MAX_URL_LENGTH = 2_048;

/** A thread's address, which "Open thread" opens: an https page of one of the mail sites, nothing else. */
export const mailUrl: Check<string> = (v, path = '') => {
  if (typeof v !== 'string' || v.length > MAX_URL_LENGTH || mailHostOf(v) === null) throw new ShapeError(path, 'a Gmail or Outlook address (https://mail.google.com/… or https://outlook.office.com/…)');
  return v;
};
