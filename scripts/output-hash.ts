// Prints one hash of everything analyzeThread says about every thread the repo holds (the hand-written corpus and
// every blind batch in split.json), read with and without an owner's name: a change meant to make the engine
// faster, not different, must leave it unchanged. `npx tsx scripts/output-hash.ts`
import { createHash } from 'node:crypto';
import { analyzeThread } from '../src/core/analyze';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';

const { dev, heldOut } = corpusSplit();
const threads = [...loadCorpus(), ...[...dev, ...heldOut].flatMap(loadBatch)];
const hash = createHash('sha256');
for (const { thread, timeZone } of threads) {
  hash.update(JSON.stringify(analyzeThread(thread, { timeZone })));
  hash.update(JSON.stringify(analyzeThread(thread, { timeZone, ownerName: 'Dana Whitfield' })));
}
console.log(`${threads.length} threads, analyzeThread's output hashed: ${hash.digest('hex')}`);
