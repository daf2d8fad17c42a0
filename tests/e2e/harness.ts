// The browser-test harness: the built extension in real Chromium, mail hosts routed to fixtures.
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, extensionSwitches } from './chromium-path';

/**
 * The test build (`npm run build:e2e`): its sidebar's shadow root is open, so tests reach controls by role.
 * AFTERVIEW_DIST lets a developer test another build.
 */
export const DIST = resolve(process.env.AFTERVIEW_DIST ?? resolve(import.meta.dirname, '../../dist-e2e'));
/** The release build the store zips are made of (`npm run build` or `npm run package`). */
export const RELEASE_DIST = resolve(import.meta.dirname, '../../dist');
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}

/** `headless: false` opens a window a person can use (the demo, `npm start`, with a display). */
export async function launchExtension(dist = DIST, { headless = true } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}: run "${dist === RELEASE_DIST ? 'npm run build' : 'npm run build:e2e'}" first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'afterview-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: extensionSwitches(dist),
  });
  // Track the live worker: after a stop, Chrome starts a new one on the next extension event.
  let current: Worker | undefined = context.serviceWorkers()[0];
  const follow = (worker: Worker) => {
    current = worker;
    worker.on('close', () => {
      if (current === worker) current = undefined;
    });
  };
  if (current) follow(current);
  context.on('serviceworker', follow);
  const serviceWorker = async () => current ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export const POPUP_PATH = 'src/ui/popup/index.html';
export const OPTIONS_PATH = 'src/ui/options/index.html';

export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(path));
  return page;
}

/** Serves a fixture page at a real mail host, so the manifest's own match patterns inject the content script. */
export async function routeMailHost(context: BrowserContext, origin: string, fixtureFile: string): Promise<void> {
  await routeMailPage(context, origin, await readFile(join(FIXTURES, fixtureFile), 'utf8'));
}

/** Serves `html` for every page of a mail host (its own script plays the host's router). */
export async function routeMailPage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
}

/**
 * Brings `page` to the front with the browser window sized to its own viewport again, so the mouse can reach
 * frames of another origin (the framed offer panel) anywhere in it. A context's pages share one window, and
 * Playwright sizes that window to the viewport of whichever page last set one (a new page, a popup made
 * narrow): the other pages keep their emulated viewport, larger than the window. Chromium routes a mouse
 * event into an out-of-process frame only where the real window has it: past the window's edge the event
 * goes to the embedding page, whose <iframe> element takes it, and the frame never sees it. Keyboard input
 * goes to the focused frame and is not affected; nor is a user, whose viewport is their window.
 */
export async function frontWithWindowFitted(page: Page): Promise<void> {
  await page.bringToFront();
  const viewport = page.viewportSize();
  if (viewport) {
    // Set here: Playwright does not size the window again for a viewport it already set on this page. With a
    // margin: once the window has held another page's size, it gives the tab about 100 px less than its
    // bounds (a 1000 px window reached frames down to 900 px only).
    const cdp = await page.context().newCDPSession(page);
    const { windowId } = await cdp.send('Browser.getWindowForTarget');
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: viewport.width + WINDOW_MARGIN, height: viewport.height + WINDOW_MARGIN } });
    await cdp.detach();
  }
  const fits = await page.evaluate(() => outerWidth >= innerWidth && outerHeight >= innerHeight);
  if (!fits) throw new Error("The browser window is smaller than the page's viewport.");
}
const WINDOW_MARGIN = 200;

/** Where a screenshot named `name` goes: artifacts/screenshots (ignored by git), for a person to look at. */
export async function screenshotFile(name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = await screenshotFile(name);
  await page.screenshot({ path });
  return path;
}

/**
 * Stops the extension's service worker, as Chrome does to an idle or killed worker; the next extension
 * event starts a fresh one. The CDP session must belong to an extension page: only there does
 * ServiceWorker.stopAllWorkers reach the extension's worker.
 */
export async function stopServiceWorkers(session: ExtensionSession): Promise<void> {
  const page = await openExtensionPage(session, POPUP_PATH);
  const cdp = await session.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(session.extensionUrl('')));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

export async function badgeText(session: ExtensionSession): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * Runs code in the world Afterview's content script runs in on `page` (Chrome's isolated world, named after
 * the extension), where `chrome.runtime.sendMessage` reaches the background as the content script. A page's
 * own evaluate runs in the main world, which has no extension API.
 */
export async function contentScriptWorld(session: ExtensionSession, page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await session.context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.name === 'Afterview') isolated.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  while (isolated.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const contextId = isolated.at(-1);
  if (contextId === undefined) throw new Error('The content script’s world never appeared on this page.');
  return async <T>(expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the content script’s world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
}
