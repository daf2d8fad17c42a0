// The mail tab of a tracked thread, for the popup, notification clicks and the offer panel's inserts.
import browser, { type Tabs } from 'webextension-polyfill';
import type { InsertRequest, InsertReply, ReadyReply, ReadyRequest } from './content/insert-request';
import { mailHostOf } from './core/mail-hosts';

/** How long a thread opened for an insert may take to load and be read before Afterview gives up. */
const READY_TIMEOUT = 30_000;
const READY_POLL = 250;

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

/** Asks the tab's content script whether it has read the thread; false while it is not there yet. */
async function isReady(tabId: number): Promise<boolean> {
  const ping: ReadyRequest = { type: 'afterview/ready' };
  try {
    return ((await browser.tabs.sendMessage(tabId, ping)) as ReadyReply | undefined)?.ready === true;
  } catch {
    // No content script in the tab yet (still loading): the next poll asks again.
    return false;
  }
}

/** The thread's tab with its content script ready: the open one, or a new one opened and waited for. */
async function readyThreadTab(url: string): Promise<number> {
  const open = await findThreadTab(url);
  const tabId = open?.id ?? (await browser.tabs.create({ url })).id;
  if (tabId === undefined) throw new Error('The browser did not open the thread.');
  const until = Date.now() + READY_TIMEOUT;
  while (!(await isReady(tabId))) {
    if (Date.now() > until) throw new Error('The thread opened, but Afterview could not read it in time: insert again once it shows.');
    await new Promise((resolve) => setTimeout(resolve, READY_POLL));
  }
  return tabId;
}

/** Puts a draft into the reply box of the thread's tab, through that tab's content script, opening the thread first when no tab shows it. */
export async function insertIntoThread(url: string, draft: Omit<InsertRequest, 'type'>): Promise<string> {
  const tabId = await readyThreadTab(url);
  const request: InsertRequest = { type: 'afterview/insert', ...draft };
  const reply = (await browser.tabs.sendMessage(tabId, request)) as InsertReply | undefined;
  if (!reply?.ok) throw new Error(reply?.message ?? 'The mail tab did not answer: reload it and try again.');
  await browser.tabs.update(tabId, { active: true });
  return reply.message;
}
