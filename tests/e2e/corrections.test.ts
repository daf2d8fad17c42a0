// Corrections in the sidebar on a routed Gmail page: a thread that never names its role or company is
// asked about; the answer changes the plan and the draft, survives a reload and a stopped worker, and the next
// thread from the same domain takes it. Screenshots of both states, light and dark; axe on the controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, screenshot, stopServiceWorkers, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';

const FIRST = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXUnsureAaaaaaaaaaaaaaaaaa';
const SECOND = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXUnsureBbbbbbbbbbbbbbbbbb';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads-unsure.html');
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });

async function bothThemes(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

const companyFact = () => sidebar().getByRole('button', { name: 'Edit company' });

describe('corrections in the Gmail sidebar', () => {
  it('asks which role when the thread never says, and never offers the mailbox owner', async () => {
    await page.goto(FIRST);
    const question = sidebar().getByRole('group', { name: 'Which role?' });
    await expect.poll(() => question.count(), { timeout: 10_000 }).toBe(1);
    expect(await question.getByRole('textbox', { name: 'Role' }).count()).toBe(1);
    // The sender's domain alone no longer names the company: it is asked about too.
    expect(await sidebar().getByRole('group', { name: 'Which company?' }).count()).toBe(1);
    expect(await sidebar().getByRole('button', { name: 'Remove Ben Carter' }).count()).toBe(1);
    expect(await sidebar().getByRole('button', { name: /Dana Whitfield/ }).count()).toBe(0);
    await bothThemes('corrections-ask');
  });

  it('takes the user’s answers: the plan and the draft change at once', async () => {
    await sidebar().getByRole('textbox', { name: 'Role' }).fill('Data Engineer');
    await sidebar().getByRole('textbox', { name: 'Role' }).press('Enter');
    await expect.poll(() => sidebar().getByRole('button', { name: 'Edit role' }).count()).toBe(1);
    await expect.poll(() => sidebar().getByLabel('Subject').inputValue()).toContain('Data Engineer');

    const companyQuestion = sidebar().getByRole('group', { name: 'Which company?' });
    await companyQuestion.getByRole('button', { name: 'Other company…' }).click();
    await sidebar().getByRole('textbox', { name: 'Company' }).fill('Cobalt Grid');
    await sidebar().getByRole('button', { name: 'Save company' }).click();
    await expect.poll(() => sidebar().getByText('Cobalt Grid', { exact: true }).count()).toBe(1);

    const nextStep = () => sidebar().locator('.thread__next').innerText();
    expect(await nextStep()).toContain('Ben Carter');
    await sidebar().getByRole('button', { name: 'Remove Ben Carter' }).click();
    await expect.poll(nextStep).toContain('Lucy Wang');
    await expect.poll(() => sidebar().getByLabel('Message').inputValue()).toContain('Lucy');
    await bothThemes('corrections-corrected');
  });

  it('keeps the corrections through a reload and a stopped worker', async () => {
    for (const restart of [async () => undefined, () => stopServiceWorkers(session)]) {
      await restart();
      await page.reload();
      await expect.poll(() => companyFact().count(), { timeout: 10_000 }).toBe(1);
      expect(await sidebar().getByText('Cobalt Grid', { exact: true }).count()).toBe(1);
      expect(await sidebar().getByRole('group', { name: 'Which role?' }).count()).toBe(0);
      expect(await sidebar().getByRole('button', { name: 'Remove Ben Carter' }).count()).toBe(0);
      expect(await sidebar().locator('.thread__next').innerText()).toContain('Lucy Wang');
    }
  });

  it('gives the next thread from the same domain the company the user chose', async () => {
    // The second thread would join the first one's application (same employer); with that one deleted,
    // it starts its own, and only what was learned for the domain can name its company.
    const options = await openExtensionPage(session, OPTIONS_PATH);
    const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value: { application: { id: string } }[] }>;
    for (const dossier of (await send('applications/list', {})).value) await send('application/delete', { id: dossier.application.id });
    await options.close();
    await page.goto(SECOND);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Remove Omar Haddad' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar().getByText('Cobalt Grid', { exact: true }).count()).toBe(1);
    expect(await sidebar().getByRole('button', { name: 'Edit company' }).count()).toBe(1);
  });
});
