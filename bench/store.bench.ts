// Re-planning and the badge count for 2,000 applications with 10,000 check-ins, first in Node on
// fake-indexeddb (the code's own cost), then in Chromium on its real IndexedDB (what the worker sees).
import 'fake-indexeddb/auto';
import { report, storeScenario } from './store-scenario';
import { storeScenarioInChromium } from './store-chromium';

report('Node, fake-indexeddb', await storeScenario('store-bench'));
report('Chromium, real IndexedDB', await storeScenarioInChromium());
