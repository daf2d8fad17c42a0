// Afterview in Firefox ESR: puppeteer-core over WebDriver BiDi installs the Firefox build (dist-firefox,
// made by `npm run package`) and a routed Gmail page gets the sidebar from the real content script, in a
// closed shadow root as in Chrome.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import { FIXTURES, screenshotFile } from './harness';

const FIREFOX_DIST = resolve(process.env.AFTERVIEW_FIREFOX_DIST ?? resolve(import.meta.dirname, '../../dist-firefox'));
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_DIST}: run "npm run package".`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run scripts/ensure-browsers.sh or set FIREFOX_PATH.`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
});
afterAll(async () => {
  await browser?.close();
});

describe('Afterview in Firefox ESR', () => {
  it('installs and shows the sidebar on a routed Gmail page', async () => {
    expect(await browser.installExtension(FIREFOX_DIST)).toBe(GECKO_ID);
    const page = await browser.newPage();
    const html = await readFile(join(FIXTURES, 'pages/gmail-blank.html'), 'utf8');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('https://mail.google.com/')) void request.respond({ status: 200, contentType: 'text/html', body: html });
      else void request.abort();
    });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const sidebar = await page.waitForSelector('#afterview-sidebar[role="complementary"][aria-label="Afterview"]', { timeout: 15_000 });
    // The closed root hides the tab from the page's script, but hit-testing lands on its host where it is painted.
    await page.waitForFunction(() => document.elementFromPoint(document.documentElement.clientWidth - 8, 100)?.id === 'afterview-sidebar', { timeout: 5_000 });
    expect(await sidebar?.evaluate((el) => el.shadowRoot)).toBeNull();
    await page.screenshot({ path: await screenshotFile('firefox-gmail-sidebar') });
  });
});
