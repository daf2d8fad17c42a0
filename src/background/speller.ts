// The spelling dictionary lives only here, in the background: the content script never loads it.
// Its files ship inside the extension (dictionaries/en.aff|dic), so reading them is no network request.
import nspell from 'nspell';
import browser from 'webextension-polyfill';
import type { Speller } from '../core/drafts';

let loading: Promise<Speller | undefined> | null = null;

async function load(): Promise<Speller | undefined> {
  try {
    const [aff, dic] = await Promise.all(['dictionaries/en.aff', 'dictionaries/en.dic'].map(async (path) => (await fetch(browser.runtime.getURL(path))).text()));
    return nspell(aff ?? '', dic ?? '');
  } catch {
    // Without a dictionary the other findings still work.
    return undefined;
  }
}

export function loadSpeller(): Promise<Speller | undefined> {
  loading ??= load();
  return loading;
}
