// The sidebar on a routed Outlook page: a delayed process gets the extended-delay plan, and Insert opens
// Outlook's reply editor and puts the draft in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launchExtension, routeMailHost, screenshot, type ExtensionSession } from './harness';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://outlook.office.com', 'outlook/conversation.html');
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });

describe('the sidebar in Outlook on the web', () => {
  it('reads the conversation and shows the hiring freeze', async () => {
    await page.goto('https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D');
    await expect.poll(() => sidebar().getByText('Crestmont Bank').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar().getByText('On hold', { exact: true }).count()).toBe(1);
    expect(await sidebar().getByText('Draft to Sandra Lewis').count()).toBe(1);
    expect(await sidebar().getByText('Ask for a revised timeline', { exact: false }).count()).toBe(1);
    await screenshot(page, 'outlook-sidebar-delayed');
  });

  it('opens the reply and inserts the draft, and Outlook sends it', async () => {
    await sidebar().getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => page.locator('[role=textbox][aria-multiline=true]').innerText()).toContain('Could you share where things stand now');
    // The overdue ask shows on the badge until the send answers it.
    const overdueBefore = Number((await badgeText(session)) || '0');
    expect(overdueBefore).toBeGreaterThan(0);
    await page.locator('button[aria-label="Send"]').click();
    const sent = await page.evaluate(() => (window as unknown as { __sent?: { body: string } }).__sent);
    expect(sent?.body).toContain('pause in the hiring process');
    // The send is logged through the background: the overdue ask is done, the next one is planned after
    // it, and the linter now knows an email went out today.
    await expect.poll(() => sidebar().getByText('You wrote to Crestmont Bank 0 days ago', { exact: false }).count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar().getByText(/Ask for a revised timeline, due in \d+ days/).count()).toBe(1);
    await expect.poll(async () => Number((await badgeText(session)) || '0')).toBe(overdueBefore - 1);
    await screenshot(page, 'outlook-after-send');
  });

  it('follows the user to another conversation and back', async () => {
    await page.getByRole('option', { name: /Glassdoor/ }).click();
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count(), { timeout: 10_000 }).toBe(1);
    await sidebar().getByRole('button', { name: 'Afterview' }).click();
    await expect.poll(() => sidebar().getByText('Looks like a newsletter or job alert').count()).toBe(1);
    await page.getByRole('option', { name: /Sandra Lewis/ }).click();
    await expect.poll(() => sidebar().getByText('Crestmont Bank').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
