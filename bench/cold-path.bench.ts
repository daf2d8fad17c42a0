// The cold browser path in real Chromium: the service worker asleep (Chrome stops it after 30 s idle), the
// user opens an interview thread in a Gmail tab already open, and the sidebar shows the thread's plan.
// Each sample stops the worker through CDP and checks it is stopped, then changes the hash as Gmail does and
// waits in the page for the plan. The test build leaves performance marks (src/core/trace.ts) in the
// content script and the worker; joined on one clock (timeOrigin + startTime) they split each sample into
// its parts. Needs the test build: `npm run build:e2e` (or AFTERVIEW_DIST=<dir>).
// Playwright attaches to each new worker before it runs, as any CDP client must to read its marks: the
// worker's start carries that attach in every sample, a cost Chrome alone does not pay.
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, routeMailHost, type ExtensionSession } from '../tests/e2e/harness';

const INTERVIEW = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
const NEWSLETTER = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFzz';
const SAMPLES = Number(process.env.COLD_SAMPLES ?? 15);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

type Marks = Record<string, number> & { origin: number };

/** The worker's running status as CDP reports it, from a session on an extension page that never messages the worker. */
async function watchWorker(session: ExtensionSession): Promise<{ status: () => string; stop: () => Promise<void> }> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('icons/icon-16.png'));
  const cdp: CDPSession = await session.context.newCDPSession(page);
  let status = 'unknown';
  const waiting: { want: string; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(session.extensionUrl('')));
    if (ours.length === 0) return;
    status = ours.every((v) => v.runningStatus === 'stopped') ? 'stopped' : (ours.at(-1)?.runningStatus ?? 'unknown');
    for (const w of waiting.splice(0)) (w.want === status ? w.resolve : () => waiting.push(w))();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    stop: async () => {
      if (status === 'stopped') return;
      const stopped = new Promise<void>((resolve) => waiting.push({ want: 'stopped', resolve }));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not stop within 5 s')), 5_000))]);
    },
  };
}

/** Changes the hash as Gmail does; resolves with the page's clock at the change and when the sidebar showed the thread. */
function navigate(page: Page, viewId: string, interview: boolean): Promise<{ from: number; to: number }> {
  return page.evaluate(
    ({ viewId, interview }) =>
      new Promise<{ from: number; to: number }>((resolve, reject) => {
        const root = document.getElementById('afterview-sidebar')?.shadowRoot;
        if (!root) return reject(new Error('no sidebar'));
        const done = () => {
          const text = root.textContent ?? '';
          return interview ? text.includes('Northwind Labs') && text.includes('Insert into reply') : text.includes('Afterview') && !text.includes('Northwind Labs');
        };
        const from = performance.timeOrigin + performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve({ from, to: performance.timeOrigin + performance.now() });
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
        location.hash = `#inbox/${viewId}`;
        setTimeout(() => reject(new Error('sidebar did not show the thread within 10 s')), 10_000);
      }),
    { viewId, interview },
  );
}

/** Every mark in a timeline, as epoch ms (one clock for the page and the worker); the latest of each name. */
const MARKS_JS = `(() => { const out = { origin: performance.timeOrigin }; for (const m of performance.getEntriesByType('mark')) out[m.name] = performance.timeOrigin + m.startTime; return out; })()`;

const session = await launchExtension();
try {
  await routeMailHost(session.context, 'https://mail.google.com', 'gmail/threads.html');
  const page = await session.context.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn');
  await page.goto(`https://mail.google.com/mail/u/0/#inbox/${NEWSLETTER}`);
  await page.waitForFunction(() => document.getElementById('afterview-sidebar')?.shadowRoot?.textContent?.includes('Afterview'));
  const worker = await watchWorker(session);
  // The first opening tracks the thread: every sample after it opens a thread whose plan is stored.
  await navigate(page, INTERVIEW, true);

  const rows: Record<string, number>[] = [];
  const warm: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await navigate(page, NEWSLETTER, false);
    // Warm: the worker is up, the same opening.
    const w = await navigate(page, INTERVIEW, true);
    warm.push(w.to - w.from);
    await navigate(page, NEWSLETTER, false);
    await page.evaluate(() => performance.clearMarks());
    await worker.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (worker.status() !== 'stopped') throw new Error(`the worker is ${worker.status()}, not stopped, before the sample`);
    const { from, to } = await navigate(page, INTERVIEW, true);
    const sw = (await (await session.serviceWorker()).evaluate(MARKS_JS)) as Marks;
    // The content script's marks are in the page's timeline, written from its own world.
    const cs = (await page.evaluate(MARKS_JS)) as Marks;
    const at = (marks: Marks, name: string) => marks[name] ?? NaN;
    if (!(sw.origin > from)) throw new Error('the worker that answered was not started by this opening');
    rows.push({
      total: to - from,
      'page: hash change → message sent': at(cs, 'cs:asked') - from,
      'worker start (message sent → worker global made)': sw.origin - at(cs, 'cs:asked'),
      'script load and evaluation of the imports': at(sw, 'sw:imported') - sw.origin,
      "index.ts's own top level": at(sw, 'sw:evaluated') - at(sw, 'sw:imported'),
      'start-up → message handled': at(sw, 'open:start') - at(sw, 'sw:evaluated'),
      'settings read (DB open with it)': at(sw, 'open:read') - at(sw, 'open:start'),
      'analysis (analyzeThread)': at(sw, 'open:engine') - at(sw, 'open:read'),
      'corrections and candidates': at(sw, 'open:analyzed') - at(sw, 'open:engine'),
      'track and re-plan (write, stamps, badge)': at(sw, 'open:written') - at(sw, 'open:analyzed'),
      'state read': at(sw, 'open:tracked') - at(sw, 'open:written'),
      'reply → content script': at(cs, 'cs:answered') - at(sw, 'open:tracked'),
      'render': to - at(cs, 'cs:answered'),
      'DB open done, after the worker start': at(sw, 'sw:db-open') - at(sw, 'sw:imported'),
    });
  }
  const fmt = (values: number[]) => `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  console.log(`cold path, worker stopped → sidebar shows the thread's plan, ${SAMPLES} samples: ${fmt(rows.map((r) => r.total ?? NaN))} (target < 100 ms)`);
  console.log(`the same opening with the worker up: ${fmt(warm)}`);
  for (const part of Object.keys(rows[0] ?? {}).filter((k) => k !== 'total')) console.log(`  ${part}: ${fmt(rows.map((r) => r[part] ?? NaN))}`);
} finally {
  await session.close();
}
