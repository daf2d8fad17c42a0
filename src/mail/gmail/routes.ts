// Gmail's routes, as pure functions of a URL (docs/mail-hosts.md; gmail.js current_page()).

/** The thread id in an open-thread URL (#inbox/FMfcg…, #label/Jobs/FMfcg…), or null. */
export function gmailThreadIdFromUrl(url: string): string | null {
  const hash = url.split('#')[1]?.split('?')[0] ?? '';
  const last = hash.split('/').at(-1) ?? '';
  return hash.includes('/') && /^[0-9a-zA-Z]{16,}$/.test(last) ? last : null;
}

export { gmailAccountPath, gmailComposeUrl } from '../../core/compose-url';
