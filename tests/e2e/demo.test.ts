// The demo of `npm start` (scripts/demo.ts) never rots: its headless tour runs on the test build, every step's
// screenshot is written, and what Afterview made of each demo mail matches the mailbox (demo/mailbox.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTour, summarize, type TourReport } from '../../scripts/demo-tour';
import { DIST } from './harness';

let outDir: string;
let report: TourReport;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'afterview-demo-'));
  report = await runTour({ dist: DIST, outDir });
}, 90_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the npm start tour', () => {
  it('screenshots every step and lists them in index.html', () => {
    // One per demo mail, the popup and the options page.
    expect(report.steps).toHaveLength(report.mailbox.threads.length + 2);
    for (const step of report.steps) expect(existsSync(join(outDir, step.file)), step.file).toBe(true);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('tracks each interview at the stage its mail is at', () => {
    const seen = report.seen
      .filter(({ thread }) => thread.expected !== 'quiet')
      .map(({ thread, application }) => ({ subject: thread.subject, company: application?.company, stage: application?.stage }));
    const expected = report.mailbox.threads.flatMap((t) => (t.expected === 'quiet' ? [] : [{ subject: t.subject, company: t.expected.company, stage: t.expected.stage }]));
    expect(seen).toEqual(expected);
    expect(new Set(expected.map((e) => e.stage))).toEqual(new Set(['scheduling', 'scheduled', 'awaiting-decision', 'delayed', 'offer', 'rejected']));
  });

  it('leaves the job alert and the webinar alone', () => {
    const quiet = report.seen.filter(({ thread }) => thread.expected === 'quiet');
    expect(quiet).toHaveLength(2);
    for (const { thread, application } of quiet) expect(application, thread.subject).toBeNull();
  });

  it('counts on the badge the overdue check-ins the mailbox implies, and says so', () => {
    expect(Number(report.badge || '0')).toBe(report.mailbox.overdue.length);
    const harborview = report.seen.find(({ thread }) => thread.slug === 'harborview')?.application;
    expect(harborview?.nextStep).toMatch(/^thank-you to Priya Raman, OVERDUE/);
    const cedarvale = report.seen.find(({ thread }) => thread.slug === 'cedarvale')?.application;
    expect(cedarvale?.nextStep).toMatch(/^status-check/);
    expect(summarize(report, outDir)).toContain(`Badge: ${report.badge}`);
  });
});
