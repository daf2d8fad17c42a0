// `npm run train [-- --hold-out a,b]`: the three trainers in turn, each in its own process, passing on the
// arguments. Each must start fresh: the engine reads the weights the one before it wrote when it loads.
import { execFileSync } from 'node:child_process';

const TRAINERS = ['scripts/train-relevance.ts', 'scripts/train-interviewers.ts', 'scripts/train-fields.ts'];
for (const trainer of TRAINERS) execFileSync('npx', ['tsx', trainer, ...process.argv.slice(2)], { stdio: 'inherit' });
