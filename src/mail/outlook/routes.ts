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

export { outlookComposeUrl } from '../../core/compose-url';
