// Prints one closing line for the whole suite ("Tests: N passed, N failed") from vitest's JSON reports.
import { readFileSync, existsSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['artifacts/unit-results.json', 'artifacts/e2e-results.json']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: that part of the suite did not run.`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
