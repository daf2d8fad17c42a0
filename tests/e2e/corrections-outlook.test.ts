// Corrections in the Outlook sidebar, on the Spanish page served at outlook.cloud.microsoft: a corrected
// role and company change the draft at once and stay through a reload and a stopped worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, routeMailHost, screenshot, stopServiceWorkers, type ExtensionSession } from './harness';

const THREAD = 'https://outlook.cloud.microsoft/mail/id/AAQkAGI2TG93AAA%3D';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://outlook.cloud.microsoft', 'outlook/conversation-es.html');
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });

describe('corrections in the Outlook sidebar', () => {
  it('corrects the role and the company in place, and the draft follows', async () => {
    await page.goto(THREAD);
    await expect.poll(() => sidebar().getByRole('button', { name: 'Edit role' }).count(), { timeout: 10_000 }).toBe(1);
    await sidebar().getByRole('button', { name: 'Edit role' }).click();
    await sidebar().getByRole('textbox', { name: 'Role' }).fill('Senior Financial Analyst');
    await sidebar().getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => sidebar().getByLabel('Subject').inputValue()).toContain('Senior Financial Analyst');

    await sidebar().getByRole('button', { name: 'Edit company' }).click();
    await sidebar().getByRole('textbox', { name: 'Company' }).fill('Crestmont Financial Group');
    await sidebar().getByRole('button', { name: 'Save company' }).click();
    await expect.poll(() => sidebar().getByText('Crestmont Financial Group', { exact: true }).count()).toBe(1);
    await screenshot(page, 'outlook-es-corrected');
  });

  it('keeps them through a reload and a stopped worker', async () => {
    for (const restart of [async () => undefined, () => stopServiceWorkers(session)]) {
      await restart();
      await page.reload();
      await expect.poll(() => sidebar().getByText('Crestmont Financial Group', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
      expect(await sidebar().getByLabel('Subject').inputValue()).toContain('Senior Financial Analyst');
    }
  });
});
