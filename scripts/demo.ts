// `npm start`: Afterview at work on a demo mailbox, in one command. With a display, a Chromium window to
// click around in; without one (a server, CI), the headless tour of scripts/demo-tour.ts.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { INBOX_URLS } from '../demo/pages';
import { DIST, OPTIONS_PATH, RELEASE_DIST } from '../tests/e2e/harness';
import { launchDemoBrowser } from './demo-browser';
import { runTour, summarize } from './demo-tour';

const ROOT = resolve(import.meta.dirname, '..');
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

async function headed(): Promise<void> {
  run('npm', ['run', 'build']);
  const { session } = await launchDemoBrowser(RELEASE_DIST, { headless: false });
  for (const url of INBOX_URLS) await (await session.context.newPage()).goto(url);
  console.log(`Afterview (the release build in dist/) is running on a demo Gmail and Outlook; nothing reaches the network.
Try:
  - open each mail in the demo Gmail and Outlook: the sidebar tracks the interviews and leaves the job alert and the webinar alone;
  - the toolbar's Afterview button (pin it from the puzzle-piece menu): the popup and the badge's overdue check-ins;
  - the options page: ${session.extensionUrl(OPTIONS_PATH)}
Close the browser window to stop.`);
  await new Promise<void>((done) => session.context.once('close', () => done()));
}

async function tour(): Promise<void> {
  run('npm', ['run', 'build:e2e']);
  console.log('No display: walking through the demo headless…');
  const report = await runTour({ dist: DIST });
  console.log(`\nAfterview demo tour\n\n${summarize(report)}`);
}

async function main(): Promise<void> {
  run('bash', ['scripts/ensure-browsers.sh']);
  await (hasDisplay() ? headed() : tour());
}

main().catch((error: unknown) => {
  console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
