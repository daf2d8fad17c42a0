// German and Spanish mail pages with no profile set: the owner is read from the page, never taken for an
// interviewer or a thank-you recipient, offered in one click as the profile; Insert finds the localised
// reply action; a page whose markup stopped matching says so, can still be tracked by hand, and its
// copied diagnostics hold no mail text.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, routeMailHost, screenshot, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';
import { draftBody as sidebarDraft, expectOwnerLeftOut } from './sidebar-checks';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
const OUTLOOK_CONVERSATION = '/mail/id/AAQkAGI2TG93AAA%3D';

let session: ExtensionSession;
let page: Page;

beforeEach(async () => {
  session = await launchExtension();
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterEach(async () => {
  await session?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });
const draftBody = () => sidebarDraft(sidebar());

async function openPanel(): Promise<void> {
  const tab = sidebar().getByRole('button', { name: 'Afterview' });
  if ((await tab.count()) > 0) await tab.click();
}

/** "Are you …?" is offered, Yes fills the profile, and the draft is then signed with the name. */
async function adoptOffer(question: string, owner: string, screenshotName: string): Promise<void> {
  const offer = sidebar().getByRole('region', { name: question });
  await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(1);
  expect(await draftBody().inputValue()).toContain('[Your name]');
  await screenshot(page, `${screenshotName}-light`);
  expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${screenshotName}-dark`);
  expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await offer.getByRole('button', { name: 'Yes' }).click();
  await expect.poll(() => offer.count()).toBe(0);
  await expect.poll(() => draftBody().inputValue()).toContain(owner);
  expect(await draftBody().inputValue()).not.toContain('[Your name]');
}

describe('a German Gmail page with no profile', () => {
  it('recognises Dana as the owner and offers her as the profile', async () => {
    await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads-de.html');
    await page.goto(GMAIL_THREAD);
    await expect.poll(() => sidebar().getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar().getByText('Waiting for their decision').count()).toBe(1);
    await expectOwnerLeftOut(sidebar(), 'Dana Whitfield', 'Hi Ben,');
    await adoptOffer('Are you Dana Whitfield <dana.whitfield@gmail.com>?', 'Dana Whitfield', 'gmail-de-profile-offer');
  });
});

describe.each([
  ['German', 'https://outlook.office.com', 'outlook/conversation-de.html', 'outlook-de'],
  ['Spanish', 'https://outlook.cloud.microsoft', 'outlook/conversation-es.html', 'outlook-es'],
])('a %s Outlook page with no profile', (_language, origin, fixture, name) => {
  it('recognises Michael as the owner, offers him as the profile and inserts a signed draft into the reply', async () => {
    await routeMailHost(session.context, origin, fixture);
    await page.goto(`${origin}${OUTLOOK_CONVERSATION}`);
    await expect.poll(() => sidebar().getByText('Crestmont Bank').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar().getByText('On hold', { exact: true }).count()).toBe(1);
    expect(await sidebar().getByText('Draft to Sandra Lewis').count()).toBe(1);
    await expectOwnerLeftOut(sidebar(), 'Michael Okafor', 'Hi Sandra,');
    await adoptOffer('Are you Michael Okafor <m.okafor@live.com>?', 'Michael Okafor', `${name}-profile-offer`);
    await sidebar().getByRole('button', { name: 'Insert into reply' }).click();
    const editor = page.locator('[role=textbox][aria-multiline=true]');
    await expect.poll(() => editor.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => editor.innerText()).toContain('Hi Sandra,');
    expect(await editor.innerText()).toContain('Michael Okafor');
  });
});

describe('a page whose markup stopped matching', () => {
  it('says what it could not read, tracks the thread by hand and copies diagnostics without mail', async () => {
    const origin = 'https://outlook.office.com';
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const fixture = await readFile(new URL('../fixtures/outlook/conversation-de.html', import.meta.url), 'utf8');
    // A host redesign as the adapter sees it: the sender headings and message bodies lost their ids and roles.
    const broken = fixture.replace(/id="MSG_\w+_FROM"/g, '').replace(/role="document"/g, '').replace(/id="UniqueMessageBody_\d+"/g, '').replace(/class="allowTextSelection"/g, '');
    await session.context.route(`${origin}/**`, (route) => route.fulfill({ body: broken, contentType: 'text/html; charset=utf-8' }));
    await page.goto(`${origin}${OUTLOOK_CONVERSATION}`);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count(), { timeout: 10_000 }).toBe(1);
    await openPanel();
    await expect.poll(() => sidebar().getByRole('alert').textContent()).toContain("can't read this Outlook conversation");
    expect(await sidebar().getByText('Not found on this page: who wrote each message, the message text.').count()).toBe(1);

    await sidebar().getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => sidebar().getByText('Copied: the names of the page parts found, no mail text.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Afterview diagnostics: outlook, page language de');
    expect(copied).toContain('sender: no match');
    expect(copied).toContain('body: no match');
    for (const mail of ['Sandra', 'Okafor', 'Michael', 'freeze', 'crestmontbank', 'Financial Analyst', 'live.com']) expect(copied).not.toContain(mail);

    await screenshot(page, 'outlook-unreadable-light');
    expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'outlook-unreadable-dark');
    expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    const form = sidebar().getByRole('form', { name: 'Track this thread' });
    await form.getByLabel('Company').fill('Crestmont Bank');
    await form.getByLabel('Role').fill('Financial Analyst');
    await form.getByLabel('Interview date and time').fill('2026-10-27T16:00');
    await form.getByRole('button', { name: 'Track this thread' }).click();
    await expect.poll(() => sidebar().getByText('Crestmont Bank').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'outlook-unreadable-tracked');
    expect(await sidebar().getByText('Financial Analyst', { exact: false }).count()).toBeGreaterThan(0);
    // An interview dated in the past has happened: the user waits for the decision.
    expect(await sidebar().getByText('Waiting for their decision').count()).toBe(1);
    expect(await sidebar().getByRole('alert').count()).toBe(0);

    // The next visit finds the thread tracked, though its page is still unreadable.
    await page.reload();
    await expect.poll(() => sidebar().getByText('Crestmont Bank').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar().getByRole('alert').count()).toBe(0);
  });
});
