// The headless tour of the demo (`npm start` with no display, and tests/e2e/demo.test.ts): opens every demo
// mail in Gmail and Outlook, shows the sidebar, the popup and the options page, screenshots each step
// under artifacts/demo/ with an index.html, and reads back from the background what Afterview made of it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoMailbox, DemoThread } from '../demo/mailbox';
import { threadUrl } from '../demo/pages';
import type { CheckInListItem, Response } from '../src/messaging';
import { badgeText, openExtensionPage, OPTIONS_PATH, POPUP_PATH } from '../tests/e2e/harness';
import { launchDemoBrowser } from './demo-browser';

export const DEMO_ARTIFACTS = resolve(import.meta.dirname, '../artifacts/demo');
const SIDEBAR_TIMEOUT = 15_000;
const SETTLE_MS = 600;

export interface TourStep {
  file: string;
  caption: string;
}

/** What Afterview holds for one demo mail, matched by the employer's address. */
export interface SeenThread {
  thread: DemoThread;
  /** null: Afterview did not track it. */
  application: { company: string; role: string; stage: string; nextStep: string } | null;
}

export interface TourReport {
  mailbox: DemoMailbox;
  badge: string;
  seen: SeenThread[];
  steps: TourStep[];
}

type Dossier = Response<'applications/list'>[number];

export async function runTour({ dist, outDir = DEMO_ARTIFACTS, now = new Date() }: { dist: string; outDir?: string; now?: Date }): Promise<TourReport> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const { session, mailbox } = await launchDemoBrowser(dist, { headless: true, now });
  try {
    const steps: TourStep[] = [];
    const shoot = async (page: Page, name: string, caption: string, fullPage = false) => {
      const file = `${String(steps.length + 1).padStart(2, '0')}-${name}.png`;
      await page.screenshot({ path: join(outDir, file), fullPage });
      steps.push({ file, caption });
    };
    const mail = await session.context.newPage();
    await mail.setViewportSize({ width: 1400, height: 900 });
    for (const thread of mailbox.threads) {
      await showThread(mail, thread);
      const what = thread.expected === 'quiet' ? 'stays quiet: the sidebar is a collapsed tab, nothing is tracked' : `shows ${thread.expected.shows}`;
      await shoot(mail, `${thread.host}-${thread.slug}`, `${thread.host === 'gmail' ? 'Gmail' : 'Outlook'}: “${thread.subject}”. Afterview ${what}.`);
    }
    const badge = await badgeText(session);
    const popup = await openExtensionPage(session, POPUP_PATH);
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.getByRole('heading', { level: 2 }).first().waitFor({ timeout: SIDEBAR_TIMEOUT });
    await shoot(popup, 'popup', `The toolbar popup: the badge reads “${badge || '(none)'}”, the overdue check-ins first.`, true);
    const { applications, checkIns } = await readBackground(popup);
    const options = await openExtensionPage(session, OPTIONS_PATH);
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.getByRole('heading', { name: 'Applications' }).waitFor({ timeout: SIDEBAR_TIMEOUT });
    await options.waitForTimeout(SETTLE_MS);
    await shoot(options, 'options', 'The options page: your profile, cadence, every application and your data.', true);
    const seen = mailbox.threads.map((thread) => ({ thread, application: describe(thread, applications, checkIns, now) }));
    await writeIndex(outDir, steps, now);
    return { mailbox, badge, seen, steps };
  } finally {
    await session.close();
  }
}

/** Opens a demo mail and waits for Afterview's sidebar to settle on it: open on an interview, a tab otherwise. */
async function showThread(page: Page, thread: DemoThread): Promise<void> {
  await page.goto(threadUrl(thread));
  const sidebar = page.getByRole('complementary', { name: 'Afterview' });
  const panel = sidebar.locator('#afterview-panel');
  try {
    if (thread.expected !== 'quiet') {
      await panel.getByRole('heading', { name: 'Next step' }).waitFor({ timeout: SIDEBAR_TIMEOUT });
      // The draft and its check render after the plan: give them a moment, for the screenshot.
      await page.waitForTimeout(SETTLE_MS);
      return;
    }
    // Open the tab, to show that Afterview read the mail and chose to leave it alone.
    await sidebar.getByRole('button', { name: 'Afterview' }).click({ timeout: SIDEBAR_TIMEOUT });
    await panel.getByRole('button', { name: 'Track this thread' }).waitFor({ timeout: SIDEBAR_TIMEOUT });
  } catch (error) {
    throw new Error(`The sidebar did not settle on “${thread.subject}” (${thread.host}) within ${SIDEBAR_TIMEOUT / 1000} s: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

/** Asks the background as an extension page does: only extension pages may list applications and check-ins. */
async function readBackground(page: Page): Promise<{ applications: Dossier[]; checkIns: CheckInListItem[] }> {
  // One inline function: tsx would wrap a named helper in __name(), which the page does not have.
  const [applications, checkIns] = await page.evaluate(async (types) =>
    Promise.all(
      types.map(async (type) => {
        const reply = (await chrome.runtime.sendMessage({ type, payload: {} })) as { ok: boolean; value?: unknown; error?: string } | undefined;
        if (!reply?.ok) throw new Error(`The background refused ${type}: ${reply?.error ?? 'no answer'}`);
        return reply.value;
      }),
    ), ['applications/list', 'checkIns/list']);
  return { applications: applications as Dossier[], checkIns: checkIns as CheckInListItem[] };
}

function describe(thread: DemoThread, applications: Dossier[], checkIns: CheckInListItem[], now: Date): SeenThread['application'] {
  const employer = new Set(thread.messages.map((m) => m.from.email.toLowerCase()));
  const dossier = applications.find((d) => d.contacts.some((c) => employer.has(c.email.toLowerCase())));
  if (!dossier) return null;
  const { application } = dossier;
  const next = checkIns.find((c) => c.checkIn.applicationId === application.id && (c.checkIn.status === 'pending' || c.checkIn.status === 'snoozed'));
  return { company: application.company, role: application.role, stage: application.stage, nextStep: next ? nextStep(next, now) : 'nothing to send' };
}

function nextStep({ checkIn }: CheckInListItem, now: Date): string {
  const due = new Date(checkIn.dueAt);
  const when = due.getTime() < now.getTime() ? `OVERDUE since ${due.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })}` : `due ${due.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })}`;
  return `${checkIn.kind}${checkIn.contactName ? ` to ${checkIn.contactName}` : ''}, ${when}: ${checkIn.reason}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

async function writeIndex(outDir: string, steps: TourStep[], now: Date): Promise<void> {
  const items = steps.map((s) => `<figure><figcaption>${escapeHtml(s.caption)}</figcaption><img src="${s.file}" alt="${escapeHtml(s.caption)}"></figure>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Afterview demo tour</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:24px auto}figure{margin:0 0 32px}img{max-width:100%;border:1px solid #ccc}figcaption{margin-bottom:8px;font-weight:600}</style></head>
<body><h1>Afterview demo tour</h1><p>Run on ${escapeHtml(now.toString())} by <code>npm start</code> with no display.</p>
${items}
</body></html>`;
  await writeFile(join(outDir, 'index.html'), html);
}

/** The tour in words, for the terminal. */
export function summarize(report: TourReport, outDir = DEMO_ARTIFACTS): string {
  const lines = [`Badge: ${report.badge || '(empty)'}: overdue check-ins (the mailbox implies ${report.mailbox.overdue.length}: ${report.mailbox.overdue.join('; ') || 'none'}).`, ''];
  for (const { thread, application } of report.seen) {
    const where = `[${thread.host}] “${thread.subject}”`;
    if (!application) lines.push(`${where}\n    not tracked${thread.expected === 'quiet' ? ' (as it should: not an interview)' : ' (EXPECTED an interview)'}`);
    else lines.push(`${where}\n    ${application.company}${application.role ? `, ${application.role}` : ''}: stage ${application.stage}\n    next: ${application.nextStep}`);
  }
  lines.push('', `Screenshots (${report.steps.length}): ${join(outDir, 'index.html')}`);
  return lines.join('\n');
}
