// Outlook on the web's routes, as pure functions of a URL (docs/mail-hosts.md).

/** The item/conversation id in /mail/…/id/<id>, decoded, or null. */
export function outlookItemIdFromUrl(url: string): string | null {
  const match = /\/mail\/(?:[^?#]*\/)?id\/([^/?#]+)/.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function outlookComposeUrl(currentUrl: string, to: string[], subject: string, body: string): string {
  const { origin, pathname } = new URL(currentUrl);
  const base = origin === 'https://outlook.live.com' && /^\/mail\/0\//.test(pathname) ? `${origin}/mail/0/deeplink/compose` : `${origin}/mail/deeplink/compose`;
  return `${base}?to=${encodeURIComponent(to.join(','))}&subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
