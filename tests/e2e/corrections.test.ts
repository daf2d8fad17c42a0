// Corrections on Gmail and Outlook pages in English, German and Spanish, with no profile set: the owner is
// recognised and left out of the thread's people; an unsure field is asked about; a corrected company, role,
// interviewers and stage change the plan and the draft at once and survive a reload and a stopped worker;
// the next thread from the same domain takes the company; the copied diagnostics hold no mail text. One
// browser for the file: each page starts from an empty database. Screenshots of the ask and corrected states
// (and the stage's select), light and dark; axe on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, screenshot, stopServiceWorkers, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';
import { draftBody, expectOwnerLeftOut } from './sidebar-checks';

interface MailPage {
  name: string;
  origin: string;
  fixture: string;
  /** The thread Afterview is unsure of. */
  first: string;
  /** How the second thread from the same employer domain is opened. */
  openSecond: (page: Page) => Promise<unknown>;
  owner: string;
  /** How the draft greets the right person. */
  greeting: string;
  /** The question the first thread raises. */
  question: string;
  /** The button that opens the company's form: the question's "Other…", or a fact's "Edit". */
  companyVia: string;
  company: string;
  /** The button that opens the role's form, when no question has it open already. */
  roleVia: string | null;
  role: string;
  /** An interviewer taken off, and who the next step then names. */
  interviewerRemoved: { name: string; nextNames: string } | null;
  stages: { from: string; to: string };
  /** What the plan says once the stage is corrected. */
  planAfter: string;
  /** Whether a draft is still offered after the stage's correction (then a different one). */
  draftAfter: boolean;
  /** What marks the second thread's own application. */
  secondMark: string;
  /** Words of the mail that the diagnostics must never hold. */
  mailWords: string[];
}

const GMAIL = 'https://mail.google.com';
const GMAIL_FIRST = '/mail/u/0/#inbox/FMfcgzQXUnsureAaaaaaaaaaaaaaaaaa';
const OUTLOOK_FIRST = '/mail/id/AAQkAGI2TG93AAA%3D';

const gmail = (language: string, fixture: string): MailPage => ({
  name: `gmail-${language}`,
  origin: GMAIL,
  fixture,
  first: GMAIL_FIRST,
  openSecond: (page) => page.goto(`${GMAIL}/mail/u/0/#inbox/FMfcgzQXUnsureBbbbbbbbbbbbbbbbbb`),
  owner: 'Dana Whitfield',
  greeting: 'Hi Ben,',
  question: 'Which company?',
  companyVia: 'Other company…',
  company: 'Cobalt Grid',
  roleVia: null,
  role: 'Data Engineer',
  interviewerRemoved: { name: 'Ben Carter', nextNames: 'Lucy Wang' },
  stages: { from: 'Waiting for their decision', to: 'Not moving forward' },
  planAfter: 'Nothing to do now.',
  draftAfter: false,
  secondMark: 'Remove Omar Haddad',
  mailWords: ['Dana', 'Whitfield', 'Priya', 'cobaltgrid', 'Ben Carter', 'Lucy', 'Interview confirmation', 'ten business days'],
});

const outlook = (language: string, origin: string, fixture: string): MailPage => ({
  name: `outlook-${language}`,
  origin,
  fixture,
  first: OUTLOOK_FIRST,
  openSecond: (page) => page.getByRole('option', { name: /Priya Nair/ }).click(),
  owner: 'Michael Okafor',
  greeting: 'Hi Sandra,',
  question: 'When is the interview?',
  companyVia: 'Edit company',
  company: 'Crestmont Financial Group',
  roleVia: 'Edit role',
  role: 'Senior Financial Analyst',
  interviewerRemoved: null,
  stages: { from: 'On hold', to: 'Waiting for their decision' },
  planAfter: 'Nothing to do now.',
  draftAfter: true,
  secondMark: 'Remove Tom Alvarez',
  mailWords: ['Sandra', 'Okafor', 'Michael', 'freeze', 'crestmontbank', 'Financial Analyst', 'live.com'],
});

const PAGES: MailPage[] = [
  gmail('en', 'gmail/threads-unsure.html'),
  gmail('de', 'gmail/threads-unsure-de.html'),
  gmail('es', 'gmail/threads-unsure-es.html'),
  outlook('en', 'https://outlook.office.com', 'outlook/conversation.html'),
  outlook('de', 'https://outlook.office.com', 'outlook/conversation-de.html'),
  outlook('es', 'https://outlook.cloud.microsoft', 'outlook/conversation-es.html'),
];

let session: ExtensionSession;
let options: Page;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  options = await openExtensionPage(session, OPTIONS_PATH);
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

/** A command from the options page, as the extension's own pages send it. */
const send = <T,>(type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value: T }>;

const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });
/** The next step, or the words saying there is none. */
const plan = () => sidebar().locator('.thread__next, .thread > .av-empty').innerText();
const drafts = () => draftBody(sidebar()).count();

async function bothThemes(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  expect(await seriousViolations(page, '#afterview-sidebar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe.each(PAGES)('corrections on $name', (mail) => {
  beforeAll(async () => {
    await send('data/deleteAll', { confirm: 'delete everything' });
    // Away from the last page first: the same Gmail address again would only change the hash, not load the new fixture.
    await page.goto('about:blank');
    await session.context.unrouteAll();
    await routeMailHost(session.context, mail.origin, mail.fixture);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: mail.origin });
  });

  it('recognises the owner with no profile set, and asks about what it is unsure of', async () => {
    await page.goto(`${mail.origin}${mail.first}`);
    await expect.poll(() => sidebar().getByRole('group', { name: mail.question }).count(), { timeout: 10_000 }).toBe(1);
    await expectOwnerLeftOut(sidebar(), mail.owner, mail.greeting);
    expect(await sidebar().getByText(mail.stages.from, { exact: true }).count()).toBe(1);
    await bothThemes(`corrections-${mail.name}-ask`);
  });

  it('takes a corrected company, role, interviewers and stage: the plan and the draft change at once', async () => {
    await sidebar().getByRole('button', { name: mail.companyVia }).click();
    await sidebar().getByRole('textbox', { name: 'Company' }).fill(mail.company);
    await sidebar().getByRole('button', { name: 'Save company' }).click();
    await expect.poll(() => sidebar().getByRole('button', { name: 'Edit company' }).count()).toBe(1);
    expect(await sidebar().getByText(mail.company, { exact: true }).count()).toBe(1);
    // The questions still open start empty: none inherits the answered one's text.
    for (const input of await sidebar().locator('.ask input').all()) expect(await input.inputValue()).toBe('');

    if (mail.roleVia) await sidebar().getByRole('button', { name: mail.roleVia }).click();
    await sidebar().getByRole('textbox', { name: 'Role' }).fill(mail.role);
    await sidebar().getByRole('textbox', { name: 'Role' }).press('Enter');
    await expect.poll(() => sidebar().getByRole('button', { name: 'Edit role' }).count()).toBe(1);
    await expect.poll(() => sidebar().getByLabel('Subject').inputValue()).toContain(mail.role);
    if (mail.interviewerRemoved) {
      await sidebar().getByRole('button', { name: `Remove ${mail.interviewerRemoved.name}` }).click();
      await expect.poll(plan).toContain(mail.interviewerRemoved.nextNames);
    }

    const [planBefore, draftBefore] = [await plan(), await draftBody(sidebar()).inputValue()];
    await sidebar().getByRole('button', { name: 'Edit stage' }).press('Enter');
    const stage = sidebar().getByRole('combobox', { name: 'Stage' });
    await expect.poll(() => stage.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await stage.selectOption({ label: mail.stages.to });
    await bothThemes(`corrections-${mail.name}-stage-edit`);
    await sidebar().getByRole('button', { name: 'Save stage' }).press('Enter');
    await expect.poll(() => sidebar().getByText(mail.stages.to, { exact: true }).count()).toBe(1);
    await expect.poll(plan).toContain(mail.planAfter);
    expect(await plan()).not.toContain(planBefore);
    expect(await drafts()).toBe(mail.draftAfter ? 1 : 0);
    if (mail.draftAfter) expect(await draftBody(sidebar()).inputValue()).not.toBe(draftBefore);
    await bothThemes(`corrections-${mail.name}-corrected`);
  });

  it('keeps the corrections through a reload and a stopped worker', async () => {
    for (const restart of [async () => undefined, () => stopServiceWorkers(session)]) {
      await restart();
      await page.reload();
      await expect.poll(() => sidebar().getByText(mail.company, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
      expect(await sidebar().getByText(mail.stages.to, { exact: true }).count()).toBe(1);
      expect(await sidebar().getByText(mail.role, { exact: true }).count()).toBe(1);
      if (mail.interviewerRemoved) expect(await sidebar().getByRole('button', { name: `Remove ${mail.interviewerRemoved.name}` }).count()).toBe(0);
      expect(await plan()).toContain(mail.planAfter);
      expect(await drafts()).toBe(mail.draftAfter ? 1 : 0);
    }
  });

  it('copies diagnostics that hold no mail text', async () => {
    await sidebar().getByText('Report a problem').click();
    await sidebar().getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => sidebar().getByText('Copied: the names of the page parts found, no mail text.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Afterview diagnostics: ${mail.name.split('-')[0]}`);
    for (const word of [...mail.mailWords, mail.company]) expect(copied).not.toContain(word);
  });

  it('gives the next thread from the same domain the company the user chose', async () => {
    // The second thread would join the first one's application (same employer); with that one deleted,
    // it starts its own, and only what was learned for the domain can name its company.
    for (const dossier of (await send<{ application: { id: string } }[]>('applications/list', {})).value) await send('application/delete', { id: dossier.application.id });
    await mail.openSecond(page);
    await expect.poll(() => sidebar().getByRole('button', { name: mail.secondMark }).count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar().getByText(mail.company, { exact: true }).count()).toBe(1);
    expect(await sidebar().getByRole('button', { name: 'Edit company' }).count()).toBe(1);
  });
});
