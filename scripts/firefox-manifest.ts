// Derives Firefox's manifest from the built Chrome one: Firefox's MV3 runs the background as an event
// page (background.scripts), needs a gecko id, and knows nothing of Chrome-only keys.

export const GECKO_ID = 'afterview@afterview.dev';
// 140 (an ESR) is the first Firefox that reads data_collection_permissions.
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const { background, ...rest } = chrome;
  delete rest.minimum_chrome_version;
  if (!background?.service_worker) throw new Error('The built manifest has no background.service_worker to convert.');
  return {
    ...rest,
    // A classic script stays one (Afterview's worker is one, for Chrome's code cache: vite.config.ts).
    background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) },
    browser_specific_settings: {
      // Afterview collects nothing: Firefox asks extensions to declare that.
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
