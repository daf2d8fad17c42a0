import browser from 'webextension-polyfill';

/**
 * Brings the thread's mail tab to the front when one is open, else opens the thread in a new tab.
 * Reading tab URLs needs no "tabs" permission here: the mail sites are Afterview's content-script hosts.
 */
export async function openThread(url: string): Promise<void> {
  const target = new URL(url);
  const tabs = await browser.tabs.query({ url: `${target.origin}/*` });
  const open = tabs.find((tab) => tab.url === url) ?? tabs.find((tab) => tab.url?.split('#')[1] === target.hash.slice(1) && target.hash !== '');
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
