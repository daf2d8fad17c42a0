// The offer orchestrator in real Chromium: three tracked processes in a routed Gmail, an offer with a
// deadline in a fourth thread; the panel lists the three in order, notes to two of them go into their
// reply boxes, their plans and the badge move, and the decision timeline holds every date.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { badgeText, frontWithWindowFitted, launchExtension, POPUP_PATH, openExtensionPage, routeMailPage, screenshot, FIXTURES, type ExtensionSession } from './harness';

const BASE = 'https://mail.google.com/mail/u/0/#inbox/';
const FJORD = `${BASE}FMfcgzQXJkcLFJORDaaaaaaaaaaaaaaa`;
const BIRCH = `${BASE}FMfcgzQXJkcLBIRCHbbbbbbbbbbbbbbb`;
const CEDAR = `${BASE}FMfcgzQXJkcLCEDARccccccccccccccc`;
const OFFER = `${BASE}FMfcgzQXJkcLCOBALTddddddddddddddd`;
const UNDATED_OFFER = `${BASE}FMfcgzQXJkcLDUNMOREeeeeeeeeeeeeee`;

const today = new Date();
/** Local midnight `days` from today: the fixture's dates are relative, so the offer's deadline is always ahead. */
const dayFrom = (days: number, hour = 0, minute = 0) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, hour, minute);
const long = (date: Date) => date.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
const gmailTitle = (date: Date) =>
  `${date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' })}, ${date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}`;
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const day = (date: Date) => `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;

/** The fixture with its {{title:-6@10:00}}, {{short:-6}} and {{long:+8}} dates filled in from today. */
async function fixture(): Promise<string> {
  const html = await readFile(`${FIXTURES}/gmail/offer-search.html`, 'utf8');
  return html
    .replace(/\{\{title:([+-]\d+)@(\d\d):(\d\d)\}\}/g, (_m, d: string, h: string, min: string) => gmailTitle(dayFrom(Number(d), Number(h), Number(min))))
    .replace(/\{\{short:([+-]\d+)\}\}/g, (_m, d: string) => dayFrom(Number(d)).toLocaleDateString('en-US', { month: 'short', day: 'numeric' }))
    .replace(/\{\{long:([+-]\d+)\}\}/g, (_m, d: string) => long(dayFrom(Number(d))));
}

const DEADLINE = dayFrom(7, 17);

let session: ExtensionSession;
let mail: Page;
let popup: Page;

const sidebar = (page: Page = mail) => page.getByRole('complementary', { name: 'Afterview' });
const send = <T,>(page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value: T; error?: string }>;

interface CheckInRow {
  checkIn: { kind: string; status: string; dueAt: string; applicationId: string };
  company: string;
}

beforeAll(async () => {
  session = await launchExtension();
  await routeMailPage(session.context, 'https://mail.google.com', await fixture());
  const options = await openExtensionPage(session, POPUP_PATH);
  const settings = { profile: { name: 'Dana Whitfield', emails: ['dana.whitfield@gmail.com'], phone: '', signature: 'Dana Whitfield' }, cadence: 'standard', defaultEmployerStyle: 'tech', holidays: [], notifications: false, timeZone: null };
  expect(await send(options, 'settings/save', { settings })).toMatchObject({ ok: true });
  await options.close();
  mail = await session.context.newPage();
  await mail.setViewportSize({ width: 1400, height: 1000 });
});
afterAll(async () => {
  await session?.close();
});

describe('an offer with a deadline moves every other process', () => {
  it('tracks the three processes, one marked as the final round', async () => {
    for (const [url, company] of [
      [FJORD, 'Fjord Analytics'],
      [BIRCH, 'Birchwood Energy'],
      [CEDAR, 'Cedar Health'],
    ] as const) {
      await mail.goto(url);
      await expect.poll(() => sidebar().getByText(company).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    const page = await openExtensionPage(session, POPUP_PATH);
    const list = await send<{ application: { id: string; company: string; stage: string } }[]>(page, 'applications/list', {});
    const fjord = list.value.find((d) => d.application.company === 'Fjord Analytics');
    expect(list.value.map((d) => [d.application.company, d.application.stage]).sort()).toEqual([
      ['Birchwood Energy', 'awaiting-decision'],
      ['Cedar Health', 'scheduled'],
      ['Fjord Analytics', 'awaiting-decision'],
    ]);
    expect(await send(page, 'application/update', { id: fjord?.application.id, changes: { finalStage: true } })).toMatchObject({ ok: true });
    await page.close();
  });

  it('reads the offer’s deadline in the fourth thread and frames the panel in the sidebar', async () => {
    await mail.goto(OFFER);
    await expect.poll(() => sidebar().getByText('Answer this offer by', { exact: false }).count(), { timeout: 15_000 }).toBe(1);
    const frame = sidebar().frameLocator('iframe[title="Your offer and your other applications"]');
    await expect.poll(() => frame.locator('.offer__item strong').allInnerTexts(), { timeout: 15_000 }).toEqual(['Fjord Analytics', 'Birchwood Energy', 'Cedar Health']);
    expect(await frame.getByRole('heading', { name: 'Offer from Cobalt Grid — Senior Data Engineer' }).count()).toBe(1);
    // The frame loads from the session's dynamic id (manifest.json's use_dynamic_url), never the fixed one a page could probe.
    const src = (await sidebar().locator('iframe').getAttribute('src')) ?? '';
    expect(src).toMatch(/^chrome-extension:\/\/[^/]+\/src\/ui\/offer\/index\.html\?application=/);
    expect(src.startsWith(session.extensionUrl(''))).toBe(false);
    expect(await mail.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), session.extensionUrl('src/ui/offer/index.html'))).toBe('refused');
    // The mail page's own script sees a frame of another origin, not the applications in it.
    expect(await mail.evaluate(() => document.body.innerText.includes('Birchwood'))).toBe(false);
    // The framed page on its own: no serious accessibility violation.
    const panelPage = await session.context.newPage();
    await panelPage.goto(`${session.extensionUrl('src/ui/offer/index.html')}?${new URL(src).searchParams.toString()}`);
    await expect.poll(() => panelPage.locator('.offer__item').count(), { timeout: 10_000 }).toBe(3);
    expect(await seriousViolations(panelPage)).toEqual([]);
    await panelPage.close();
    await sidebar().locator('iframe').scrollIntoViewIfNeeded();
    await screenshot(mail, 'offer-sidebar-panel-light');
    await mail.emulateMedia({ colorScheme: 'dark' });
    await screenshot(mail, 'offer-sidebar-panel-dark');
    await mail.emulateMedia({ colorScheme: 'light' });
  });

  it('lists the three in the popup in order, each with its decision window', async () => {
    popup = await openExtensionPage(session, POPUP_PATH);
    await popup.setViewportSize({ width: 420, height: 1400 });
    await expect.poll(() => popup.locator('.offer__item strong').allInnerTexts(), { timeout: 15_000 }).toEqual(['Fjord Analytics', 'Birchwood Energy', 'Cedar Health']);
    const facts = await popup.locator('.offer__facts').allInnerTexts();
    expect(facts[0]).toMatch(/^Final round · Waiting for their decision · Decision expected .+ – /);
    expect(facts[1]).toMatch(/^Waiting for their decision · Decision expected /);
    expect(facts[2]).toBe('Interview scheduled · No decision date given');
    expect(await popup.getByText(`Answer by`, { exact: false }).count()).toBeGreaterThan(0);
  });

  it('drafts truthful, deadline-aware notes for the two picked, and the plans and the badge move', async () => {
    const badgeBefore = Number((await badgeText(session)) || '0');
    await popup.getByRole('checkbox', { name: 'Fjord Analytics — Analytics Engineer' }).check();
    // By keyboard: Tab reaches the next employer's box, and Space ticks it.
    await popup.getByRole('checkbox', { name: 'Fjord Analytics — Analytics Engineer' }).focus();
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Space');
    expect(await popup.getByRole('checkbox', { name: 'Birchwood Energy — Data Engineer' }).isChecked()).toBe(true);
    await popup.getByRole('button', { name: 'Draft the note to 2 employers' }).click();
    const fjordNote = popup.getByRole('textbox', { name: 'Message to Fjord Analytics' });
    const birchNote = popup.getByRole('textbox', { name: 'Message to Birchwood Energy' });
    await expect.poll(() => fjordNote.count(), { timeout: 10_000 }).toBe(1);
    for (const note of [fjordNote, birchNote]) {
      const body = await note.inputValue();
      expect(body).toContain(`I have received another job offer, which I have not accepted, and I have been asked to respond by ${long(DEADLINE)}.`);
      expect(body).toContain(`let me know by ${long(dayFrom(3))}`);
      expect(body).toContain('I completely understand if the timeline cannot change');
    }
    expect(await fjordNote.inputValue()).toMatch(/^Hi Elena,/);
    expect(await fjordNote.inputValue()).toContain(`our conversation on ${long(dayFrom(-2))}`);
    expect(await birchNote.inputValue()).toContain('and meeting Leo Marsh,');
    // Each note passes the linter with nothing to fix.
    await expect.poll(() => popup.getByText('No classic mistakes found.').count(), { timeout: 15_000 }).toBe(2);
    expect(await popup.getByRole('checkbox').count()).toBe(1);

    // The note to each is due now; nothing else to them falls due before the offer's deadline.
    await expect.poll(async () => Number((await badgeText(session)) || '0'), { timeout: 10_000 }).toBe(badgeBefore + 2);
    const rows = (await send<CheckInRow[]>(popup, 'checkIns/list', {})).value;
    for (const company of ['Fjord Analytics', 'Birchwood Energy']) {
      const own = rows.filter((r) => r.company === company && r.checkIn.status === 'pending');
      expect(own.filter((r) => r.checkIn.kind === 'competing-offer').every((r) => Date.parse(r.checkIn.dueAt) <= Date.now())).toBe(true);
      expect(own.filter((r) => r.checkIn.kind === 'competing-offer')).toHaveLength(1);
      const others = own.filter((r) => ['status-check', 'check-in', 'phone-call', 'extended-delay'].includes(r.checkIn.kind));
      expect(others.every((r) => Date.parse(r.checkIn.dueAt) >= DEADLINE.getTime())).toBe(true);
    }
    expect(rows.filter((r) => r.company === 'Cedar Health' && r.checkIn.kind === 'competing-offer')).toHaveLength(0);

    await screenshot(popup, 'offer-popup-panel-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'offer-popup-panel-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(popup, '.offer')).toEqual([]);
  });

  it('inserts each note into its own thread, opening it, and logs each send', async () => {
    for (const [company, url] of [
      ['Fjord Analytics', FJORD],
      ['Birchwood Energy', BIRCH],
    ] as const) {
      const badgeBefore = Number((await badgeText(session)) || '0');
      const note = await popup.getByRole('textbox', { name: `Message to ${company}` }).inputValue();
      const item = popup.locator('.offer__item').filter({ has: popup.getByRole('textbox', { name: `Message to ${company}` }) });
      await item.getByRole('button', { name: `Insert into the ${company} thread` }).click();
      await expect.poll(() => item.getByRole('status').innerText(), { timeout: 40_000 }).toContain('Inserted into the reply');
      const tab = session.context.pages().find((p) => p.url() === url);
      expect(tab).toBeDefined();
      if (!tab) return;
      const reply = tab.locator('[contenteditable=true][role=textbox]:visible');
      await expect.poll(() => reply.innerText()).toContain(`asked to respond by ${long(DEADLINE)}`);
      expect((await reply.innerText()).replace(/\s+/g, ' ')).toContain(note.split('\n\n')[2] ?? '');
      if (company === 'Fjord Analytics') await screenshot(tab, 'offer-note-inserted');
      await tab.locator('.T-I-atl:not([aria-haspopup]):visible').click();
      // Sent: the note about the offer is done, and the badge counts one fewer.
      await expect.poll(async () => Number((await badgeText(session)) || '0'), { timeout: 10_000 }).toBe(badgeBefore - 1);
      await popup.bringToFront();
    }
    const rows = (await send<CheckInRow[]>(popup, 'checkIns/list', {})).value;
    expect(rows.filter((r) => r.checkIn.kind === 'competing-offer').map((r) => [r.company, r.checkIn.status]).sort()).toEqual([
      ['Birchwood Energy', 'done'],
      ['Fjord Analytics', 'done'],
    ]);
  });

  it('exports one decision timeline with the deadline, each asked-by date and each decision window', async () => {
    await popup.reload();
    const button = popup.getByRole('button', { name: 'Download the decision timeline (.ics)' });
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1);
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    const path = await download.path();
    const ics = (await readFile(path, 'utf8')).replace(/\r\n /g, '');
    expect(download.suggestedFilename()).toBe('afterview-decision-timeline.ics');
    expect(ics).toContain(`DTEND:${stamp(DEADLINE)}`);
    expect(ics).toContain('SUMMARY:Answer the offer from Cobalt Grid\\, Senior Data Engineer');
    const askedBy = [...ics.matchAll(/SUMMARY:Expected answer from ([^\\\r\n]+)/g)].map((m) => m[1]).sort();
    expect(askedBy).toEqual(['Birchwood Energy', 'Fjord Analytics']);
    expect(ics).toContain(`DTEND;VALUE=DATE:${day(dayFrom(9))}`);
    expect(ics).toContain('SUMMARY:Fjord Analytics\\, Analytics Engineer: their decision window');
    expect(ics).toContain('SUMMARY:Birchwood Energy\\, Data Engineer: their decision window');
    for (const m of ics.matchAll(/DTEND:(\d{8}T\d{6}Z)/g)) expect(m[1] ?? '').not.toBe('');
  });

  it('offers a polite withdrawal to each other process once the offer is accepted', async () => {
    await popup.getByRole('button', { name: 'I accepted the offer' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Withdraw politely from the others' }).count(), { timeout: 10_000 }).toBe(1);
    for (const company of ['Fjord Analytics', 'Birchwood Energy', 'Cedar Health']) {
      expect(await popup.getByRole('textbox', { name: `Message to ${company}` }).inputValue()).toContain('I have accepted another offer, so I am withdrawing my application.');
    }
    await expect.poll(() => popup.getByText('No classic mistakes found.').count(), { timeout: 15_000 }).toBe(3);
    expect(await popup.getByRole('link', { name: 'Write a new message to Cedar Health' }).count() + (await popup.getByRole('button', { name: 'Insert into the Cedar Health thread' }).count())).toBe(1);
    expect(await seriousViolations(popup, '.offer')).toEqual([]);
  });

  it('takes the deadline the user types when the offer mail gives none, and frames the panel for it', async () => {
    await mail.bringToFront();
    await mail.goto(UNDATED_OFFER);
    const deadline = sidebar().getByLabel('Answer the offer by');
    await expect.poll(() => deadline.count(), { timeout: 15_000 }).toBe(1);
    const typed = dayFrom(5, 12);
    await deadline.fill(`${typed.getFullYear()}-${String(typed.getMonth() + 1).padStart(2, '0')}-${String(typed.getDate()).padStart(2, '0')}T12:00`);
    await sidebar().getByRole('button', { name: 'Save the deadline' }).click();
    const frame = sidebar().frameLocator('iframe[title="Your offer and your other applications"]');
    await expect.poll(() => frame.getByRole('heading', { name: /^Offer from Dunmore Robotics/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await frame.locator('.offer__item strong').allInnerTexts()).toEqual(['Fjord Analytics', 'Birchwood Energy', 'Cedar Health']);
    expect(await frame.getByText(`Answer by ${typed.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' })}`, { exact: false }).count()).toBe(1);

    // Declined: the panel drafts the thank-you-and-decline for this offer's own thread.
    // The frame takes the panel's own height (src/ui/offer/frame-height.ts): one scrolling box, the sidebar's.
    await expect.poll(async () => (await sidebar().locator('iframe').boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
    // With the mouse, as a user declines. The pages opened since (the popup, the threads' tabs) left the window
    // they share smaller than this page's viewport, and a click past the window's edge never reaches a frame of
    // another origin (harness.ts): the window is sized to this page again first.
    await frontWithWindowFitted(mail);
    await frame.getByRole('button', { name: 'I declined the offer' }).click();
    const note = frame.getByRole('textbox', { name: 'Message to Dunmore Robotics' });
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.inputValue()).toMatch(/^Hi Ivan,\n\nThank you very much for offering me the Staff Engineer role at Dunmore Robotics/);
    expect(await note.inputValue()).toContain('I have decided to decline the offer.');
    await expect.poll(() => frame.getByText('No classic mistakes found.').count(), { timeout: 15_000 }).toBe(1);
    expect(await frame.getByRole('button', { name: 'Insert into the Dunmore Robotics thread' }).count()).toBe(1);
  });
});
