// axe-core in a page, for the browser tests: the serious and critical violations only, as "rule (count)".
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serious or critical violations in the page, or only inside `selector` (the sidebar: the fixture pages
 * around it are not Afterview's to fix). Injected through DevTools evaluation, which the extension pages'
 * CSP does not apply to, as it rightly forbids inline scripts.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const results = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(scope ? { include: [[scope]] } : document);
  }, selector ?? null);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}
