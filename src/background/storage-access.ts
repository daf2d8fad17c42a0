// Content scripts can read storage.local and storage.sync unless told otherwise (session storage is closed
// to them from the start), and storage.sync holds every application's facts once sync is on. A content
// script lives in a page the mail host controls: it reads the one thread it shows, and gets the rest
// through the background's checked messages, never by reading storage. Firefox has no setAccessLevel.
import browser from 'webextension-polyfill';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
interface AccessControlled {
  setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void>;
}

/** Closes storage.local and storage.sync to content scripts where the browser can; each area on its own. */
export async function closeStorageToContentScripts(): Promise<void> {
  const areas = [browser.storage.local, browser.storage.sync] as AccessControlled[];
  await Promise.all(areas.map((area) => area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined)));
}
