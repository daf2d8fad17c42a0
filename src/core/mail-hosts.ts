import type { MailHostName } from './model';

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
