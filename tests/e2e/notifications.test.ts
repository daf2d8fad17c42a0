// Clicking a check-in's notification, in real Chromium: it brings the thread's mail tab to the front (or
// opens the thread), and clears the notification. Headless Chromium shows no notification to click, so
// the test dispatches the click through Chrome's own onClicked event, reaching the listener the worker registered.
// The assertions read which tab is active in the window, by tab id: they depend neither on window focus (which
// headless Chromium grants as it likes) nor on tabs.query reporting the URL of the extension's own pages, which
// needs the "tabs" permission Afterview does not have.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, type ExtensionSession } from './harness';

const INTERVIEW = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads.html');
  options = await openExtensionPage(session, OPTIONS_PATH);
});
afterAll(async () => {
  await session?.close();
});

interface ListItem {
  checkIn: { id: string; applicationId: string };
  company: string;
  url: string | null;
}

const checkIns = async () =>
  ((await options.evaluate(() => chrome.runtime.sendMessage({ type: 'checkIns/list', payload: {} }))) as { value: ListItem[] }).value;

/** Shows a notification for the check-in as the alarm does, then clicks it. */
async function notifyAndClick(checkInId: string): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async (id) => {
    await chrome.notifications.create(id, { type: 'basic', iconUrl: chrome.runtime.getURL('icons/icon-128.png'), title: 'Afterview', message: 'A check-in is due.' });
    (chrome.notifications.onClicked as unknown as { dispatch: (id: string) => void }).dispatch(id);
  }, `checkin:${checkInId}`);
}

const notificationIds = async () => Object.keys(await (await session.serviceWorker()).evaluate(() => chrome.notifications.getAll()));

/** Tab ids come from what the worker may see: mail tabs by their host permission, its own pages by their context. */
const mailTabIds = async (url: string) =>
  (await session.serviceWorker()).evaluate(async (target) => (await chrome.tabs.query({ url: 'https://mail.google.com/*' })).filter((t) => t.url === target).map((t) => t.id), url);
const extensionTabId = async (url: string) =>
  (await session.serviceWorker()).evaluate(
    async (target) => (await chrome.runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType], documentUrls: [target] }))[0]?.tabId,
    url,
  );
const isActive = async (tabId: number | undefined) => tabId !== undefined && (await (await session.serviceWorker()).evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId));
const activate = async (tabId: number | undefined) => {
  if (tabId === undefined) throw new Error('No tab to activate.');
  await (await session.serviceWorker()).evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
};

/** Closes every page but the options page, so one test's leftovers never decide the next. */
afterEach(async () => {
  await Promise.all(session.context.pages().filter((p) => p !== options).map((p) => p.close()));
});

describe('clicking a notification', () => {
  it('brings the open thread’s tab to the front, and clears the notification', async () => {
    const mail = await session.context.newPage();
    await mail.goto(INTERVIEW);
    await expect.poll(async () => (await checkIns()).filter((i) => i.company === 'Northwind Labs').length, { timeout: 10_000 }).toBeGreaterThan(0);
    const item = (await checkIns()).find((i) => i.company === 'Northwind Labs');
    expect(item?.url).toBe(INTERVIEW);
    const [mailTab] = await mailTabIds(INTERVIEW);
    await activate(await extensionTabId(session.extensionUrl(OPTIONS_PATH)));
    expect(await isActive(mailTab)).toBe(false);
    const pagesBefore = session.context.pages().length;

    await notifyAndClick(item?.checkIn.id ?? '');

    await expect.poll(() => isActive(mailTab)).toBe(true);
    expect(await mailTabIds(INTERVIEW)).toEqual([mailTab]);
    expect(session.context.pages()).toHaveLength(pagesBefore);
    await expect.poll(notificationIds).not.toContain(`checkin:${item?.checkIn.id}`);
    await mail.close();
  });

  it('opens the thread in a new tab when none shows it', async () => {
    expect(await mailTabIds(INTERVIEW)).toEqual([]);
    const item = (await checkIns()).find((i) => i.company === 'Northwind Labs');
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    await notifyAndClick(item?.checkIn.id ?? '');
    const page = await opened;
    await page.waitForURL(INTERVIEW);
    await expect.poll(() => page.getByRole('complementary', { name: 'Afterview' }).getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the options page for an application added by hand, which has no thread', async () => {
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'application/add', payload: { company: 'Cobalt Grid', role: 'Backend Engineer', stage: 'awaiting-decision', interviewAt: '2026-01-05T15:00:00.000Z', interviewers: [] } }),
    );
    const item = (await checkIns()).find((i) => i.company === 'Cobalt Grid');
    expect(item?.url).toBeNull();
    const mail = await session.context.newPage();
    await mail.goto(INTERVIEW);
    const [mailTab] = await mailTabIds(INTERVIEW);
    await activate(mailTab);
    const optionsTab = await extensionTabId(session.extensionUrl(OPTIONS_PATH));
    expect(await isActive(optionsTab)).toBe(false);
    await notifyAndClick(item?.checkIn.id ?? '');
    await expect.poll(() => isActive(optionsTab)).toBe(true);
    expect(await isActive(mailTab)).toBe(false);
  });
});
