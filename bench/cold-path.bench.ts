// The cold browser path in real Chromium: the service worker asleep (Chrome stops it after 30 s idle), the
// user opens an interview thread in a Gmail tab already open, and the sidebar shows the thread's plan.
// Each sample stops the worker through CDP and checks it is stopped, then changes the hash as Gmail does and
// waits in the page for the plan (a tab that showed the thread before shows its remembered answer at once),
// then for the worker's own answer ("the plan confirmed": what a thread new to the tab waits for). The test
// build leaves performance marks (src/core/trace.ts) in the content script and the worker; joined on one
// clock (timeOrigin + startTime) they split each sample into its parts. Needs the test build:
// `npm run build:e2e` (or AFTERVIEW_DIST=<dir>).
// Chromium is driven over its DevTools pipe (bench/cdp-pipe.ts), not Playwright, which holds every worker at
// its start until its own Node process answers; the worker here starts unattended.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, FIXTURES } from '../tests/e2e/harness';
import { evaluate, launchOverPipe, openTab, serveInTab, type Cdp } from './cdp-pipe';

const INTERVIEW = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';
const NEWSLETTER = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFzz';
const SAMPLES = Number(process.env.COLD_SAMPLES ?? 15);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Marks = Record<string, number> & { origin: number };
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The extension's service worker targets as the browser reports them, and its running status from an extension tab. */
async function watchWorker(cdp: Cdp) {
  const targets = new Map<string, TargetInfo>();
  const note = ({ targetInfo }: Record<string, unknown>) => {
    const info = targetInfo as TargetInfo;
    targets.set(info.targetId, info);
  };
  cdp.on('Target.targetCreated', note);
  cdp.on('Target.targetInfoChanged', note);
  cdp.on('Target.targetDestroyed', ({ targetId }) => targets.delete(targetId as string));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const workerTarget = () => [...targets.values()].find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  for (let i = 0; i < 150 && !workerTarget(); i++) await sleep(100);
  const first = workerTarget();
  if (!first) throw new Error('the extension’s service worker never started');
  const origin = `chrome-extension://${new URL(first.url).host}`;
  // A tab of the extension's own origin that never messages the worker: only there does stopAllWorkers reach it.
  const tab = await openTab(cdp, `${origin}/icons/icon-16.png`);
  let status = 'unknown';
  const waiting: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }, from) => {
    if (from !== tab) return;
    const ours = (versions as { scriptURL: string; runningStatus: string }[]).filter((v) => v.scriptURL.startsWith(origin));
    if (ours.length === 0) return;
    status = ours.every((v) => v.runningStatus === 'stopped') ? 'stopped' : (ours.at(-1)?.runningStatus ?? 'unknown');
    if (status === 'stopped') for (const resolve of waiting.splice(0)) resolve();
  });
  await cdp.send('ServiceWorker.enable', {}, tab);
  return {
    status: () => status,
    async stop() {
      const stopped = new Promise<void>((resolve) => waiting.push(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers', {}, tab);
      await Promise.race([stopped, sleep(5_000).then(() => Promise.reject(new Error('the worker did not stop within 5 s')))]);
    },
    /** The worker's marks, read by attaching to it after it answered (attaching does not hold a running worker). */
    async marks(): Promise<Marks> {
      const target = workerTarget();
      if (!target) throw new Error('no running worker to read');
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
      try {
        return await evaluate<Marks>(cdp, sessionId, MARKS_JS);
      } finally {
        await cdp.send('Target.detachFromTarget', { sessionId });
      }
    },
  };
}

// Each context's monotonic clock is tied to the wall clock when it is read, so a step of the system clock
// between the page's start and the worker's (seen on this loaded machine: 12 s) cannot skew the parts.
const MARKS_JS = `(() => { const shift = Date.now() - (performance.timeOrigin + performance.now()); const at = (t) => performance.timeOrigin + t + shift; const out = { origin: at(0) }; for (const m of performance.getEntriesByType('mark')) out[m.name] = at(m.startTime); return out; })()`;

/** Resolves once the content script has the worker's answer in the sidebar (its mark cs:shown). */
const WORKER_ANSWERED_JS = `new Promise((resolve, reject) => {
  const started = performance.now();
  const poll = () => {
    if (performance.getEntriesByName('cs:shown').length > 0) return resolve(true);
    if (performance.now() - started > 10000) return reject(new Error('the worker did not answer within 10 s'));
    setTimeout(poll, 5);
  };
  poll();
})`;

/** Changes the hash as Gmail does; resolves with the wall-clock times of the change and of the sidebar showing the thread. */
const navigate = (cdp: Cdp, tab: string, viewId: string, interview: boolean) =>
  evaluate<{ from: number; to: number }>(
    cdp,
    tab,
    `new Promise((resolve, reject) => {
      const root = document.getElementById('afterview-sidebar')?.shadowRoot;
      if (!root) return reject(new Error('no sidebar'));
      const done = () => {
        const text = root.textContent ?? '';
        return ${interview} ? text.includes('Northwind Labs') && text.includes('Insert into reply') : text.includes('Afterview') && !text.includes('Northwind Labs');
      };
      const from = performance.now();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        const to = performance.now();
        const shift = Date.now() - to;
        resolve({ from: from + shift, to: to + shift });
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      location.hash = '#inbox/${viewId}';
      setTimeout(() => reject(new Error('sidebar did not show the thread within 10 s')), 10000);
    })`,
  );

const cdp = await launchOverPipe(DIST);
try {
  const worker = await watchWorker(cdp);
  const tab = await openTab(cdp, 'about:blank');
  await serveInTab(cdp, tab, 'https://mail.google.com', await readFile(join(FIXTURES, 'gmail/threads.html'), 'utf8'));
  await cdp.send('Page.navigate', { url: `https://mail.google.com/mail/u/0/#inbox/${NEWSLETTER}` }, tab);
  for (let i = 0; i < 150; i++) {
    if (await evaluate<boolean>(cdp, tab, `Boolean(document.getElementById('afterview-sidebar')?.shadowRoot?.textContent?.includes('Afterview'))`).catch(() => false)) break;
    await sleep(100);
  }
  // The first opening tracks the thread: every sample after it opens a thread whose plan is stored.
  await navigate(cdp, tab, INTERVIEW, true);

  const rows: Record<string, number>[] = [];
  const warm: number[] = [];
  // An opening whose answer from the worker has come too, so no answer of it arrives during the next one.
  const settled = async (viewId: string, interview: boolean) => {
    await evaluate(cdp, tab, 'performance.clearMarks()');
    const shown = await navigate(cdp, tab, viewId, interview);
    await evaluate(cdp, tab, WORKER_ANSWERED_JS);
    return shown;
  };
  for (let i = 0; i < SAMPLES; i++) {
    await settled(NEWSLETTER, false);
    // Warm: the worker is up, the same opening.
    const w = await settled(INTERVIEW, true);
    warm.push(w.to - w.from);
    await settled(NEWSLETTER, false);
    await evaluate(cdp, tab, 'performance.clearMarks()');
    await worker.stop();
    await sleep(200);
    if (worker.status() !== 'stopped') throw new Error(`the worker is ${worker.status()}, not stopped, before the sample`);
    const { from, to } = await navigate(cdp, tab, INTERVIEW, true);
    // A tab that showed the thread before shows its remembered answer at once (src/content/controller.ts):
    // the worker's own answer, and its marks, may come after.
    await evaluate(cdp, tab, WORKER_ANSWERED_JS);
    const sw = await worker.marks();
    // The content script's marks are in the page's timeline, written from its own world.
    const cs = await evaluate<Marks>(cdp, tab, MARKS_JS);
    if (process.env.DEBUG_MARKS) console.log(Object.keys(sw).join(','), '|', Object.keys(cs).join(','));
    const at = (marks: Marks, name: string) => marks[name] ?? NaN;
    if (!(sw.origin > from)) throw new Error('the worker that answered was not started by this opening');
    rows.push({
      total: to - from,
      confirmed: at(cs, 'cs:shown') - from,
      'page: hash change → message sent': at(cs, 'cs:asked') - from,
      'worker start (message sent → worker global made)': sw.origin - at(cs, 'cs:asked'),
      'script load (fetch, parse, compile)': at(sw, 'sw:started') - sw.origin,
      'evaluation of the imports (libraries, engine, store)': at(sw, 'sw:imported') - at(sw, 'sw:started'),
      "index.ts's own top level": at(sw, 'sw:evaluated') - at(sw, 'sw:imported'),
      'start-up → message handled': at(sw, 'open:start') - at(sw, 'sw:evaluated'),
      'reads: settings, learned rules, link, kept analysis, digest': at(sw, 'open:read') - at(sw, 'open:start'),
      'analysis (0 when the kept one serves)': at(sw, 'open:analyzed') - at(sw, 'open:read'),
      'track and re-plan, or note the sighting': at(sw, 'open:written') - at(sw, 'open:analyzed'),
      'state read': at(sw, 'open:tracked') - at(sw, 'open:written'),
      'reply → content script': at(cs, 'cs:answered') - at(sw, 'open:tracked'),
      'render (of the answer; 0 when the one shown from memory stands)': at(cs, 'cs:shown') - at(cs, 'cs:answered'),
      'page: message sent → plan shown from the tab’s memory': at(cs, 'cs:remembered') - at(cs, 'cs:asked'),
      'DB open done, after the worker start': at(sw, 'sw:db-open') - at(sw, 'sw:imported'),
    });
  }
  const fmt = (values: number[]) => `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  console.log(`cold path, worker stopped → sidebar shows the thread's plan, ${SAMPLES} samples: ${fmt(rows.map((r) => r.total ?? NaN))} (target < 100 ms)`);
  console.log(`  the woken worker's own answer in the sidebar (the plan confirmed): ${fmt(rows.map((r) => r.confirmed ?? NaN))}`);
  console.log(`the same opening with the worker up: ${fmt(warm)}`);
  for (const part of Object.keys(rows[0] ?? {}).filter((k) => k !== 'total' && k !== 'confirmed')) console.log(`  ${part}: ${fmt(rows.map((r) => r[part] ?? NaN))}`);
} finally {
  await cdp.close();
}
