// The sidebar on a routed Gmail page: opens on the interview thread, not on the newsletter, follows
// navigation, inserts the draft into the reply box, and a send logs the contact.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, screenshot, stopServiceWorkers, type ExtensionSession } from './harness';

let session: ExtensionSession;
let page: Page;
const INTERVIEW = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
const NEWSLETTER = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFzz';

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads.html');
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });

/** The open panel sits right of every visible line of mail: the page made room for it. */
async function expectMailUncovered(): Promise<void> {
  const panelLeft = (await sidebar().locator('#afterview-panel').boundingBox())?.x ?? 0;
  const mailRight = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('h2, .a3s')].filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().right)),
  );
  expect(panelLeft).toBeGreaterThan(0);
  expect(mailRight).toBeLessThanOrEqual(panelLeft);
}

describe('the sidebar in Gmail', () => {
  it('opens on an interview thread with the company, timeline and next step', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => sidebar().getByText('Waiting for their decision').count()).toBe(1);
    expect(await sidebar().getByText('We expect to make a decision within the next week to ten business days', { exact: false }).count()).toBeGreaterThan(0);
    expect(await sidebar().getByRole('group', { name: 'Interviewers' }).getByRole('button', { name: /^Remove / }).allInnerTexts()).toHaveLength(2);
    expect(await sidebar().getByRole('button', { name: 'Remove Lucy Wang' }).count()).toBe(1);
    await expect.poll(() => sidebar().getByRole('list', { name: 'Draft check' }).or(sidebar().getByText('No classic mistakes found.')).count()).toBeGreaterThan(0);
    await expectMailUncovered();
    await screenshot(page, 'gmail-sidebar-interview-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'gmail-sidebar-interview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('stays a collapsed tab on a newsletter, offering to track it', async () => {
    await page.goto(NEWSLETTER);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count()).toBe(1);
    await sidebar().getByRole('button', { name: 'Afterview' }).click();
    await expect.poll(() => sidebar().getByRole('button', { name: 'Track this thread' }).count()).toBe(1);
    expect(await sidebar().getByText('Looks like a newsletter or job alert').count()).toBe(1);
    await expectMailUncovered();
    await screenshot(page, 'gmail-sidebar-newsletter');
  });

  it('follows Gmail from thread to thread without a reload', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFzz'));
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count()).toBe(1);
    expect(await sidebar().getByText('Northwind Labs').count()).toBe(0);
    await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr'));
    await expect.poll(() => sidebar().getByText('Northwind Labs').count()).toBeGreaterThan(0);
    expect(await page.locator('#afterview-sidebar').count()).toBe(1);
  });

  it('inserts the draft into the reply box so Gmail sends it', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Insert into reply' }).count(), { timeout: 10_000 }).toBe(1);
    const subject = await sidebar().getByLabel('Subject').inputValue();
    expect(subject).toContain('Senior Data Engineer');
    const draftLine = (await sidebar().getByLabel('Message').inputValue()).split('\n').find((line) => line.length > 30) ?? '';
    expect(draftLine.length).toBeGreaterThan(30);
    await sidebar().getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => page.locator('[contenteditable=true][role=textbox]:visible').innerText()).toContain('Hi Ben,');
    await screenshot(page, 'gmail-reply-inserted');
    await page.locator('.T-I-atl:not([aria-haspopup]):visible').click();
    const sent = (await page.evaluate(() => (window as unknown as { __sent?: { body: string } }).__sent)) ?? { body: '' };
    expect(sent.body).toContain(draftLine);
    // The send is logged: the thank-you to Ben is done and the next step moves on.
    await expect.poll(() => sidebar().getByText('Draft to Lucy Wang').count(), { timeout: 10_000 }).toBe(1);
  });

  it('remembers "Not an interview" across reloads until the user tracks the thread again', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Not an interview' }).count(), { timeout: 10_000 }).toBe(1);
    await sidebar().getByRole('button', { name: 'Not an interview' }).click();
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(500);
    expect(await sidebar().getByText('Northwind Labs').count()).toBe(0);
    await sidebar().getByRole('button', { name: 'Afterview' }).press('Enter');
    await expect.poll(() => sidebar().getByText('You marked this thread as not an interview.').count()).toBe(1);
    await sidebar().getByRole('button', { name: 'Track this thread' }).click();
    await expect.poll(() => sidebar().getByText('Northwind Labs').count()).toBeGreaterThan(0);
  });

  it('never runs script from the mail', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});

describe('the popup and an open thread', () => {
  it('brings the thread’s tab to the front instead of opening another', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('src/ui/popup/index.html'));
    const tabCount = () => popup.evaluate(async () => (await chrome.tabs.query({})).length);
    const before = await tabCount();
    await popup.getByRole('button', { name: 'Open the thread with Northwind Labs' }).first().click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Opened the thread.');
    await popup.waitForTimeout(500);
    expect(await tabCount()).toBe(before);
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    await popup.close();
  });

  it('inserts a check-in’s draft from the popup into the open thread’s reply', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('src/ui/popup/index.html'));
    await popup.getByRole('button', { name: 'Insert draft: Send a thank-you note to Lucy Wang' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Inserted into the reply.');
    await expect.poll(() => page.locator('[contenteditable=true][role=textbox]:visible').innerText()).toContain('Hi Lucy,');
    await popup.close();
  });
});

describe('a draft checked against the thread’s facts', () => {
  it('offers a Fix button that corrects a wrong weekday in the editor, by keyboard', async () => {
    await page.goto(INTERVIEW);
    const message = sidebar().getByLabel('Message');
    await expect.poll(() => message.count(), { timeout: 10_000 }).toBe(1);
    await message.fill('Hi Lucy,\n\nThank you for speaking with me on Tuesday, November 23, 2026. I especially enjoyed discussing how the team reviews data contracts.\n\nBest regards,\nDana');
    const fix = sidebar().getByRole('button', { name: 'Fix: replace “Tuesday” with “Monday”' });
    await expect.poll(() => fix.count(), { timeout: 10_000 }).toBe(1);
    await fix.scrollIntoViewIfNeeded();
    await screenshot(page, 'gmail-sidebar-fact-check-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'gmail-sidebar-fact-check-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => message.inputValue()).toContain('on Monday, November 23, 2026.');
    await expect.poll(() => sidebar().getByText('Fixed: “Tuesday” is now “Monday”.').count()).toBe(1);
  });
});

describe('the user’s own words', () => {
  it('keeps an edited draft when the thread is opened again', async () => {
    await page.goto(INTERVIEW);
    const message = sidebar().getByLabel('Message');
    await expect.poll(() => message.count(), { timeout: 10_000 }).toBe(1);
    await message.fill('Hi Lucy,\n\nMy own words, edited by hand.\n\nDana');
    await page.waitForTimeout(1_200);
    await page.reload();
    await expect.poll(() => sidebar().getByLabel('Message').inputValue(), { timeout: 10_000 }).toContain('My own words, edited by hand.');
  });

  it('shows a thread opened again from what the tab was told at once, then what the woken worker holds now', async () => {
    const THREAD = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
    // The id the thread's heading carries (tests/fixtures/gmail/threads.html), which Afterview keys it by.
    const LEGACY_ID = '1929a0c1d2e3f4a5';
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByText('Northwind Labs').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFzz'));
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count()).toBe(1);
    // Meanwhile an extension page changes the application, and the worker is stopped.
    const options = await openExtensionPage(session, OPTIONS_PATH);
    const send = (type: string, payload: unknown) =>
      options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value?: { dossier?: { application: { id: string } } } }>;
    const applicationId = (await send('thread/lookup', { host: 'gmail', hostThreadId: LEGACY_ID })).value?.dossier?.application.id;
    expect(applicationId).toBeTruthy();
    expect(await send('correction/apply', { applicationId, field: 'company', value: 'Northwind Analytics' })).toMatchObject({ ok: true });
    await stopServiceWorkers(session);
    // Every company name the sidebar shows, in order, as the thread opens again.
    await page.evaluate(() => {
      const root = document.getElementById('afterview-sidebar')?.shadowRoot;
      const seen: string[] = [];
      (window as unknown as { companiesSeen: string[] }).companiesSeen = seen;
      if (root) new MutationObserver(() => seen.push(...['Northwind Labs', 'Northwind Analytics'].filter((name) => root.textContent?.includes(name)))).observe(root, { childList: true, subtree: true, characterData: true });
    });
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), THREAD);
    await expect.poll(() => sidebar().getByText('Northwind Analytics').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar().getByText('Northwind Labs').count()).toBe(0);
    const seen = await page.evaluate(() => (window as unknown as { companiesSeen: string[] }).companiesSeen);
    // The remembered plan came first (no new read of the thread or anything else), the background's replaced it.
    expect(seen[0]).toBe('Northwind Labs');
    expect(seen.at(-1)).toBe('Northwind Analytics');
    expect(await send('correction/apply', { applicationId, field: 'company', value: 'Northwind Labs' })).toMatchObject({ ok: true });
    await options.close();
  });
});

describe('a rejection from a thread that joined on its own', () => {
  it('asks before it changes the stage, and changes it when the user says yes', async () => {
    await page.goto(INTERVIEW);
    await expect.poll(() => sidebar().getByText('Waiting for their decision').count(), { timeout: 10_000 }).toBe(1);
    const { recruiterRejection } = JSON.parse(await readFile(new URL('../fixtures/joining/threads.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const options = await openExtensionPage(session, OPTIONS_PATH);
    const tracked = await options.evaluate((thread) => chrome.runtime.sendMessage({ type: 'thread/track', payload: { thread, url: 'https://mail.google.com/mail/u/0/#inbox/recruiter-rejection' } }), recruiterRejection);
    expect(tracked).toMatchObject({ ok: true });
    await options.close();
    await page.reload();
    await expect.poll(() => sidebar().getByRole('group', { name: 'Stage to confirm' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar().getByText('Waiting for their decision', { exact: true }).count()).toBe(1);
    await screenshot(page, 'gmail-sidebar-stage-to-confirm');
    await sidebar().getByRole('button', { name: 'Yes, update the stage' }).click();
    // The question itself names the proposed stage, so wait for it to go before reading the stage.
    await expect.poll(() => sidebar().getByRole('group', { name: 'Stage to confirm' }).count()).toBe(0);
    expect(await sidebar().getByText('Not moving forward', { exact: true }).count()).toBe(1);
    expect(await sidebar().getByText('Waiting for their decision', { exact: true }).count()).toBe(0);
    // Nothing is due after a rejection, so no note asking about the timeline is offered.
    await expect.poll(() => sidebar().getByLabel('Message').count()).toBe(0);
  });
});
