// The popup and the options page, driven end to end against the real background and IndexedDB,
// checked with axe-core in light and dark, with screenshots for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, OPTIONS_PATH, openExtensionPage, POPUP_PATH, screenshot, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await launchExtension();
  options = await openExtensionPage(session, OPTIONS_PATH);
});
afterAll(async () => {
  await session?.close();
});

const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value?: unknown; error?: string }>;

async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(session, POPUP_PATH);
  await popup.setViewportSize({ width: 380, height: 640 });
  return popup;
}

describe('the popup', () => {
  it('groups check-ins and acts on them', async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    expect((await send(options, 'application/add', { company: 'Northwind Labs', role: 'Data Engineer', stage: 'awaiting-decision', interviewAt: hoursAgo(24 * 20), interviewers: [] })).ok).toBe(true);
    expect((await send(options, 'application/add', { company: 'Cobalt Grid', role: 'Backend Engineer', stage: 'awaiting-decision', interviewAt: hoursAgo(3), interviewers: ['Omar Haddad'] })).ok).toBe(true);
    const popup = await openPopup();
    await expect.poll(() => popup.getByRole('heading', { name: /Overdue/ }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: /Due this week/ }).count()).toBe(1);
    expect(await popup.getByText('Send a thank-you note to Omar Haddad', { exact: false }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: /Waiting on the employer/ }).count()).toBe(1);
    await screenshot(popup, 'popup-check-ins-light');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-check-ins-dark');
    expect(await seriousViolations(popup)).toEqual([]);

    // Headless Chromium cannot grant clipboard reading to an extension origin: record what is written instead.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void Object.assign(window, { copied: text });
    });
    await popup.getByRole('button', { name: 'Copy draft: Send a thank-you note to Omar Haddad' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Draft copied: paste it into your reply.');
    expect(await popup.evaluate(() => (window as unknown as { copied?: string }).copied)).toMatch(/Backend Engineer[\s\S]*Hi Omar,/);
    await popup.getByRole('button', { name: 'Mark done: Send a thank-you note to Omar Haddad' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: /Done recently/ }).count()).toBe(1);
    await popup.getByRole('combobox', { name: /Snooze Send a polite check-in/ }).first().selectOption('3days');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Snoozed.');
    await popup.close();
  });

  it('logs a phone call for a traditional employer that went quiet', async () => {
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const added = (await send(options, 'application/add', { company: 'First County Bank', role: 'Branch Manager', stage: 'awaiting-decision', interviewAt: daysAgo(30), interviewers: [] })).value as Record<string, unknown>;
    expect((await send(options, 'application/update', { id: added.id, changes: { employerStyle: 'traditional' } })).ok).toBe(true);
    expect((await send(options, 'contact/log', { applicationId: added.id, kind: 'email', direction: 'sent', at: daysAgo(15), checkInKey: null, to: [] })).ok).toBe(true);
    const popup = await openPopup();
    await expect.poll(() => popup.getByText('Call them', { exact: false }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Call logged.');
    const list = (await send(options, 'checkIns/list', {})).value as { checkIn: { kind: string; status: string } }[];
    expect(list.filter((i) => i.checkIn.kind === 'phone-call').map((i) => i.checkIn.status)).toEqual(['done']);
    await send(options, 'application/delete', { id: added.id });
    await popup.close();
  });

  it('previews every template with a chosen application', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Templates' }).click();
    await popup.getByLabel('Template', { exact: true }).selectOption('status-check');
    await expect.poll(() => popup.getByLabel('Preview').textContent()).toContain('I wanted to check in on the');
    await popup.getByLabel('Template', { exact: true }).selectOption('voicemail');
    await expect.poll(() => popup.getByLabel('Preview').textContent()).toMatch(/calling about the (Data|Backend) Engineer position/);
    await screenshot(popup, 'popup-templates');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe('the options page', () => {
  it('edits an application and the plan follows', async () => {
    await options.reload();
    await options.locator('summary', { hasText: 'Northwind Labs' }).click();
    const editor = options.locator('details[open]');
    await editor.getByLabel('Role').fill('Senior Data Engineer');
    await editor.getByLabel('Employer style').selectOption('traditional');
    await options.getByRole('button', { name: 'Save Northwind Labs' }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Northwind Labs saved.');
    const list = (await send(options, 'applications/list', {})).value as { application: { role: string; employerStyle: string } }[];
    expect(list.find((d) => d.application.role === 'Senior Data Engineer')?.application.employerStyle).toBe('traditional');
    // Interview rounds and their notes are editable here too.
    await options.locator('summary', { hasText: 'Northwind Labs' }).click();
    const app = options.locator('details[open]').first();
    await app.getByText('Interview notes').click();
    await app.getByLabel('A project, challenge or goal they raised').fill('the streaming migration');
    await app.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(async () => {
      const dossiers = (await send(options, 'applications/list', {})).value as { application: { company: string }; interviews: { notes: { topics?: string } }[] }[];
      return dossiers.find((d) => d.application.company === 'Northwind Labs')?.interviews[0]?.notes.topics;
    }).toBe('the streaming migration');
    await screenshot(options, 'options-applications-light');
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'options-applications-dark');
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps holidays and the roles of the people in a tracked thread', async () => {
    await options.getByLabel('Holidays').fill('2026-12-24\n2026-12-25');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => ((await send(options, 'settings/get', {})).value as { holidays: string[] }).holidays).toEqual(['2026-12-24', '2026-12-25']);

    const thread = {
      host: 'gmail',
      id: 'thread-roles',
      subject: 'Interview - Analyst - Quayside',
      userEmail: 'me@example.com',
      messages: [{ from: { name: 'Devon Price', email: 'devon@quayside.app' }, to: [{ name: 'Me', email: 'me@example.com' }], cc: [], sentAt: '2026-11-20T15:00:00.000Z', text: 'Hi, we would like to invite you to interview for the Analyst role at Quayside. Please share your availability.' }],
    };
    expect((await send(options, 'thread/track', { thread, url: 'https://mail.google.com/mail/u/0/#inbox/thread-roles' })).ok).toBe(true);
    await options.reload();
    await options.locator('summary', { hasText: 'Quayside' }).click();
    const role = options.locator('details[open]').getByLabel('Role of Devon Price');
    await role.fill('Recruiter');
    await role.press('Tab');
    await expect.poll(async () => {
      const dossiers = (await send(options, 'applications/list', {})).value as { contacts: { name: string; title: string }[] }[];
      return dossiers.flatMap((d) => d.contacts).find((c) => c.name === 'Devon Price')?.title;
    }).toBe('Recruiter');
  });

  it('exports a backup and a calendar, refuses a corrupt backup, and deletes everything only when confirmed', async () => {
    const [backup] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export backup (JSON)' }).click()]);
    expect(backup.suggestedFilename()).toMatch(/^afterview-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const [calendar] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: /Export check-ins to calendar/ }).click()]);
    expect(calendar.suggestedFilename()).toBe('afterview-check-ins.ics');

    await options.getByLabel('Restore a backup').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"afterview-backup","version":1') });
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Nothing was changed: this file is not valid JSON');
    expect(((await send(options, 'applications/list', {})).value as unknown[]).length).toBe(3);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    const confirm = options.getByRole('button', { name: 'Delete everything now' });
    expect(await confirm.isDisabled()).toBe(true);
    await options.getByLabel('Type "delete everything" to confirm').fill('delete everything');
    await confirm.click();
    await expect.poll(async () => ((await send(options, 'applications/list', {})).value as unknown[]).length).toBe(0);

    const path = await backup.path();
    await options.getByLabel('Restore a backup').setInputFiles(path);
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Backup restored: 3 applications');
  });
});
