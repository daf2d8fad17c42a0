// Clicking a check-in's notification, in real Chromium: it brings the thread's mail tab to the front (or
// opens the thread), and clears the notification. Headless Chromium shows no notification to click, so
// the test dispatches the click through Chrome's own onClicked event, reaching the listener the worker registered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const activeTabUrl = async () => (await (await session.serviceWorker()).evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true })))[0]?.url;

describe('clicking a notification', () => {
  it('brings the open thread’s tab to the front, and clears the notification', async () => {
    const mail = await session.context.newPage();
    await mail.goto(INTERVIEW);
    await expect.poll(async () => (await checkIns()).filter((i) => i.company === 'Northwind Labs').length, { timeout: 10_000 }).toBeGreaterThan(0);
    const item = (await checkIns()).find((i) => i.company === 'Northwind Labs');
    expect(item?.url).toBe(INTERVIEW);
    await options.bringToFront();
    expect(await activeTabUrl()).toContain('chrome-extension://');
    const pagesBefore = session.context.pages().length;

    await notifyAndClick(item?.checkIn.id ?? '');

    await expect.poll(activeTabUrl).toBe(INTERVIEW);
    expect(session.context.pages()).toHaveLength(pagesBefore);
    await expect.poll(notificationIds).not.toContain(`checkin:${item?.checkIn.id}`);
    await mail.close();
  });

  it('opens the thread in a new tab when none shows it', async () => {
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
    const other = await session.context.newPage();
    await other.goto('about:blank');
    await notifyAndClick(item?.checkIn.id ?? '');
    await expect.poll(activeTabUrl).toBe(session.extensionUrl(OPTIONS_PATH));
    await other.close();
  });
});
