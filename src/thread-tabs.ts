// The mail tab of a tracked thread, for the popup and for notification clicks.
import browser, { type Tabs } from 'webextension-polyfill';
import type { InsertRequest, InsertReply } from './content/insert-request';
import { mailHostOf } from './core/mail-hosts';

/**
 * Brings the thread's mail tab to the front when one is open, else opens the thread in a new tab.
 * Reading the mail tabs' URLs needs no "tabs" permission: the mail sites are Afterview's host permissions.
 */
async function findThreadTab(url: string): Promise<Tabs.Tab | undefined> {
  // The store checks thread URLs on the way in; this holds for any URL that got past it all the same.
  if (mailHostOf(url) === null) throw new Error('Afterview opens only Gmail and Outlook threads, and this address is neither.');
  const target = new URL(url);
  const tabs = await browser.tabs.query({ url: `${target.origin}/*` });
  return tabs.find((tab) => tab.url === url) ?? tabs.find((tab) => target.hash !== '' && tab.url?.split('#')[1] === target.hash.slice(1));
}

export async function openThread(url: string): Promise<void> {
  const open = await findThreadTab(url);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** Puts a draft into the reply box of the thread's open tab, through that tab's content script. */
export async function insertIntoThread(url: string, draft: Omit<InsertRequest, 'type'>): Promise<string> {
  const open = await findThreadTab(url);
  if (open?.id === undefined) throw new Error('Open the thread in its mail tab first; then Insert puts the draft into its reply.');
  const request: InsertRequest = { type: 'afterview/insert', ...draft };
  const reply = (await browser.tabs.sendMessage(open.id, request)) as InsertReply | undefined;
  if (!reply?.ok) throw new Error(reply?.message ?? 'The mail tab did not answer: reload it and try again.');
  await browser.tabs.update(open.id, { active: true });
  return reply.message;
}
