// The demo's browser: the built extension in Chromium (the test harness's launcher), the demo Gmail and
// Outlook served at their real addresses, and every other request refused, so nothing reaches the network.
import type { BrowserContext } from 'playwright-core';
import { demoMailbox, type DemoMailbox } from '../demo/mailbox';
import { GMAIL_ORIGIN, gmailPage, OUTLOOK_ORIGIN, outlookPage } from '../demo/pages';
import { launchExtension, routeMailPage, type ExtensionSession } from '../tests/e2e/harness';

export interface DemoBrowser {
  session: ExtensionSession;
  mailbox: DemoMailbox;
}

async function serveMailbox(context: BrowserContext, mailbox: DemoMailbox): Promise<void> {
  // Routes registered later are tried first: the mail hosts, then this catch-all for the web (the
  // extension's own chrome-extension:// pages must load).
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('blockedbyclient'));
  await routeMailPage(context, GMAIL_ORIGIN, gmailPage(mailbox));
  await routeMailPage(context, OUTLOOK_ORIGIN, outlookPage(mailbox));
}

export async function launchDemoBrowser(dist: string, { headless, now = new Date() }: { headless: boolean; now?: Date }): Promise<DemoBrowser> {
  const session = await launchExtension(dist, { headless });
  const mailbox = demoMailbox(now);
  await serveMailbox(session.context, mailbox);
  return { session, mailbox };
}
