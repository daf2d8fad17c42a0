/**
 * True only in the browser-test build (`vite build --mode e2e`, into dist-e2e/); vite.config.ts defines
 * it, so the release build carries neither the flag nor what it guards.
 */
declare const __AFTERVIEW_TEST__: boolean;
