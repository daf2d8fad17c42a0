// Marks on the performance timeline for the cold-path bench (bench/cold-path.bench.ts): only the browser-test
// build leaves them; the release build and the unit tests compile them to nothing. `performance` is a global
// in the service worker, the content script and Node alike, so every room may mark.

const ON = typeof __AFTERVIEW_TEST__ !== 'undefined' && __AFTERVIEW_TEST__;

/** Marks `name` now, in the test build only. */
export function mark(name: string): void {
  if (ON) performance.mark(name);
}
