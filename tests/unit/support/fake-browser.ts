// Stands in for webextension-polyfill in Node unit tests (the real one refuses to load outside an
// extension). It keeps what the background sets on the toolbar, so tests can read it back.
export const toolbar = { text: '', title: '', color: '' };
/** The alarms the background armed, by name: when each fires (ms since the epoch). */
export const alarms = new Map<string, number>();

const fakeBrowser = {
  action: {
    setBadgeText: async ({ text }: { text: string }) => void (toolbar.text = text),
    setTitle: async ({ title }: { title: string }) => void (toolbar.title = title),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void (toolbar.color = color),
  },
  alarms: {
    create: async (name: string, { when }: { when: number }) => void alarms.set(name, when),
    clear: async (name: string) => alarms.delete(name),
    get: async (name: string) => (alarms.has(name) ? { name, scheduledTime: alarms.get(name) ?? 0 } : undefined),
  },
  runtime: {
    sendMessage: async () => {
      throw new Error('No background in Node unit tests.');
    },
  },
};

export default fakeBrowser;
