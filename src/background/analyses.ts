// The last analysis of each thread, in storage.session: kept in memory by the browser across the worker's
// stops (not its restarts), never written to disk, synced or backed up, and out of the content script's
// reach (session storage is for trusted contexts unless opened up). A worker woken by the user coming back
// to a thread answers from it and the database, without loading the engine's patterns into use.
import browser from 'webextension-polyfill';
import type { AnalysisCache, CachedAnalysis } from '../protocol/command';

const PREFIX = 'analysis:';

export const sessionAnalysisCache: AnalysisCache = {
  async get(threadKey) {
    try {
      const key = PREFIX + threadKey;
      return (await browser.storage.session.get(key))[key] as CachedAnalysis | undefined;
    } catch {
      return undefined;
    }
  },
  async set(threadKey, value) {
    try {
      await browser.storage.session.set({ [PREFIX + threadKey]: value });
    } catch {
      // Full (the browser gives a session 10 MB): start again from nothing; a cache lost costs one analysis a thread.
      await forgetAnalyses().catch(() => undefined);
    }
  },
  clear: () => forgetAnalyses(),
};

/** Forgets every kept analysis: an updated Afterview may read mail differently. */
export async function forgetAnalyses(): Promise<void> {
  const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(PREFIX));
  await browser.storage.session.remove(keys);
}
