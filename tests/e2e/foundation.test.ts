import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchExtension,
  OPTIONS_PATH,
  openExtensionPage,
  POPUP_PATH,
  routeMailHost,
  screenshot,
  stopServiceWorkers,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('runs its service worker from the extension', async () => {
    const worker = await session.serviceWorker();
    expect(worker.url()).toBe(session.extensionUrl('background.js'));
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('opens the popup with the empty state, in light and dark', async () => {
    const page = await openExtensionPage(session, POPUP_PATH);
    await page.setViewportSize({ width: 380, height: 600 });
    await expect.poll(() => page.getByRole('heading', { name: 'Afterview' }).count()).toBe(1);
    await expect.poll(() => page.getByText('No interviews tracked yet').count()).toBe(1);
    await screenshot(page, 'popup-empty-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(28, 30, 36)');
    await screenshot(page, 'popup-empty-dark');
    await page.close();
  });

  it('opens the options page and keeps settings saved through the background', async () => {
    const page = await openExtensionPage(session, OPTIONS_PATH);
    const name = page.getByLabel('Your name');
    await name.fill('Dana Whitfield');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Settings saved.');
    await screenshot(page, 'options-light');
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Dana Whitfield');
    await page.close();
  });

  for (const [origin, fixture] of [
    ['https://mail.google.com', 'pages/gmail-blank.html'],
    ['https://outlook.office.com', 'pages/outlook-blank.html'],
  ] as const) {
    it(`mounts the sidebar in a Shadow DOM on ${origin}`, async () => {
      await routeMailHost(session.context, origin, fixture);
      const page = await session.context.newPage();
      await page.goto(`${origin}/mail/u/0/#inbox`);
      const sidebar = page.getByRole('complementary', { name: 'Afterview' });
      await expect.poll(() => sidebar.count()).toBe(1);
      expect(await page.evaluate(() => document.getElementById('afterview-sidebar')?.shadowRoot !== null)).toBe(true);
      await sidebar.getByRole('button', { name: 'Afterview' }).click();
      await expect.poll(() => sidebar.getByRole('heading', { name: 'Afterview' }).count()).toBe(1);
      await screenshot(page, `sidebar-${new URL(origin).hostname}`);
      await sidebar.getByRole('button', { name: 'Collapse' }).press('Enter');
      await expect.poll(() => sidebar.getByRole('heading', { name: 'Afterview' }).count()).toBe(0);
      await page.close();
    });
  }

  it('does not inject into pages that are not mail hosts', async () => {
    await routeMailHost(session.context, 'https://example.com', 'pages/not-mail.html');
    const page = await session.context.newPage();
    await page.goto('https://example.com/');
    await page.waitForTimeout(500);
    expect(await page.locator('#afterview-sidebar').count()).toBe(0);
    await page.close();
  });

  it('shows overdue check-ins from the database on the badge, also after the worker restarts', async () => {
    expect(await badgeText(session)).toBe('');
    const worker = await session.serviceWorker();
    await worker.evaluate(() => Object.assign(globalThis, { beforeStop: true }));
    await worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('afterview');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['applications', 'checkIns'], 'readwrite');
      tx.objectStore('applications').put({ id: 'app-1', company: 'Northwind Labs', role: 'Data Engineer', stage: 'awaiting-decision' });
      tx.objectStore('checkIns').put({
        id: 'c-1',
        key: 'status-check:app-1',
        applicationId: 'app-1',
        kind: 'status-check',
        status: 'pending',
        dueAt: '2020-01-06T17:00:00.000Z',
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await stopServiceWorkers(session);
    // Any extension event wakes the worker; opening the popup sends it a request.
    const popup = await openExtensionPage(session, POPUP_PATH);
    await expect.poll(() => badgeText(session), { timeout: 10_000 }).toBe('1');
    const restarted = await session.serviceWorker();
    expect(await restarted.evaluate(() => 'beforeStop' in globalThis)).toBe(false);
    const title = await (await session.serviceWorker()).evaluate(() => chrome.action.getTitle({}));
    expect(title).toContain('Northwind Labs');
    await popup.close();
  });
});
