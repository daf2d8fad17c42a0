// lintDraft on a 300-word draft once the dictionary is loaded, and the dictionary's load time.
import { lintDraft, renderDraft } from '../src/core/drafts';
import { context } from '../tests/unit/drafts-context';
import { loadSpeller } from '../tests/unit/support/speller';

const loadStart = performance.now();
const speller = loadSpeller();
console.log(`dictionary (nspell + dictionary-en) load: ${(performance.now() - loadStart).toFixed(0)} ms`);

const base = renderDraft('thank-you', context()).body;
const words = base.split(/\s+/);
const body = Array.from({ length: Math.ceil(300 / words.length) }, () => base).join('\n\n').split(/\s+/).slice(0, 300).join(' ');
const draft = { subject: 'Thank you — Senior Data Engineer interview', body, to: ['ben@northwindlabs.com'], kind: 'thank-you' as const };

for (let i = 0; i < 20; i++) lintDraft(draft, context(), speller);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  lintDraft(draft, context(), speller);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`lintDraft, ${body.split(/\s+/).length} words, 200 runs: median ${times[100]?.toFixed(2)} ms, p95 ${times[190]?.toFixed(2)} ms (target: median < 20 ms)`);

const typos = body.replace('enjoyed', 'enjoyd').replace('especially', 'especialy').replace('team', 'teem').replace('forward', 'foward').replace('discussing', 'discusing');
const typoDraft = { ...draft, body: typos };
const typoTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const start = performance.now();
  lintDraft(typoDraft, context(), speller);
  typoTimes.push(performance.now() - start);
}
typoTimes.sort((a, b) => a - b);
console.log(`lintDraft, same draft with 5 misspellings (suggestions included), 50 runs: median ${typoTimes[25]?.toFixed(2)} ms`);
