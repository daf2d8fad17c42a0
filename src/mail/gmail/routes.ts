// Gmail's routes, as pure functions of a URL (docs/mail-hosts.md; gmail.js current_page()).

/** The thread id in an open-thread URL (#inbox/FMfcg…, #label/Jobs/FMfcg…), or null. */
export function gmailThreadIdFromUrl(url: string): string | null {
  const hash = url.split('#')[1]?.split('?')[0] ?? '';
  const last = hash.split('/').at(-1) ?? '';
  return hash.includes('/') && /^[0-9a-zA-Z]{16,}$/.test(last) ? last : null;
}

/** The /mail/u/<n>/ account prefix of the current URL, for deeplinks that stay in the same account. */
export function gmailAccountPath(url: string): string {
  const match = /\/mail\/u\/([^/?#]+)\//.exec(url);
  return `/mail/u/${match?.[1] ?? '0'}/`;
}

export function gmailComposeUrl(currentUrl: string, to: string[], subject: string, body: string): string {
  const params = [`tf=cm`, `to=${encodeURIComponent(to.join(','))}`, `su=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`];
  return `https://mail.google.com${gmailAccountPath(currentUrl)}?${params.join('&')}`;
}
