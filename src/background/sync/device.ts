// This browser profile's device id for sync stamps (docs/sync.md): made once, kept in storage.local, never
// synced. Short, since every stamp in storage.sync carries it.
import browser from 'webextension-polyfill';
import { DEVICE_ID } from '../../core/sync';

const DEVICE_KEY = 'syncDevice';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const freshDeviceId = () => [...crypto.getRandomValues(new Uint8Array(8))].map((n) => ALPHABET[n % ALPHABET.length]).join('');

export async function deviceId(): Promise<string> {
  const stored = (await browser.storage.local.get(DEVICE_KEY))[DEVICE_KEY];
  if (typeof stored === 'string' && DEVICE_ID.test(stored)) return stored;
  const made = freshDeviceId();
  await browser.storage.local.set({ [DEVICE_KEY]: made });
  return made;
}
