// Reply detection without any mail API: an unread row of a tracked thread in Gmail's inbox list tells
// the background the employer wrote, and the pending status check is cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads.html');
});
afterAll(async () => {
  await session?.close();
});

describe('replies seen in the inbox list', () => {
  it('cancel the pending status check of a tracked thread', async () => {
    const options = await openExtensionPage(session, OPTIONS_PATH);
    const pendingStatusChecks = async () => {
      const list = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'checkIns/list', payload: {} }))) as { value: { checkIn: { kind: string; status: string } }[] };
      return list.value.filter((i) => i.checkIn.kind === 'status-check' && i.checkIn.status === 'pending').length;
    };
    const page = await session.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr');
    await expect.poll(pendingStatusChecks, { timeout: 10_000 }).toBe(1);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(pendingStatusChecks, { timeout: 10_000 }).toBe(0);
  });
});
