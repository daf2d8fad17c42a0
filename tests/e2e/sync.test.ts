// Issue 16's two profiles: two Chromium profiles with the built extension, their storage.sync areas
// joined by the test as the browser's sync would join them (each changed item copied across on its own,
// late and out of order, so a profile often sees a manifest before its items). Each profile reads the same
// interview thread, as two computers reading one mailbox would. Shows: a thank-you marked sent on one
// clears the badge on the other; a correction on one reaches the other's stored application and sidebar; concurrent
// edits converge; a deletion propagates; a copy from a newer Afterview is refused in words with nothing
// lost. Screenshots of the options page's sync section, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launchExtension, OPTIONS_PATH, openExtensionPage, routeMailHost, screenshot, screenshotFile, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';
import { loadCorpus } from '../unit/analyze-corpus';

interface Profile {
  name: string;
  session: ExtensionSession;
  /** An extension page: its chrome.storage.sync is the profile's sync area. */
  page: Page;
  /** The area's items as last copied from it. */
  seen: Record<string, string>;
}

type Reply = { ok: boolean; value?: unknown; error?: string };
const send = (profile: Profile, type: string, payload: unknown) =>
  profile.page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<Reply>;
const value = async <T>(profile: Profile, type: string, payload: unknown): Promise<T> => {
  const reply = await send(profile, type, payload);
  if (!reply.ok) throw new Error(`${profile.name} ${type}: ${reply.error}`);
  return reply.value as T;
};
const area = (profile: Profile) => profile.page.evaluate(() => chrome.storage.sync.get(null)) as Promise<Record<string, unknown>>;

let laptop: Profile;
let desktop: Profile;
let joining = true;
let copies = 0;
let bus: Promise<void> = Promise.resolve();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shuffled = <T>(items: T[]) => items.map((item) => [Math.random(), item] as const).sort(([a], [b]) => a - b).map(([, item]) => item);

/** Copies what changed in `from`'s area since the last look to `to`, item by item, each after its own delay. */
async function carry(from: Profile, to: Profile): Promise<void> {
  const now = await area(from);
  const text = Object.fromEntries(Object.entries(now).map(([k, v]) => [k, JSON.stringify(v)]));
  const changed = Object.keys(text).filter((k) => text[k] !== from.seen[k]);
  const removed = Object.keys(from.seen).filter((k) => !(k in text));
  from.seen = text;
  if (changed.length === 0 && removed.length === 0) return;
  const target = await area(to);
  const steps = shuffled([
    ...changed.filter((k) => JSON.stringify(target[k]) !== text[k]).map((k) => async () => {
      await to.page.evaluate(([key, json]) => chrome.storage.sync.set({ [key]: JSON.parse(json) as unknown }), [k, text[k] as string] as const);
      to.seen[k] = text[k] as string;
    }),
    ...removed.filter((k) => k in target).map((k) => async () => {
      await to.page.evaluate((key) => chrome.storage.sync.remove(key), k);
      to.seen = Object.fromEntries(Object.entries(to.seen).filter(([key]) => key !== k));
    }),
  ]);
  for (const step of steps) {
    await sleep(100 + Math.random() * 600);
    await step();
    copies++;
  }
}

async function join(): Promise<void> {
  while (joining) {
    await carry(laptop, desktop).catch(() => undefined);
    await carry(desktop, laptop).catch(() => undefined);
    await sleep(300);
  }
}

async function profile(name: string): Promise<Profile> {
  const session = await launchExtension();
  const page = await openExtensionPage(session, OPTIONS_PATH);
  return { name, session, page, seen: {} };
}

const thread = () => {
  const item = loadCorpus().find((c) => c.id === 'post-interview-window');
  if (!item) throw new Error('post-interview-window is missing from the corpus');
  return item.thread;
};
const URL_OF = 'https://mail.google.com/mail/u/0/#inbox/';

interface CheckInItem {
  checkIn: { id: string; key: string; kind: string; status: string };
}
interface Dossier {
  application: { id: string; company: string; role: string };
}
const applications = (p: Profile) => value<Dossier[]>(p, 'applications/list', {});
const application = async (p: Profile, id: string) => (await applications(p)).find((d) => d.application.id === id)?.application;

beforeAll(async () => {
  [laptop, desktop] = [await profile('laptop'), await profile('desktop')];
  bus = join();
}, 120_000);
afterAll(async () => {
  joining = false;
  await bus;
  await laptop?.session.close();
  await desktop?.session.close();
});

describe('two profiles joined through storage.sync', () => {
  let id = '';

  it('a thank-you marked sent on one clears it from the other’s badge', async () => {
    const track = (p: Profile) => value<{ state: { dossier: Dossier } }>(p, 'thread/track', { thread: thread(), url: `${URL_OF}${thread().id}` });
    const [here, there] = [await track(laptop), await track(desktop)];
    id = here.state.dossier.application.id;
    expect(there.state.dossier.application.id).toBe(id);
    const before = await badgeText(desktop.session);
    expect(Number(before)).toBeGreaterThan(0);
    const thanks = (await value<CheckInItem[]>(laptop, 'checkIns/list', {})).filter((c) => c.checkIn.kind === 'thank-you' && c.checkIn.status === 'pending');
    expect(thanks.length).toBeGreaterThan(0);
    for (const { checkIn } of thanks) await value(laptop, 'checkIn/complete', { id: checkIn.id });
    const after = await badgeText(laptop.session);
    expect(after === '' ? 0 : Number(after)).toBe(Number(before) - thanks.length);
    await expect.poll(() => badgeText(desktop.session), { timeout: 45_000, interval: 500 }).toBe(after);
    const desktopThanks = (await value<CheckInItem[]>(desktop, 'checkIns/list', {})).filter((c) => c.checkIn.kind === 'thank-you');
    expect(desktopThanks.map((c) => c.checkIn.status)).toEqual(thanks.map(() => 'done'));
  });

  it('a correction on one reaches the other', async () => {
    await value(laptop, 'correction/apply', { applicationId: id, field: 'role', value: 'Staff Data Engineer' });
    await expect.poll(async () => (await application(desktop, id))?.role, { timeout: 45_000, interval: 500 }).toBe('Staff Data Engineer');
  });

  it('concurrent edits on both converge to the same application', async () => {
    await Promise.all([
      value(laptop, 'correction/apply', { applicationId: id, field: 'company', value: 'Northwind' }),
      value(desktop, 'correction/apply', { applicationId: id, field: 'role', value: 'Principal Data Engineer' }),
    ]);
    const both = async () => {
      const [a, b] = [await application(laptop, id), await application(desktop, id)];
      return [a?.company, a?.role, b?.company, b?.role];
    };
    await expect.poll(both, { timeout: 60_000, interval: 500 }).toEqual(['Northwind', 'Principal Data Engineer', 'Northwind', 'Principal Data Engineer']);
    // The areas settle too: each holds what the other does.
    await expect.poll(async () => sameItems(await area(laptop), await area(desktop)), { timeout: 45_000, interval: 1_000 }).toBe(true);
  });

  it('a deletion on one deletes the application on the other', async () => {
    await value(desktop, 'application/delete', { id });
    await expect.poll(async () => (await application(laptop, id)) === undefined, { timeout: 45_000, interval: 500 }).toBe(true);
    expect(copies).toBeGreaterThan(0);
  });

  it('a correction on one appears in the other’s sidebar', async () => {
    const INTERVIEW = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
    const open = async (p: Profile) => {
      await routeMailHost(p.session.context, 'https://mail.google.com', 'gmail/threads.html');
      const mail = await p.session.context.newPage();
      await mail.setViewportSize({ width: 1400, height: 900 });
      await mail.goto(INTERVIEW);
      const sidebar = mail.getByRole('complementary', { name: 'Afterview' });
      // "Northwind" on both: the company corrected above was learned for the employer's domain, and synced.
      await expect.poll(() => sidebar.getByText(/Northwind/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      return { mail, sidebar };
    };
    const [, there] = [await open(laptop), await open(desktop)];
    const tracked = (await applications(laptop)).find((d) => d.application.company.startsWith('Northwind'));
    expect(tracked).toBeDefined();
    await value(laptop, 'correction/apply', { applicationId: tracked?.application.id ?? '', field: 'role', value: 'Lead Analytics Engineer' });
    await expect.poll(async () => (await application(desktop, tracked?.application.id ?? ''))?.role, { timeout: 45_000, interval: 500 }).toBe('Lead Analytics Engineer');
    await there.mail.reload();
    await expect.poll(() => there.sidebar.getByText('Lead Analytics Engineer', { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(there.mail, 'sync-desktop-sidebar-corrected');
  });

  it('shows the sync section in light and dark, and a copy from a newer Afterview in words, losing nothing', async () => {
    await value(laptop, 'application/add', { company: 'Cobalt Grid', role: 'Backend Engineer', stage: 'awaiting-decision', interviewAt: null, interviewers: [] });
    joining = false;
    await bus;
    const manifest = (await area(laptop)).m as { v: number };
    await laptop.page.evaluate((m) => chrome.storage.sync.set({ m }), { ...manifest, v: 99 });
    const options = laptop.page;
    await options.reload();
    const section = options.locator('fieldset', { has: options.locator('legend', { hasText: 'Sync between your computers' }) });
    await expect.poll(() => section.getByRole('alert').textContent(), { timeout: 20_000, interval: 500 }).toMatch(/newer Afterview/);
    expect((await applications(laptop)).map((d) => d.application.company)).toContain('Cobalt Grid');
    await expect.poll(() => section.getByRole('checkbox', { name: 'Sync through your browser account' }).isChecked()).toBe(true);
    expect(await seriousViolations(options)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await options.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: await screenshotFile('options-sync-light') });
    await options.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: await screenshotFile('options-sync-dark') });
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
    // Keyboard: the switch is reached by Tab and turned off with Space.
    await section.getByRole('checkbox').focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await value<{ enabled: boolean }>(laptop, 'sync/status', {})).enabled).toBe(false);
    await screenshot(options, 'options-sync-off');
  });
});

/** Chrome hands objects back with keys in its own order: compare with sorted keys. */
const canonical = (v: unknown): string =>
  v === null || typeof v !== 'object' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
const sameItems = (a: Record<string, unknown>, b: Record<string, unknown>) => canonical(a) === canonical(b);
