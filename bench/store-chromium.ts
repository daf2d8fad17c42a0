// Runs bench/store-scenario.ts inside Chromium: Vite bundles it for the page, and a routed https page
// gives it an origin with IndexedDB. The same Dexie code as the worker's, on the same storage engine.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { chromiumPath } from '../tests/e2e/chromium-path';
import type { Figure } from './store-scenario';

const ORIGIN = 'https://bench.afterview.test';

async function bundle(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: fileURLToPath(new URL('./store-scenario.ts', import.meta.url)), formats: ['iife'], name: 'afterviewStoreBench' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = (Array.isArray(output) ? output[0] : output)?.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Vite produced no bundle for the store bench.');
  return chunk.code;
}

export async function storeScenarioInChromium(): Promise<Figure[]> {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => console.log(m.text()));
    await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: '<!doctype html><title>store bench</title>', contentType: 'text/html' }));
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: code });
    return await page.evaluate(() => (globalThis as unknown as { afterviewStoreBench: { storeScenario: (name: string) => Promise<Figure[]> } }).afterviewStoreBench.storeScenario('store-bench'));
  } finally {
    await browser.close();
  }
}
