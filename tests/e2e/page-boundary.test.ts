// What the mail page's own script can do to Afterview, in real Chromium. On the release build (dist/, the
// one the store zips are made of) it cannot see into the sidebar's closed shadow root, cannot fetch any
// extension file to learn Afterview is there, and its synthetic clicks and keys on Send log no send. On
// the test build, whose root is open, it reaches every sidebar button and form, and its clicks there
// change nothing; the user's keyboard still works. Playwright's own clicks and key presses come through
// CDP input, so the browser marks them trusted.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, openExtensionPage, POPUP_PATH, RELEASE_DIST, routeMailHost, screenshot, type ExtensionSession } from './harness';

const INTERVIEW = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
const SEND = '.T-I-atl:not([aria-haspopup]):visible';

async function openInterview(session: ExtensionSession): Promise<Page> {
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads.html');
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(INTERVIEW);
  return page;
}

/** The DOM as DevTools sees it: closed shadow roots included, which no script in the page can reach. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const TEXT_NODE = 3;
const below = (node: DomNode): DomNode[] => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const descendants = (node: DomNode): DomNode[] => below(node).flatMap((child) => [child, ...descendants(child)]);

/** The sidebar's text and its draft box's value, read through DevTools from outside the page. */
async function sidebarThroughDevTools(cdp: CDPSession): Promise<{ text: string; draftBody: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = descendants(root).find((n) => n.attributes?.includes('afterview-sidebar'));
  const inside = host ? descendants(host) : [];
  const text = inside.filter((n) => n.nodeType === TEXT_NODE).map((n) => n.nodeValue).join('');
  const textarea = inside.find((n) => n.nodeName === 'TEXTAREA');
  if (!textarea) return { text, draftBody: '' };
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: textarea.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId ?? '', functionDeclaration: 'function () { return this.value; }', returnByValue: true });
  return { text, draftBody: String(result.value ?? '') };
}

describe('the release build, against the mail page’s script', () => {
  let session: ExtensionSession;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    session = await launchExtension(RELEASE_DIST);
    page = await openInterview(session);
    cdp = await session.context.newCDPSession(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the sidebar, but the page finds no shadow root and no word of the draft', async () => {
    await expect.poll(async () => (await sidebarThroughDevTools(cdp)).text, { timeout: 10_000 }).toContain('Draft to Ben Carter');
    const { draftBody } = await sidebarThroughDevTools(cdp);
    const draftLines = draftBody.split('\n').filter((line) => line.length > 30);
    expect(draftLines.length).toBeGreaterThan(0);
    await screenshot(page, 'release-sidebar-closed-root');

    const seen = await page.evaluate(() => {
      const host = document.getElementById('afterview-sidebar');
      return { host: host !== null, shadowRoot: host?.shadowRoot ?? null, text: `${document.documentElement.textContent ?? ''}\n${document.body.innerText}` };
    });
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    for (const sidebarOnly of ['Draft to Ben Carter', 'Insert into reply', 'Not an interview', ...draftLines]) expect(seen.text).not.toContain(sidebarOnly);
  });

  it('lets the page fetch none of its files, so the page cannot tell Afterview is installed', async () => {
    const files = readdirSync(RELEASE_DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html|json|png)$/.test(f));
    expect(files).toContain('src/content/index.js');
    const urls = files.map((file) => session.extensionUrl(file));
    const fetchedFrom = (from: Page) =>
      from.evaluate(async (urls) => {
        const reached = await Promise.all(urls.map((url) => fetch(url).then(() => url, () => null)));
        return reached.filter((url) => url !== null);
      }, urls);
    expect(await fetchedFrom(page)).toEqual([]);
    // The same URLs are right: Afterview's own page fetches every one.
    const popup = await openExtensionPage(session, POPUP_PATH);
    expect(await fetchedFrom(popup)).toEqual(urls);
    await popup.close();
  });

  it('logs no send when the page clicks Send or presses Ctrl+Enter itself, and logs the user’s own', async () => {
    const sentByPage = await page.evaluate(() => {
      document.querySelector<HTMLElement>('.bkH')?.click();
      const body = document.querySelector<HTMLElement>('[data-view]:not([style*="none"]) [contenteditable=true]');
      body?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      const send = document.querySelector<HTMLElement>('[data-view]:not([style*="none"]) .T-I-atl:not([aria-haspopup])');
      send?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      send?.click();
      return (window as unknown as { __sent?: unknown }).__sent !== undefined;
    });
    // The fixture's own Gmail stand-in took the click as a send: Afterview must not have.
    expect(sentByPage).toBe(true);
    await page.waitForTimeout(1_000);
    expect((await sidebarThroughDevTools(cdp)).text).toContain('Draft to Ben Carter');

    await page.locator('.bkH:visible').click();
    await page.locator(SEND).click();
    await expect.poll(async () => (await sidebarThroughDevTools(cdp)).text, { timeout: 10_000 }).toContain('Draft to Lucy Wang');
  });
});

describe('the test build, whose open root lets the page reach the sidebar', () => {
  let session: ExtensionSession;
  let page: Page;
  const sidebar = () => page.getByRole('complementary', { name: 'Afterview' });

  beforeAll(async () => {
    session = await launchExtension();
    page = await openInterview(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('ignores the page’s clicks on every sidebar button and its submits of the notes', async () => {
    await expect.poll(() => sidebar().getByRole('button', { name: 'Not an interview' }).count(), { timeout: 10_000 }).toBe(1);
    const reached = await page.evaluate(() => {
      const root = document.getElementById('afterview-sidebar')?.shadowRoot;
      if (!root) return [];
      const note = root.querySelector<HTMLInputElement>('.notes input');
      if (note) {
        note.value = 'Written by the page';
        note.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const buttons = [...root.querySelectorAll('button')];
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      for (const form of root.querySelectorAll('form')) form.requestSubmit();
      return buttons.map((b) => b.textContent?.trim() ?? '');
    });
    expect(reached).toEqual(expect.arrayContaining(['Collapse', 'Insert into reply', 'Copy', 'Mark as sent', 'Snooze', 'Save notes', 'Not an interview']));
    await page.waitForTimeout(1_000);

    expect(await sidebar().getByRole('heading', { name: 'Afterview' }).count()).toBe(1);
    expect((await sidebar().getByRole('status', { includeHidden: true }).allTextContents()).join('')).toBe('');
    expect(await page.locator('[contenteditable=true][role=textbox]').first().innerText()).not.toContain('Hi Ben');
    // Nothing reached the database either: after a reload the thread is tracked, unsnoozed, unsent.
    await page.reload();
    await expect.poll(() => sidebar().getByText('Draft to Ben Carter').count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar().getByLabel('A project, challenge or goal they raised').inputValue()).toBe('');
  });

  it('logs no send in Outlook when the page presses Ctrl+Enter or clicks Send itself', async () => {
    await routeMailHost(session.context, 'https://outlook.office.com', 'outlook/conversation.html');
    const outlook = await session.context.newPage();
    await outlook.goto('https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D');
    const panel = outlook.getByRole('complementary', { name: 'Afterview' });
    await panel.getByRole('button', { name: 'Insert into reply' }).click({ timeout: 10_000 });
    await expect.poll(() => outlook.locator('[role=textbox][aria-multiline=true]').innerText()).toContain('Could you share where things stand now');
    const sentByPage = await outlook.evaluate(() => {
      document.querySelector('[role=textbox][aria-multiline=true]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      document.querySelector<HTMLElement>('button[aria-label="Send"]')?.click();
      return (window as unknown as { __sent?: unknown }).__sent !== undefined;
    });
    expect(sentByPage).toBe(true);
    await outlook.waitForTimeout(1_000);
    // The user's own send is logged as "You wrote to …" (tests/e2e/sidebar-outlook.test.ts); this one is not.
    expect(await panel.getByText('You wrote to Crestmont Bank', { exact: false }).count()).toBe(0);
    expect(await panel.getByText('Draft to Sandra Lewis').count()).toBe(1);
    await outlook.close();
  });

  it('still acts on the user’s keyboard: Enter and Space on a button', async () => {
    await sidebar().getByRole('button', { name: 'Not an interview' }).press('Enter');
    await expect.poll(() => sidebar().getByRole('button', { name: 'Afterview' }).count()).toBe(1);
    await sidebar().getByRole('button', { name: 'Afterview' }).press(' ');
    await sidebar().getByRole('button', { name: 'Track this thread' }).press(' ');
    await expect.poll(() => sidebar().getByText('Draft to Ben Carter').count(), { timeout: 10_000 }).toBe(1);
  });
});
