// Prints dev blind threads next to what the engine reads in them, to study a miss `npm run eval -- --misses`
// listed: `npx tsx scripts/show-thread.ts 41041-5 41041-11`. Each thread's messages (sender, date, body) come
// first, then its labels and the analysis field by field. Held-out threads are refused: reading them would
// turn their figure into one more tuned-on score.
import { analyzeThread } from '../src/core/analyze';
import { FIELDS } from '../tests/unit/analyze-fields';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import { blindFieldMatches } from '../tests/unit/blind-fields';

const ids = process.argv.slice(2);
if (ids.length === 0) {
  console.error('usage: npx tsx scripts/show-thread.ts <batch>-<n> ... (for example 41041-5)');
  process.exit(2);
}

const { dev, heldOut } = corpusSplit();
for (const id of ids) {
  const batch = `blind-${id.split('-')[0] ?? ''}`;
  if (heldOut.includes(batch)) {
    console.error(`${id}: ${batch} is held out; its threads are scored, never read`);
    process.exitCode = 2;
    continue;
  }
  const item = dev.includes(batch) ? loadBatch(batch).find((t) => t.id === id) : undefined;
  if (!item) {
    console.error(`${id}: no such dev thread`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n===== ${id} (zone ${item.timeZone}, subject ${JSON.stringify(item.thread.subject)})`);
  for (const message of item.thread.messages) {
    console.log(`--- ${message.from.name ?? ''} <${message.from.email}> ${message.sentAt}`);
    console.log(message.text);
  }
  const analysis = analyzeThread(item.thread, { timeZone: item.timeZone });
  console.log(`--- relevant ${analysis.relevant} (expected ${item.expect.relevant})`);
  for (const field of FIELDS) {
    const right = blindFieldMatches(field, analysis, item.expect);
    if (right === undefined) continue;
    const got = analysis[field];
    const expected = field === 'decisionWindow' ? item.expect.decisionLatest : item.expect[field];
    console.log(`${right ? 'ok  ' : 'MISS'} ${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
}
