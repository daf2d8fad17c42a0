// The hosts' compose deeplinks with the fields filled in: the adapters' fallback when a page has no reply
// box, and the offer panel's link for an application that has no thread to reply in.
import { mailHostOf } from './mail-hosts';

/** The /mail/u/<n>/ account prefix of a Gmail URL, for deeplinks that stay in the same account. */
export function gmailAccountPath(url: string): string {
  const match = /\/mail\/u\/([^/?#]+)\//.exec(url);
  return `/mail/u/${match?.[1] ?? '0'}/`;
}

export function gmailComposeUrl(currentUrl: string, to: string[], subject: string, body: string): string {
  const params = [`tf=cm`, `to=${encodeURIComponent(to.join(','))}`, `su=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`];
  return `https://mail.google.com${gmailAccountPath(currentUrl)}?${params.join('&')}`;
}

export function outlookComposeUrl(currentUrl: string, to: string[], subject: string, body: string): string {
  const { origin, pathname } = new URL(currentUrl);
  const base = origin === 'https://outlook.live.com' && /^\/mail\/0\//.test(pathname) ? `${origin}/mail/0/deeplink/compose` : `${origin}/mail/deeplink/compose`;
  return `${base}?to=${encodeURIComponent(to.join(','))}&subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A new message in the mailbox `accountUrl` belongs to (any of its mail URLs); Gmail's default account when none is known. */
export function composeUrl(accountUrl: string | null, to: string[], subject: string, body: string): string {
  if (accountUrl && mailHostOf(accountUrl) === 'outlook') return outlookComposeUrl(accountUrl, to, subject, body);
  return gmailComposeUrl(accountUrl && mailHostOf(accountUrl) === 'gmail' ? accountUrl : 'https://mail.google.com/mail/u/0/', to, subject, body);
}
