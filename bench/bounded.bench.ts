// Issue 12: the slowest the engine takes on the security review's hostile inputs (figures only).
import { analyzeThread } from '../src/core/analyze';
import { extractCompany } from '../src/core/analyze/extract-company';
import { extractInterviewers } from '../src/core/analyze/extract-people';
import { commaList, INITIALS, LONG_LINE, threadOf, titledList } from '../tests/unit/support/hostile-text';

const INPUTS: [string, string][] = [
  ['24 names', commaList(24)],
  ['35 names', commaList(35)],
  ['200 names', commaList(200)],
  ['200 titled names + "will interview"', `${titledList(200)} will interview you`],
  ['the 497-character line', LONG_LINE],
  ['"A." x 100 KB', INITIALS],
  ['" \\n" x 100 KB', ' \n'.repeat(50_000)],
];

function worstOf(runs: number, run: () => unknown): number {
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

for (const [label, text] of INPUTS) {
  const people = worstOf(5, () => extractInterviewers({ employerBodies: [text], ownerNotes: [], participants: [], owner: { name: '', email: null } }));
  const company = worstOf(5, () => extractCompany({ subject: 'Interview', employerBodies: [text], employerSignatures: [], employerSenders: [], ownerEmail: null, ownerSignatures: [], ownerBodies: [] }));
  const thread = worstOf(5, () => analyzeThread(threadOf(text)));
  console.log(`${label.padEnd(36)} people ${people.toFixed(1).padStart(6)} ms  company ${company.toFixed(1).padStart(6)} ms  analyzeThread ${thread.toFixed(1).padStart(6)} ms (worst of 5)`);
}
