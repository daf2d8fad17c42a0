// Chromium driven over its own DevTools pipe, with nothing attached but what a bench asks for. Playwright
// attaches to every service worker as it starts and holds it until its Node process answers: on a loaded
// machine that hold was a large part of a woken worker's start, which no user pays. Here a worker runs
// unattended; the bench attaches to it only after it answered, to read its marks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumPath, extensionSwitches } from '../tests/e2e/chromium-path';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId: string | undefined) => void;

export interface Cdp {
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  on(method: string, listener: Listener): void;
  close(): Promise<void>;
}

/** Chromium with the extension in `dist` loaded, headless, its DevTools protocol on a pipe. */
export async function launchOverPipe(dist: string): Promise<Cdp> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'afterview-cdp-'));
  const chrome: ChildProcess = spawn(
    chromiumPath(),
    [
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      ...extensionSwitches(dist),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toChrome = chrome.stdio[3] as Writable;
  const fromChrome = chrome.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: Params) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, Listener[]>();
  let buffered = '';
  fromChrome.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string };
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const pending = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) pending?.reject(new Error(message.error.message));
        else pending?.resolve(message.result ?? {});
      } else if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  });
  return {
    send: <T>(method: string, params: Params = {}, sessionId?: string) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: Params) => void, reject });
        toChrome.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      }),
    on: (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]),
    close: async () => {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      await exited;
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new tab and attaches to it; returns the tab's session. */
export async function openTab(cdp: Cdp, url: string): Promise<string> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Runtime.enable', {}, sessionId);
  if (url !== 'about:blank') await cdp.send('Page.navigate', { url }, sessionId);
  return sessionId;
}

/** Evaluates `expression` in a session (awaiting a promise) and returns its value. */
export async function evaluate<T>(cdp: Cdp, sessionId: string, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
    'Runtime.evaluate',
    { expression, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Serves `html` for every request of `origin` in a tab, so the manifest's own match patterns inject the content script. */
export async function serveInTab(cdp: Cdp, sessionId: string, origin: string, html: string): Promise<void> {
  const body = Buffer.from(html, 'utf8').toString('base64');
  cdp.on('Fetch.requestPaused', (params, from) => {
    if (from !== sessionId) return;
    void cdp.send('Fetch.fulfillRequest', { requestId: params.requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }], body }, sessionId);
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}/*` }] }, sessionId);
}
